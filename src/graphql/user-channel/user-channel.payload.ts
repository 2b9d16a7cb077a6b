import { Field, ID, ObjectType } from "type-graphql";
import { MutationPayload } from "../mutation/mutation.payload.js";
import { UserChannel } from "./user-channel.type.js";

@ObjectType()
export class UpdateUserChannelPayload extends MutationPayload {
  @Field(() => UserChannel, { nullable: true, description: "The user's channel after the update; null when nothing was changed." })
  userChannel!: UserChannel | null;
}

@ObjectType()
export class LeaveChannelPayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: "Global id of the user's channel that ended, to evict it from client caches." })
  deletedUserChannelId!: string | null;

  @Field(() => ID, { nullable: true, description: "SID of the membership that ended (the member `Channel.members` listed)." })
  deletedMemberSid!: string | null;

  @Field(() => ID, { nullable: true, description: "Global id of that member, to evict it from client caches." })
  deletedMemberId!: string | null;
}
