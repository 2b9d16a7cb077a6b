import { Field, ID, InputType, Int } from "type-graphql";
import { IsOptional, Matches, Min, MinLength } from "class-validator";
import { JSONResolver } from "graphql-scalars";
import { ROLE_SID_PATTERN } from "../../sids.js";
import { Addressable, FitsAttributes, ServiceScopedInput, WEBHOOK_ENABLED_DESCRIPTION, MaxChars } from "../mutation/mutation.input.js";
import { DateTime } from "../date-time.scalar.js";
import { CHANNEL_NAME_MAX, IDENTITY_MAX } from "../../twilio/chat-v2.limits.js";

@InputType("ChannelScopedInput")
export abstract class ChannelScopedInput extends ServiceScopedInput {
  @Field(() => ID, { description: "The channel's SID (CH…) or unique name." })
  @MinLength(1)
  @MaxChars(CHANNEL_NAME_MAX)
  channelSid!: string;
}

/** What a membership holds, shared by add and update. */
@InputType("MemberFieldsInput")
abstract class MemberFieldsInput extends ChannelScopedInput {
  @Field(() => ID, {
    nullable: true,
    description:
      "A channel role of the service (RL…); default: the service's default channel role (creator role for the channel's creator).",
  })
  @IsOptional()
  @Matches(ROLE_SID_PATTERN)
  roleSid?: string;

  @Field(() => Int, { nullable: true, description: "Index of the last message read (read receipts); null sets it back to none." })
  @IsOptional()
  @Min(0)
  lastConsumedMessageIndex?: number | null;

  @Field(() => DateTime, { nullable: true })
  lastConsumptionTimestamp?: Date;

  @Field(() => DateTime, { nullable: true, description: "Only when recreating from a backup." })
  dateCreated?: Date;

  @Field(() => DateTime, { nullable: true, description: "Only when recreating from a backup." })
  dateUpdated?: Date;

  @Field(() => JSONResolver, { nullable: true, description: "Any JSON; null resets it to {}." })
  @FitsAttributes()
  attributes?: unknown;

  @Field(() => Boolean, { nullable: true, description: WEBHOOK_ENABLED_DESCRIPTION })
  webhookEnabled?: boolean;
}

@InputType({ description: "A user (by identity) to add to a channel; the user is created if the service has none with that identity." })
export class AddMemberInput extends MemberFieldsInput {
  @Field(() => String)
  @MinLength(1)
  @MaxChars(IDENTITY_MAX)
  @Addressable()
  identity!: string;
}

@InputType({ description: "Changes to a membership (its role, read horizon, attributes). Unset fields stay as they are." })
export class UpdateMemberInput extends MemberFieldsInput {
  @Field(() => ID, { description: "The member's SID (MB…) or identity." })
  @MinLength(1)
  @MaxChars(IDENTITY_MAX)
  sid!: string;
}

@InputType({ description: "The member to remove from a channel." })
export class RemoveMemberInput extends ChannelScopedInput {
  @Field(() => ID, { description: "The member's SID (MB…) or identity." })
  @MinLength(1)
  @MaxChars(IDENTITY_MAX)
  sid!: string;

  @Field(() => Boolean, { nullable: true, description: WEBHOOK_ENABLED_DESCRIPTION })
  webhookEnabled?: boolean;
}
