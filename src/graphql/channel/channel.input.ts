import { Field, ID, InputType } from "type-graphql";
import { IsOptional, MinLength } from "class-validator";
import { JSONResolver } from "graphql-scalars";
import {
  Addressable,
  FitsAttributes,
  NotASid,
  ServiceScopedInput,
  WEBHOOK_ENABLED_DESCRIPTION,
  MaxChars,
} from "../mutation/mutation.input.js";
import { ChannelType } from "./channel.type.js";
import { DateTime } from "../date-time.scalar.js";
import { CHANNEL_NAME_MAX } from "../../twilio/chat-v2.limits.js";

/** What a channel is, shared by create and update. */
@InputType("ChannelFieldsInput")
abstract class ChannelFieldsInput extends ServiceScopedInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxChars(CHANNEL_NAME_MAX)
  friendlyName?: string;

  @Field(() => String, {
    nullable: true,
    description: "Unique in the service, and usable in place of the SID; null clears it. Must not look like a channel SID.",
  })
  @IsOptional()
  @MinLength(1)
  @MaxChars(CHANNEL_NAME_MAX)
  @NotASid("CH")
  @Addressable()
  uniqueName?: string | null;

  @Field(() => JSONResolver, { nullable: true, description: "Any JSON; null resets it to {}." })
  @FitsAttributes()
  attributes?: unknown;

  @Field(() => DateTime, { nullable: true, description: "Only when recreating a channel from a backup." })
  dateCreated?: Date;

  @Field(() => DateTime, { nullable: true, description: "Only when recreating a channel from a backup." })
  dateUpdated?: Date;

  @Field(() => String, { nullable: true, description: "Identity of the creator (default `system`)." })
  @IsOptional()
  @MinLength(1)
  @MaxChars(CHANNEL_NAME_MAX)
  createdBy?: string;

  @Field(() => Boolean, { nullable: true, description: WEBHOOK_ENABLED_DESCRIPTION })
  webhookEnabled?: boolean;
}

@InputType({ description: "A new channel in a service." })
export class CreateChannelInput extends ChannelFieldsInput {
  @Field(() => ChannelType, { nullable: true, description: "PUBLIC (default) or PRIVATE; cannot change later." })
  type?: ChannelType;
}

@InputType({ description: "Changes to a channel. Unset fields stay as they are." })
export class UpdateChannelInput extends ChannelFieldsInput {
  @Field(() => ID, { description: "The channel's SID (CH…) or unique name." })
  @MinLength(1)
  @MaxChars(CHANNEL_NAME_MAX)
  sid!: string;
}

@InputType({ description: "The channel to delete, with its members, messages, invites and webhooks." })
export class DeleteChannelInput extends ServiceScopedInput {
  @Field(() => ID, { description: "The channel's SID (CH…) or unique name." })
  @MinLength(1)
  @MaxChars(CHANNEL_NAME_MAX)
  sid!: string;

  @Field(() => Boolean, { nullable: true, description: WEBHOOK_ENABLED_DESCRIPTION })
  webhookEnabled?: boolean;
}
