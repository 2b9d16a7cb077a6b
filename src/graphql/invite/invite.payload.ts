import { Field, ID, ObjectType } from "type-graphql";
import { MutationPayload } from "../mutation/mutation.payload.js";
import { Invite } from "./invite.type.js";

@ObjectType()
export class CreateInvitePayload extends MutationPayload {
  @Field(() => Invite, { nullable: true, description: "The new invite; null when none was made." })
  invite!: Invite | null;
}

@ObjectType()
export class DeleteInvitePayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: "SID of the withdrawn invite." })
  deletedInviteSid!: string | null;

  @Field(() => ID, { nullable: true, description: "Global id of the withdrawn invite, to evict it from client caches." })
  deletedInviteId!: string | null;
}
