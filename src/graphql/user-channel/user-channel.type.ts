import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "../node/node.interface.js";

export enum NotificationLevel {
  DEFAULT = "default",
  MUTED = "muted",
}

registerEnumType(NotificationLevel, {
  name: "NotificationLevel",
  description: "Whether a user gets push notifications for a channel: DEFAULT, or MUTED for none.",
});

export enum UserChannelStatus {
  JOINED = "joined",
  INVITED = "invited",
  NOT_PARTICIPATING = "notParticipating",
}

registerEnumType(UserChannelStatus, { name: "UserChannelStatus", description: "Where the user stands in the channel." });

@ObjectType({
  implements: Node,
  description: "A channel as one of its members sees it: their unread count, read horizon and notification level.",
})
export class UserChannel extends Node {
  @Field(() => String)
  accountSid!: string;

  @Field(() => ID)
  serviceSid!: string;

  @Field(() => ID)
  channelSid!: string;

  @Field(() => ID)
  userSid!: string;

  @Field(() => ID, { nullable: true, description: "SID of the membership (the same one `Channel.members` lists)." })
  memberSid!: string | null;

  @Field(() => UserChannelStatus, { nullable: true })
  status!: UserChannelStatus | null;

  @Field(() => Int, { nullable: true, description: "Index of the last message the user has read; null before any read." })
  lastConsumedMessageIndex!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Messages after the read horizon; null while the user has read nothing (as the Chat SDKs count).",
  })
  unreadMessagesCount!: number | null;

  @Field(() => NotificationLevel, { nullable: true })
  notificationLevel!: NotificationLevel | null;

  @Field(() => String, { nullable: true, description: "The User Channel's REST resource URL upstream." })
  url!: string | null;

  /** SID of the channel's newest message (from `links.last_message`); resolved by UserChannelResolver.lastMessage. */
  lastMessageSid!: string | null;
}
