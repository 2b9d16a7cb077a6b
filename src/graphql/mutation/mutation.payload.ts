// What every mutation payload has (Relay's convention plus userErrors): each family's payloads
// extend it and add their object, or `deleted…Sid` / `deleted…Id`.

import { Field, ObjectType } from "type-graphql";
import { UserError } from "../errors/user-error.type.js";

@ObjectType("MutationPayload")
export abstract class MutationPayload {
  @Field(() => String, { nullable: true, description: "The input's clientMutationId, echoed." })
  clientMutationId!: string | null;

  @Field(() => [UserError], { description: "Problems with the input; empty when the mutation succeeded." })
  userErrors!: UserError[];
}
