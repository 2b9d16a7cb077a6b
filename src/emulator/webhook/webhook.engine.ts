// Runs an operation that causes a webhook event (one with X-Twilio-Webhook-Enabled in the spec):
//  1. plan the event from the current rows (lookups may answer 404 here, as the handler would);
//  2. with `X-Twilio-Webhook-Enabled: true` and a pre-event target, call it and wait: a 2xx lets
//     the action go on; anything else (an error status, no answer within the timeout, retries
//     included) blocks it with 403 / 20403 and nothing is written;
//  3. plan again (the world may have changed while waiting), pick the post-event targets, run the
//     action, and queue the post-event for each target without waiting.
// Each request is signed with the auth token the causing request authenticated with.

import { ApiError, Code } from "../engine/errors.js";
import type { HandlerContext, HandlerResult } from "../engine/operation.js";
import {
  EVENT_TARGET_RETRIES,
  POST_EVENTS,
  WEBHOOK_CONCURRENCY,
  WEBHOOK_QUEUE_MAX,
  WEBHOOK_RETRY_DELAY_MS,
  WEBHOOK_TIMEOUT_MS,
} from "../limits.js";
import type { Store } from "../store/store.js";
import { deliver, type AttemptReport } from "./webhook.delivery.js";
import { commonParams, formParams, type EventPlan } from "./webhook.event.js";
import { OutboundPolicy } from "./webhook.policy.js";
import { DeliveryQueue } from "./webhook.queue.js";
import { WebhookSender } from "./webhook.sender.js";
import { postTargets, preTargets, type AccountTarget } from "./webhook.targets.js";

/** The emulator-wide default of the account-level event target (`eventTarget`, `--event-target`). */
export interface EventTargetOption {
  url: string;
  method?: "GET" | "POST";
  /** Post-events to deliver; default every one. */
  filters?: readonly string[];
}

export interface WebhookOptions {
  /** Hosts (`host` or `host:port`) webhooks may go to besides loopback addresses. */
  hosts?: readonly string[];
  /** Every account's event target unless the account set its own (`/emulator/v1/Configuration/Webhooks`). */
  eventTarget?: EventTargetOption | null;
  /** One attempt's time, connect to answer (default WEBHOOK_TIMEOUT_MS, Twilio's 5 s). */
  timeoutMs?: number;
  /** Post-event deliveries waiting or under way at once (default WEBHOOK_QUEUE_MAX). */
  queueMax?: number;
  /** Webhook requests in flight at once (default WEBHOOK_CONCURRENCY). */
  concurrency?: number;
  /** Back-off before the first retry, doubled after (default WEBHOOK_RETRY_DELAY_MS). */
  retryDelayMs?: number;
  /** Told of every attempt (tests, a CLI wanting to print them); the emulator itself logs nothing. */
  onWebhook?: (report: AttemptReport) => void;
}

export type WebhookObserver = NonNullable<WebhookOptions["onWebhook"]>;

export class Webhooks {
  private readonly sender: WebhookSender;
  private readonly policy: OutboundPolicy;
  private readonly queue: DeliveryQueue;
  private readonly stop = new AbortController();
  private readonly retryDelayMs: number;
  private readonly report: WebhookObserver;
  private defaultTarget: AccountTarget | null = null;

  constructor(
    private readonly store: Store,
    options: WebhookOptions = {},
  ) {
    this.sender = new WebhookSender(options.timeoutMs ?? WEBHOOK_TIMEOUT_MS);
    this.policy = new OutboundPolicy(options.hosts ?? []);
    this.retryDelayMs = options.retryDelayMs ?? WEBHOOK_RETRY_DELAY_MS;
    this.report = options.onWebhook ?? (() => {});
    this.queue = new DeliveryQueue(
      this.sender,
      this.policy,
      {
        maxPending: options.queueMax ?? WEBHOOK_QUEUE_MAX,
        concurrency: options.concurrency ?? WEBHOOK_CONCURRENCY,
        retryDelayMs: this.retryDelayMs,
      },
      this.report,
    );
    this.setEventTarget(options.eventTarget ?? null);
  }

  /** Sets (or, with null, removes) the default account-level event target; its origin becomes allowed. */
  setEventTarget(option: EventTargetOption | null): void {
    if (option) this.policy.allowOrigin(option.url);
    this.defaultTarget = option && {
      url: option.url,
      method: option.method ?? "POST",
      filters: new Set(option.filters ?? POST_EVENTS),
      retries: EVENT_TARGET_RETRIES,
    };
  }

  /** The account's event target: its own setting, else the default. */
  accountTarget(accountSid: string): AccountTarget | null {
    const own = this.store.accountWebhooks.get(accountSid);
    if (!own) return this.defaultTarget;
    if (!own.post_webhook_url) return null;
    return { url: own.post_webhook_url, method: own.method, filters: new Set(own.filters), retries: EVENT_TARGET_RETRIES };
  }

  /** Whether the emulator would send to `url` (the account-level route refuses others up front). */
  allows(url: string): ReturnType<OutboundPolicy["decide"]> {
    return this.policy.decide(url);
  }

  async run(
    ctx: HandlerContext,
    plan: (ctx: HandlerContext) => EventPlan,
    handle: (ctx: HandlerContext) => HandlerResult,
    authToken: string,
  ): Promise<HandlerResult> {
    const enabled = (ctx.headers as Record<string, unknown>)["X-Twilio-Webhook-Enabled"] === "true";
    let current = plan(ctx);
    const pre = current.pre;
    if (enabled && pre) {
      for (const target of preTargets(current)) {
        const params = formParams({ ...commonParams(current.service, pre.type), ...pre.params });
        const delivery = { target, type: pre.type, params, authToken };
        const now = <T>(attempt: () => Promise<T>) => attempt(); // a pre-event does not wait for a queue slot
        const result = await deliver(this.sender, this.policy, delivery, this.retryDelayMs, this.stop.signal, now, this.report);
        if (!result.ok) {
          // Twilio's generic 403 code; Twilio itself never fires pre-events for REST actions (docs/emulator.md).
          throw new ApiError(403, Code.forbidden, `The service's pre-event webhook refused ${pre.type}: ${result.why}`);
        }
      }
      current = plan(ctx);
    }
    const targets = postTargets(this.store, current, enabled, this.accountTarget(current.service.account_sid));
    const result = handle(ctx);
    if (targets.length > 0) {
      const params = formParams({ ...commonParams(current.service, current.postType), ...current.post(result) });
      for (const target of targets) this.queue.enqueue({ target, type: current.postType, params, authToken });
    }
    return result;
  }

  async close(): Promise<void> {
    this.stop.abort();
    await this.queue.close();
    await this.sender.close();
  }
}
