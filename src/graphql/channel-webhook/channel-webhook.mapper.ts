import type { ChannelWebhookResource } from "../../chat-api/index.js";
import { withChannelResourceFields } from "../node/service-resource.mapper.js";
import { WebhookMethod } from "../service/service.type.js";
import { ChannelWebhook, ChannelWebhookConfiguration, ChannelWebhookType } from "./channel-webhook.type.js";

const TYPES: Record<string, ChannelWebhookType> = {
  webhook: ChannelWebhookType.WEBHOOK,
  trigger: ChannelWebhookType.TRIGGER,
  studio: ChannelWebhookType.STUDIO,
};

/** The spec leaves `configuration` untyped: each value is read for what it should be, anything else is null. */
function configurationOf(raw: unknown): ChannelWebhookConfiguration {
  const c = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);
  const method = typeof c.method === "string" ? c.method.toUpperCase() : null;
  return Object.assign(new ChannelWebhookConfiguration(), {
    url: text(c.url),
    method: method === "GET" || method === "POST" ? WebhookMethod[method] : null,
    filters: list(c.filters),
    triggers: list(c.triggers),
    flowSid: text(c.flow_sid),
    retryCount: Number.isSafeInteger(c.retry_count) ? (c.retry_count as number) : null,
  });
}

export function channelWebhookFromResource(resource: ChannelWebhookResource): ChannelWebhook {
  return Object.assign(withChannelResourceFields(new ChannelWebhook(), "ChannelWebhook", resource), {
    type: (resource.type && TYPES[resource.type]) ?? null,
    configuration: configurationOf(resource.configuration),
  });
}
