// One event to one target, with Twilio's retries: attempts until one answers 2xx, answers a status
// that is not worth retrying, or the target's retries run out (Twilio retries a timeout or a 429,
// 503 or 504; a connection that fails counts as a timeout here). Each attempt says which it is in
// `RetryCount` (0 for the first), so each is signed on its own. Used by pre-events (awaited in the
// request) and by the post-event queue alike.

import { setTimeout as sleep } from "node:timers/promises";
import type { Delivery } from "./webhook.queue.js";
import type { OutboundPolicy } from "./webhook.policy.js";
import { retryable, succeeded, type AttemptOutcome, type WebhookSender } from "./webhook.sender.js";

/** What the emulator reports of every webhook attempt (`onWebhook`; the emulator itself logs nothing). */
export interface AttemptReport {
  /** The event's name, e.g. `onMessageSent`. */
  type: string;
  url: string;
  scope: "service" | "channel" | "account";
  /** 0 for the first attempt; 0 too for a delivery refused or dropped before any attempt. */
  attempt: number;
  /**
   * delivered: answered 2xx; retrying: will be tried again; failed: given up; refused: the URL is
   * not one the emulator sends to (webhook.policy.ts); dropped: the queue was full or closing.
   */
  outcome: "delivered" | "retrying" | "failed" | "refused" | "dropped";
  status?: number;
  failure?: "timeout" | "network" | "aborted";
}

export type DeliveryResult = { ok: true } | { ok: false; why: string };

export async function deliver(
  sender: WebhookSender,
  policy: OutboundPolicy,
  delivery: Delivery,
  retryDelayMs: number,
  signal: AbortSignal,
  slot: (attempt: () => Promise<AttemptOutcome>) => Promise<AttemptOutcome>,
  report: (report: AttemptReport) => void,
): Promise<DeliveryResult> {
  const { target, type } = delivery;
  const base = { type, url: target.url, scope: target.scope };
  const decision = policy.decide(target.url);
  if (!decision.allowed) {
    safely(report, { ...base, attempt: 0, outcome: "refused" });
    return { ok: false, why: decision.reason };
  }
  for (let attempt = 0; ; attempt++) {
    const params = { ...delivery.params, RetryCount: String(attempt) };
    const request = { url: target.url, method: target.method, params, authToken: delivery.authToken };
    const outcome = await slot(() => sender.send(request, signal));
    const detail = "status" in outcome ? { status: outcome.status } : { failure: outcome.failure };
    if (succeeded(outcome)) {
      safely(report, { ...base, attempt, outcome: "delivered", ...detail });
      return { ok: true };
    }
    const again = retryable(outcome) && attempt < target.retries && !signal.aborted;
    safely(report, { ...base, attempt, outcome: again ? "retrying" : "failed", ...detail });
    if (!again) return { ok: false, why: "status" in outcome ? `it answered ${outcome.status}` : `it did not answer (${outcome.failure})` };
    await sleep(retryDelayMs * 2 ** attempt, undefined, { signal }).catch(() => {});
  }
}

/** A faulty observer must not break the emulator. */
function safely(report: (report: AttemptReport) => void, value: AttemptReport): void {
  try {
    report(value);
  } catch {
    // ignored
  }
}
