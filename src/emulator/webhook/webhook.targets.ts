// Which targets an event goes to: the service's pre-event URL (pre-events in its webhook_filters),
// and for post-events the service's post-event URL (post-events in its webhook_filters), the
// channel's webhooks of type `webhook` (events in their filters), and the account-level event
// target (emulator only). Service and channel targets need `X-Twilio-Webhook-Enabled: true` on the
// REST request, as on Twilio; the account-level target observes every event.

import { WEBHOOK_RETRIES_MAX } from "../limits.js";
import type { Store } from "../store/store.js";
import type { EventPlan } from "./webhook.event.js";

export interface WebhookTarget {
  url: string;
  method: "GET" | "POST";
  /** Retries after a first attempt that timed out or answered 429/503/504. */
  retries: number;
  scope: "service" | "channel" | "account";
}

/** The account-level event target: post-events only, to one URL. */
export interface AccountTarget {
  url: string;
  method: "GET" | "POST";
  /** The post-events delivered. */
  filters: ReadonlySet<string>;
  retries: number;
}

const method = (value: string | undefined): "GET" | "POST" => (value?.toUpperCase() === "GET" ? "GET" : "POST");
const retries = (count: number | undefined) => Math.min(Math.max(count ?? 0, 0), WEBHOOK_RETRIES_MAX);

export function preTargets(plan: EventPlan): WebhookTarget[] {
  const settings = plan.service.settings;
  if (!plan.pre || !settings.pre_webhook_url || !settings.webhook_filters.includes(plan.pre.type)) return [];
  const retryCount = retries(settings.pre_webhook_retry_count);
  return [{ url: settings.pre_webhook_url, method: method(settings.webhook_method), retries: retryCount, scope: "service" }];
}

export function postTargets(store: Store, plan: EventPlan, webhookEnabled: boolean, account: AccountTarget | null): WebhookTarget[] {
  const targets: WebhookTarget[] = [];
  if (webhookEnabled) {
    const settings = plan.service.settings;
    if (settings.post_webhook_url && settings.webhook_filters.includes(plan.postType)) {
      const retryCount = retries(settings.post_webhook_retry_count);
      targets.push({ url: settings.post_webhook_url, method: method(settings.webhook_method), retries: retryCount, scope: "service" });
    }
    if (plan.channel) {
      for (const webhook of store.channelWebhooks.allIn(plan.channel.account_sid, plan.channel.sid)) {
        const { url, filters, retry_count } = webhook.configuration;
        // Studio flows and trigger webhooks are stored but not called (docs/emulator.md).
        if (webhook.type !== "webhook" || !url || !filters?.includes(plan.postType)) continue;
        targets.push({ url, method: method(webhook.configuration.method), retries: retries(retry_count), scope: "channel" });
      }
    }
  }
  if (account && account.filters.has(plan.postType)) {
    targets.push({ url: account.url, method: account.method, retries: account.retries, scope: "account" });
  }
  return targets;
}
