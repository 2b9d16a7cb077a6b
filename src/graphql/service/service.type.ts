import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "../node/node.interface.js";
import { DateTime } from "../date-time.scalar.js";

export enum WebhookMethod {
  GET = "GET",
  POST = "POST",
}

registerEnumType(WebhookMethod, { name: "WebhookMethod", description: "HTTP method of the service's webhook calls." });

// Sub-objects are always present: an upstream that omits one (or sends `{}`) yields an object of
// nulls, never a null parent.

@ObjectType({ description: "Membership limits of a service." })
export class ServiceLimits {
  @Field(() => Int, { nullable: true, description: "Most members a channel may have (1–1000)." })
  channelMembers!: number | null;

  @Field(() => Int, { nullable: true, description: "Most channels a user may be a member of (1–1000)." })
  userChannels!: number | null;
}

@ObjectType({ description: "Push notification settings for one kind of channel event." })
export class ChannelNotification {
  @Field(() => Boolean, { nullable: true })
  enabled!: boolean | null;

  @Field(() => String, { nullable: true, description: "Text template of the notification." })
  template!: string | null;

  @Field(() => String, { nullable: true, description: "Name of the sound to play." })
  sound!: string | null;
}

@ObjectType({ description: "Push notification settings for new messages." })
export class NewMessageNotification extends ChannelNotification {
  @Field(() => Boolean, { nullable: true, description: "Whether the new-message badge count is enabled." })
  badgeCountEnabled!: boolean | null;
}

@ObjectType({ description: "Push notification configuration of a service." })
export class ServiceNotifications {
  @Field(() => Boolean, { nullable: true, description: "Whether notifications are logged." })
  logEnabled!: boolean | null;

  @Field(() => NewMessageNotification)
  newMessage!: NewMessageNotification;

  @Field(() => ChannelNotification)
  addedToChannel!: ChannelNotification;

  @Field(() => ChannelNotification)
  removedFromChannel!: ChannelNotification;

  @Field(() => ChannelNotification)
  invitedToChannel!: ChannelNotification;
}

@ObjectType({ description: "Media message settings of a service." })
export class ServiceMedia {
  @Field(() => Int, { nullable: true, description: "Largest media file, in MB." })
  sizeLimitMb!: number | null;

  @Field(() => String, { nullable: true, description: "Text sent in place of a media message's body for clients without media support." })
  compatibilityMessage!: string | null;
}

@ObjectType({ implements: Node, description: "A Programmable Chat service: the top-level scope of channels, users, messages and roles." })
export class Service extends Node {
  @Field(() => ID, { description: "Twilio's SID of the service (IS…)." })
  sid!: string;

  @Field(() => String)
  accountSid!: string;

  @Field(() => String, { nullable: true })
  friendlyName!: string | null;

  @Field(() => DateTime, { nullable: true })
  dateCreated!: Date | null;

  @Field(() => DateTime, { nullable: true })
  dateUpdated!: Date | null;

  @Field(() => ID, { nullable: true, description: "SID of the service role given to users added to the service." })
  defaultServiceRoleSid!: string | null;

  @Field(() => ID, { nullable: true, description: "SID of the channel role given to users added to a channel." })
  defaultChannelRoleSid!: string | null;

  @Field(() => ID, { nullable: true, description: "SID of the channel role given to a channel's creator." })
  defaultChannelCreatorRoleSid!: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the Message Consumption Horizon feature is enabled." })
  readStatusEnabled!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the Reachability Indicator is enabled." })
  reachabilityEnabled!: boolean | null;

  @Field(() => Int, { description: "Seconds after a typing event until clients assume the user stopped typing." })
  typingIndicatorTimeout!: number;

  @Field(() => Int, { deprecationReason: "Deprecated by Twilio; has no effect." })
  consumptionReportInterval!: number;

  @Field(() => ServiceLimits)
  limits!: ServiceLimits;

  @Field(() => String, { nullable: true, description: "URL of pre-event webhooks." })
  preWebhookUrl!: string | null;

  @Field(() => String, { nullable: true, description: "URL of post-event webhooks." })
  postWebhookUrl!: string | null;

  @Field(() => WebhookMethod, { nullable: true })
  webhookMethod!: WebhookMethod | null;

  @Field(() => [String], { description: "Webhook events enabled for this service." })
  webhookFilters!: string[];

  @Field(() => Int, { description: "Retries of a pre-event webhook call that times out or gets 429/503/504." })
  preWebhookRetryCount!: number;

  @Field(() => Int, { description: "Retries of a post-event webhook call that times out or gets 429/503/504." })
  postWebhookRetryCount!: number;

  @Field(() => ServiceNotifications)
  notifications!: ServiceNotifications;

  @Field(() => ServiceMedia)
  media!: ServiceMedia;

  @Field(() => String, { nullable: true, description: "The Service's REST resource URL upstream." })
  url!: string | null;
}
