// Mutation inputs. Nested settings mirror the Service type; they are flattened into Twilio's
// dotted form keys only at the HTTP edge (chat-api). class-validator rules are checked before
// any upstream call and reported as `userErrors` (see ../errors/input-validation.ts).

import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, IsUrl, Matches, Max, Min, MinLength, ValidateNested, IsIn } from "class-validator";
import { ROLE_SID_PATTERN, SERVICE_SID_PATTERN } from "../../sids.js";
import { WebhookMethod } from "./service.type.js";
import {
  COMPATIBILITY_MESSAGE_MAX,
  MEMBERSHIP_LIMIT_MAX,
  NOTIFICATION_SOUND_MAX,
  NOTIFICATION_TEMPLATE_MAX,
  SERVICE_NAME_MAX,
  WEBHOOK_FILTERS_MAX,
  WEBHOOK_URL_MAX,
  WEBHOOK_EVENTS,
} from "../../twilio/chat-v2.limits.js";
import { ClientMutationIdField, MaxChars } from "../mutation/mutation.input.js";

export const WEBHOOK_URL = { protocols: ["http", "https"], require_protocol: true, require_tld: false };

@InputType({ description: "Push notification settings for one kind of channel event. Unset fields stay as they are." })
export class ChannelNotificationInput {
  @Field(() => Boolean, { nullable: true })
  enabled?: boolean;

  @Field(() => String, { nullable: true, description: "Text template; null clears it." })
  @IsOptional()
  @MaxChars(NOTIFICATION_TEMPLATE_MAX)
  template?: string | null;

  @Field(() => String, { nullable: true, description: "Sound name; null clears it." })
  @IsOptional()
  @MaxChars(NOTIFICATION_SOUND_MAX)
  sound?: string | null;
}

@InputType({ description: "Push notification settings for new messages." })
export class NewMessageNotificationInput extends ChannelNotificationInput {
  @Field(() => Boolean, { nullable: true })
  badgeCountEnabled?: boolean;
}

@InputType({ description: "Push notification configuration. Unset fields stay as they are." })
export class NotificationsInput {
  @Field(() => Boolean, { nullable: true })
  logEnabled?: boolean;

  @Field(() => NewMessageNotificationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  newMessage?: NewMessageNotificationInput;

  @Field(() => ChannelNotificationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  addedToChannel?: ChannelNotificationInput;

  @Field(() => ChannelNotificationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  removedFromChannel?: ChannelNotificationInput;

  @Field(() => ChannelNotificationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  invitedToChannel?: ChannelNotificationInput;
}

@InputType({ description: "Membership limits, each 1–1000." })
export class LimitsInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(MEMBERSHIP_LIMIT_MAX)
  channelMembers?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(MEMBERSHIP_LIMIT_MAX)
  userChannels?: number;
}

@InputType({ description: "Media message settings." })
export class MediaInput {
  @Field(() => String, { nullable: true, description: "Text for media messages without a body; null clears it." })
  @IsOptional()
  @MaxChars(COMPATIBILITY_MESSAGE_MAX)
  compatibilityMessage?: string | null;
}

/** Every setting of a service, shared by create and update. */
@InputType("ServiceSettingsInput")
export abstract class ServiceSettingsInput {
  @ClientMutationIdField()
  clientMutationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ROLE_SID_PATTERN)
  defaultServiceRoleSid?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ROLE_SID_PATTERN)
  defaultChannelRoleSid?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ROLE_SID_PATTERN)
  defaultChannelCreatorRoleSid?: string;

  @Field(() => Boolean, { nullable: true })
  readStatusEnabled?: boolean;

  @Field(() => Boolean, { nullable: true })
  reachabilityEnabled?: boolean;

  @Field(() => Int, { nullable: true, description: "Seconds, 0 or more." })
  @IsOptional()
  @Min(0)
  typingIndicatorTimeout?: number;

  @Field(() => Int, { nullable: true, deprecationReason: "Deprecated by Twilio; has no effect." })
  @IsOptional()
  @Min(0)
  consumptionReportInterval?: number;

  @Field(() => NotificationsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  notifications?: NotificationsInput;

  @Field(() => String, { nullable: true, description: "http(s) URL of pre-event webhooks; null clears it." })
  @IsOptional()
  @IsUrl(WEBHOOK_URL)
  @MaxChars(WEBHOOK_URL_MAX)
  preWebhookUrl?: string | null;

  @Field(() => String, { nullable: true, description: "http(s) URL of post-event webhooks; null clears it." })
  @IsOptional()
  @IsUrl(WEBHOOK_URL)
  @MaxChars(WEBHOOK_URL_MAX)
  postWebhookUrl?: string | null;

  @Field(() => WebhookMethod, { nullable: true })
  webhookMethod?: WebhookMethod;

  @Field(() => [String], { nullable: true, description: "Webhook events to enable; replaces the current list." })
  @IsOptional()
  @ArrayMaxSize(WEBHOOK_FILTERS_MAX)
  @IsIn([...WEBHOOK_EVENTS], { each: true })
  webhookFilters?: string[];

  @Field(() => LimitsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  limits?: LimitsInput;

  @Field(() => MediaInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  media?: MediaInput;

  @Field(() => Int, { nullable: true, description: "0 or more." })
  @IsOptional()
  @Min(0)
  preWebhookRetryCount?: number;

  @Field(() => Int, { nullable: true, description: "0 or more." })
  @IsOptional()
  @Min(0)
  postWebhookRetryCount?: number;
}

@InputType({ description: "A new service: its name, and optionally every setting (applied right after creation)." })
export class CreateServiceInput extends ServiceSettingsInput {
  @Field(() => String)
  @MinLength(1)
  @MaxChars(SERVICE_NAME_MAX)
  friendlyName!: string;
}

@InputType({ description: "Changes to a service. Unset fields stay as they are." })
export class UpdateServiceInput extends ServiceSettingsInput {
  @Field(() => ID)
  @Matches(SERVICE_SID_PATTERN)
  sid!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxChars(SERVICE_NAME_MAX)
  friendlyName?: string;
}

@InputType({ description: "The service to delete." })
export class DeleteServiceInput {
  @ClientMutationIdField()
  clientMutationId?: string;

  @Field(() => ID)
  @Matches(SERVICE_SID_PATTERN)
  sid!: string;
}
