import { Field, ID, ObjectType } from "type-graphql";
import { MutationPayload } from "../mutation/mutation.payload.js";
import { Service } from "./service.type.js";

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
