import { Field, ID, ObjectType } from "type-graphql";
import { MutationPayload } from "../mutation/mutation.payload.js";
import { Member } from "./member.type.js";

@ObjectType()
export class AddMemberPayload extends MutationPayload {
  @Field(() => Member, { nullable: true, description: "The new membership; null when none was made." })
  member!: Member | null;
}

@ObjectType()
export class UpdateMemberPayload extends MutationPayload {
  @Field(() => Member, { nullable: true, description: "The membership after the update; null when nothing was changed." })
  member!: Member | null;
}

@ObjectType()
export class RemoveMemberPayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: "SID of the removed membership." })
  deletedMemberSid!: string | null;

  @Field(() => ID, { nullable: true, description: "Global id of the removed membership, to evict it from client caches." })
  deletedMemberId!: string | null;
}
