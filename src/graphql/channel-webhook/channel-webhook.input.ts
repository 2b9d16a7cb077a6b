import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUrl, Matches, Max, Min, MinLength, ValidateNested, IsIn } from "class-validator";
import { CHANNEL_WEBHOOK_SID_PATTERN, sidPattern } from "../../sids.js";
import { ChannelScopedInput } from "../member/member.input.js";
import { WEBHOOK_URL } from "../service/service.input.js";
import { WebhookMethod } from "../service/service.type.js";
import { ChannelWebhookType } from "./channel-webhook.type.js";
import {
  WEBHOOK_FILTERS_MAX,
  WEBHOOK_RETRY_COUNT_MAX,
  WEBHOOK_TRIGGER_MAX,
  WEBHOOK_TRIGGERS_MAX,
  WEBHOOK_URL_MAX,
  WEBHOOK_EVENTS,
} from "../../twilio/chat-v2.limits.js";
import { MaxChars } from "../mutation/mutation.input.js";

@InputType({ description: "What a channel webhook calls, and when; give the fields its type uses." })
export class ChannelWebhookConfigurationInput {
  @Field(() => String, { nullable: true, description: "http(s) URL to call (WEBHOOK, TRIGGER)." })
  @IsOptional()
  @IsUrl(WEBHOOK_URL)
  @MaxChars(WEBHOOK_URL_MAX)
  url?: string;

  @Field(() => WebhookMethod, { nullable: true, description: "Default POST." })
  method?: WebhookMethod;

  @Field(() => [String], { nullable: true, description: "Webhook events that fire it (WEBHOOK, STUDIO)." })
  @IsOptional()
  @ArrayMaxSize(WEBHOOK_FILTERS_MAX)
  @IsIn([...WEBHOOK_EVENTS], { each: true })
  filters?: string[];

  @Field(() => [String], { nullable: true, description: "1 to 5 keywords that fire it (TRIGGER)." })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_TRIGGERS_MAX)
  @MinLength(1, { each: true })
  @MaxChars(WEBHOOK_TRIGGER_MAX, { each: true })
  triggers?: string[];

  @Field(() => ID, { nullable: true, description: "The Studio flow (FW…) to start (STUDIO)." })
  @IsOptional()
  @Matches(sidPattern("FW"))
  flowSid?: string;

  @Field(() => Int, { nullable: true, description: "0 to 3 retries." })
  @IsOptional()
  @Min(0)
  @Max(WEBHOOK_RETRY_COUNT_MAX)
  retryCount?: number;
}

@InputType({ description: "A new webhook on a channel." })
export class CreateChannelWebhookInput extends ChannelScopedInput {
  @Field(() => ChannelWebhookType)
  type!: ChannelWebhookType;

  @Field(() => ChannelWebhookConfigurationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  configuration?: ChannelWebhookConfigurationInput;
}

@InputType({ description: "Changes to a channel webhook's configuration. Unset fields stay as they are." })
export class UpdateChannelWebhookInput extends ChannelScopedInput {
  @Field(() => ID, { description: "The webhook's SID (WH…)." })
  @Matches(CHANNEL_WEBHOOK_SID_PATTERN)
  sid!: string;

  @Field(() => ChannelWebhookConfigurationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  configuration?: ChannelWebhookConfigurationInput;
}

@InputType({ description: "The channel webhook to delete." })
export class DeleteChannelWebhookInput extends ChannelScopedInput {
  @Field(() => ID, { description: "The webhook's SID (WH…)." })
  @Matches(CHANNEL_WEBHOOK_SID_PATTERN)
  sid!: string;
}
