import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "../node/node.interface.js";
import { ServiceResource } from "../node/service-resource.type.js";
import { WebhookMethod } from "../service/service.type.js";

export enum ChannelWebhookType {
  WEBHOOK = "webhook",
  TRIGGER = "trigger",
  STUDIO = "studio",
}

registerEnumType(ChannelWebhookType, {
  name: "ChannelWebhookType",
  description: "WEBHOOK: a URL called on the filtered events; TRIGGER: a URL called on trigger keywords; STUDIO: a Studio flow.",
});

@ObjectType({ description: "What a channel webhook calls, and when. Only the fields its type uses are set." })
export class ChannelWebhookConfiguration {
  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => WebhookMethod, { nullable: true })
  method!: WebhookMethod | null;

  @Field(() => [String], { description: "Webhook events that fire it (WEBHOOK, STUDIO)." })
  filters!: string[];

  @Field(() => [String], { description: "Keywords in a message body that fire it (TRIGGER)." })
  triggers!: string[];

  @Field(() => ID, { nullable: true, description: "The Studio flow (FW…) it starts (STUDIO)." })
  flowSid!: string | null;

  @Field(() => Int, { nullable: true })
  retryCount!: number | null;
}

@ObjectType({ implements: Node, description: "A webhook of one channel." })
export class ChannelWebhook extends ServiceResource {
  @Field(() => ID)
  channelSid!: string;

  @Field(() => ChannelWebhookType, { nullable: true })
  type!: ChannelWebhookType | null;

  @Field(() => ChannelWebhookConfiguration)
  configuration!: ChannelWebhookConfiguration;

  @Field(() => String, { nullable: true, description: "The ChannelWebhook's REST resource URL upstream." })
  url!: string | null;
}
