// Channel webhook rules: which `Configuration.*` parameters each type uses and requires (the
// spec: `Filters` for webhook and studio, `Triggers` for trigger, `FlowSid` for studio), and at
// most CHANNEL_WEBHOOKS_MAX webhooks per channel.

import type { ChannelRow } from "../channel/channel.table.js";
import { badRequest, invalidParam, missingParam } from "../engine/errors.js";
import { mintInChannel } from "../engine/sid.mint.js";
import { twilioDate } from "../engine/values.js";
import { WEBHOOK_REQUIRED } from "../../twilio/webhook-configuration.js";
import { CHANNEL_WEBHOOKS_MAX } from "../limits.js";
import type { Store } from "../store/store.js";
import type { ChannelWebhookRow, WebhookConfiguration, WebhookType } from "./channel-webhook.table.js";

export interface ConfigurationInput {
  url?: string;
  method?: "GET" | "POST";
  filters?: string[];
  triggers?: string[];
  flowSid?: string;
  retryCount?: number;
}

/** The configuration a webhook of `type` has after applying `input` to `old`; unused parameters are ignored. */
function configure(type: WebhookType, old: WebhookConfiguration, input: ConfigurationInput): WebhookConfiguration {
  const retry_count = input.retryCount ?? old.retry_count ?? 0;
  const filters = input.filters?.filter((f) => f !== "") ?? old.filters ?? [];
  const url = input.url ?? old.url;
  const method = input.method ?? old.method ?? "POST";
  const triggers = input.triggers?.filter((t) => t !== "") ?? old.triggers ?? [];
  const flow_sid = input.flowSid ?? old.flow_sid;
  const given = {
    "Configuration.Url": url,
    "Configuration.Triggers": triggers.length > 0 ? triggers : undefined,
    "Configuration.FlowSid": flow_sid,
  };
  for (const key of WEBHOOK_REQUIRED[type]) {
    if (!given[key]) throw given[key] === "" ? invalidParam(key, "must not be empty") : missingParam(key);
  }
  switch (type) {
    case "webhook":
      return { url: url!, method, filters, retry_count };
    case "trigger":
      return { url: url!, method, triggers, retry_count };
    case "studio":
      return { flow_sid: flow_sid!, filters, retry_count };
  }
}

export function createChannelWebhook(store: Store, channel: ChannelRow, type: WebhookType, input: ConfigurationInput): ChannelWebhookRow {
  return store.transaction(() => {
    if (store.channelWebhooks.countIn(channel.sid) >= CHANNEL_WEBHOOKS_MAX) {
      throw badRequest(`A channel may have at most ${CHANNEL_WEBHOOKS_MAX} webhooks`);
    }
    const now = twilioDate();
    return store.channelWebhooks.insert({
      ...mintInChannel("WH", channel),
      type,
      configuration: configure(type, {}, input),
      date_created: now,
      date_updated: now,
    });
  });
}

export function updateChannelWebhook(store: Store, webhook: ChannelWebhookRow, input: ConfigurationInput): ChannelWebhookRow {
  return store.channelWebhooks.update({
    ...webhook,
    configuration: configure(webhook.type, webhook.configuration, input),
    date_updated: twilioDate(),
  });
}
