import { Connection } from "../connection/connection.type.js";
import { ChannelWebhook } from "./channel-webhook.type.js";

export const ChannelWebhookConnection = Connection(ChannelWebhook, "ChannelWebhook");
export type ChannelWebhookConnection = InstanceType<typeof ChannelWebhookConnection>;
