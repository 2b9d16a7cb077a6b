import { Field, ID, InputType } from "type-graphql";
import { IsOptional, Matches, MinLength, ValidateBy } from "class-validator";
import { JSONResolver } from "graphql-scalars";
import { MESSAGE_SID_PATTERN, sidPattern } from "../../sids.js";
import { ChannelScopedInput } from "../member/member.input.js";
import { FitsAttributes, WEBHOOK_ENABLED_DESCRIPTION, MaxChars } from "../mutation/mutation.input.js";
import { DateTime } from "../date-time.scalar.js";
import { IDENTITY_MAX, MESSAGE_BODY_MAX_BYTES } from "../../twilio/chat-v2.limits.js";

const FitsBody = () =>
  ValidateBy({
    name: "maxLength",
    validator: {
      validate: (value: unknown) => typeof value !== "string" || Buffer.byteLength(value, "utf8") <= MESSAGE_BODY_MAX_BYTES,
      defaultMessage: () => `body must be at most ${MESSAGE_BODY_MAX_BYTES} bytes of UTF-8`,
    },
  });

/** What a message holds, shared by send and update. */
@InputType("MessageFieldsInput")
abstract class MessageFieldsInput extends ChannelScopedInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @FitsBody()
  body?: string;

  @Field(() => JSONResolver, { nullable: true, description: "Any JSON; null resets it to {}." })
  @FitsAttributes()
  attributes?: unknown;

  @Field(() => String, { nullable: true, description: "Identity of the author (default `system`)." })
  @IsOptional()
  @MinLength(1)
  @MaxChars(IDENTITY_MAX)
  from?: string;

  @Field(() => String, { nullable: true, description: "Identity of whoever last updated it." })
  @IsOptional()
  @MinLength(1)
  @MaxChars(IDENTITY_MAX)
  lastUpdatedBy?: string;

  @Field(() => DateTime, { nullable: true, description: "Only when recreating from a backup." })
  dateCreated?: Date;

  @Field(() => DateTime, { nullable: true, description: "Only when recreating from a backup." })
  dateUpdated?: Date;

  @Field(() => Boolean, { nullable: true, description: WEBHOOK_ENABLED_DESCRIPTION })
  webhookEnabled?: boolean;
}

@InputType({ description: "A message to send to a channel." })
export class SendMessageInput extends MessageFieldsInput {
  @Field(() => ID, { nullable: true, description: "A media item (ME…) to attach." })
  @IsOptional()
  @Matches(sidPattern("ME"))
  mediaSid?: string;
}

@InputType({ description: "Changes to a message (it is then marked edited). Unset fields stay as they are." })
export class UpdateMessageInput extends MessageFieldsInput {
  @Field(() => ID, { description: "The message's SID (IM…)." })
  @Matches(MESSAGE_SID_PATTERN)
  sid!: string;
}

@InputType({ description: "The message to delete." })
export class DeleteMessageInput extends ChannelScopedInput {
  @Field(() => ID, { description: "The message's SID (IM…)." })
  @Matches(MESSAGE_SID_PATTERN)
  sid!: string;

  @Field(() => Boolean, { nullable: true, description: WEBHOOK_ENABLED_DESCRIPTION })
  webhookEnabled?: boolean;
}
