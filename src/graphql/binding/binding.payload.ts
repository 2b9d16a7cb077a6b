import { Field, ID, ObjectType } from "type-graphql";
import { MutationPayload } from "../mutation/mutation.payload.js";

@ObjectType()
export class DeleteBindingPayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: "SID of the deleted binding." })
  deletedBindingSid!: string | null;

  @Field(() => ID, { nullable: true, description: "Global id of the deleted binding, to evict it from client caches." })
  deletedBindingId!: string | null;
}
