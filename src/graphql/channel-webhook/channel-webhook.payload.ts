import { Field, ID, ObjectType } from "type-graphql";
import { MutationPayload } from "../mutation/mutation.payload.js";
import { ChannelWebhook } from "./channel-webhook.type.js";

@ObjectType()
export class CreateChannelWebhookPayload extends MutationPayload {
  @Field(() => ChannelWebhook, { nullable: true, description: "The new webhook; null when none was made." })
  webhook!: ChannelWebhook | null;
}

@ObjectType()
export class UpdateChannelWebhookPayload extends MutationPayload {
  @Field(() => ChannelWebhook, { nullable: true, description: "The webhook after the update; null when nothing was changed." })
  webhook!: ChannelWebhook | null;
}

@ObjectType()
export class DeleteChannelWebhookPayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: "SID of the deleted webhook." })
  deletedWebhookSid!: string | null;

  @Field(() => ID, { nullable: true, description: "Global id of the deleted webhook, to evict it from client caches." })
  deletedWebhookId!: string | null;
}
