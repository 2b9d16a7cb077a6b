import { Field, ID, InputType, Int } from "type-graphql";
import { IsOptional, Min, MinLength } from "class-validator";
import { CHANNEL_NAME_MAX, IDENTITY_MAX } from "../../twilio/chat-v2.limits.js";
import { ServiceScopedInput, WEBHOOK_ENABLED_DESCRIPTION, MaxChars } from "../mutation/mutation.input.js";
import { NotificationLevel } from "./user-channel.type.js";
import { DateTime } from "../date-time.scalar.js";

@InputType("UserChannelScopedInput")
abstract class UserChannelScopedInput extends ServiceScopedInput {
  @Field(() => ID, { description: "The user's SID (US…) or identity." })
  @MinLength(1)
  @MaxChars(IDENTITY_MAX)
  userSid!: string;

  @Field(() => ID, { description: "The channel's SID (CH…) or unique name." })
  @MinLength(1)
  @MaxChars(CHANNEL_NAME_MAX)
  channelSid!: string;
}

@InputType({ description: "Mute or unmute a channel for a user, or mark how far they have read. Unset fields stay as they are." })
export class UpdateUserChannelInput extends UserChannelScopedInput {
  @Field(() => NotificationLevel, { nullable: true, description: "MUTED: no push notifications from this channel." })
  notificationLevel?: NotificationLevel;

  @Field(() => Int, {
    nullable: true,
    description: "Index of the last message read (the newest message's index marks all read); null sets it back to none.",
  })
  @IsOptional()
  @Min(0)
  lastConsumedMessageIndex?: number | null;

  @Field(() => DateTime, { nullable: true })
  lastConsumptionTimestamp?: Date;
}

@InputType({ description: "The channel a user leaves (their membership ends)." })
export class LeaveChannelInput extends UserChannelScopedInput {
  @Field(() => Boolean, { nullable: true, description: WEBHOOK_ENABLED_DESCRIPTION })
  webhookEnabled?: boolean;
}
