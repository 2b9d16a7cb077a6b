import { Field, ID, ObjectType } from "type-graphql";
import { UserError } from "../errors/user-error.type.js";
import { Service } from "./service.type.js";

@ObjectType("MutationPayload")
abstract class MutationPayload {
  @Field(() => String, { nullable: true, description: "The input's clientMutationId, echoed." })
  clientMutationId!: string | null;

  @Field(() => [UserError], { description: "Problems with the input; empty when the mutation succeeded." })
  userErrors!: UserError[];
}

@ObjectType()
export class CreateServicePayload extends MutationPayload {
  @Field(() => Service, { nullable: true, description: "The new service; null when it was not created." })
  service!: Service | null;
}

@ObjectType()
export class UpdateServicePayload extends MutationPayload {
  @Field(() => Service, { nullable: true, description: "The service as it is after the update; null when nothing was changed." })
  service!: Service | null;
}

@ObjectType()
export class DeleteServicePayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: "SID of the deleted service." })
  deletedServiceSid!: string | null;

  @Field(() => ID, { nullable: true, description: "Global id of the deleted service, to evict it from client caches." })
  deletedServiceId!: string | null;
}
