// One webhook request, as Twilio sends it: the event's parameters form-encoded in a POST body (or,
// for a GET, in the query string), signed with X-Twilio-Signature; one attempt, bounded in time
// (connect to answer) and in how much of the answer is read. Redirects are not followed.

import { Agent, request, type Dispatcher } from "undici";
import { WEBHOOK_RESPONSE_MAX_BYTES } from "../limits.js";
import { SIGNATURE_HEADER, twilioSignature } from "../../http/twilio-signature.js";

export interface WebhookRequest {
  url: string;
  method: "GET" | "POST";
  /** The event's parameters, RetryCount included. */
  params: Readonly<Record<string, string>>;
  /** The account's auth token: the signature's key. */
  authToken: string;
}

/** An attempt's outcome: the target's status, or why there was none. */
export type AttemptOutcome = { status: number } | { failure: "timeout" | "network" | "aborted" };

/** Twilio retries a webhook that timed out or answered 429, 503 or 504 (the spec's RetryCount descriptions). */
export function retryable(outcome: AttemptOutcome): boolean {
  return "failure" in outcome ? outcome.failure !== "aborted" : outcome.status === 429 || outcome.status === 503 || outcome.status === 504;
}

export function succeeded(outcome: AttemptOutcome): boolean {
  return "status" in outcome && outcome.status >= 200 && outcome.status < 300;
}

/** The URL and body an attempt sends, and its signature (exposed for the tests). */
export function buildWebhookRequest(req: WebhookRequest): { url: string; body: string | undefined; signature: string } {
  const encoded = new URLSearchParams(req.params as Record<string, string>).toString();
  if (req.method === "GET") {
    const url = encoded ? req.url + (req.url.includes("?") ? "&" : "?") + encoded : req.url;
    return { url, body: undefined, signature: twilioSignature(req.authToken, url, {}) };
  }
  return { url: req.url, body: encoded, signature: twilioSignature(req.authToken, req.url, req.params) };
}

export class WebhookSender {
  /**
   * Webhook connections are the emulator's own, closed with it. No cap per origin: an attempt's
   * timeout runs from its send, so one waiting for a pooled connection would time out unanswered.
   * What bounds them is upstream of here: post-events by the queue's concurrency, pre-events by the
   * writes waiting on them.
   */
  private readonly dispatcher: Dispatcher = new Agent({ keepAliveTimeout: 4_000 });

  constructor(private readonly timeoutMs: number) {}

  async send(req: WebhookRequest, signal: AbortSignal): Promise<AttemptOutcome> {
    const { url, body, signature } = buildWebhookRequest(req);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    const stop = () => controller.abort();
    signal.addEventListener("abort", stop, { once: true });
    try {
      const res = await request(url, {
        dispatcher: this.dispatcher,
        method: req.method,
        headers: {
          [SIGNATURE_HEADER]: signature,
          "user-agent": "TwilioProxy/1.1",
          accept: "*/*",
          ...(body === undefined ? {} : { "content-type": "application/x-www-form-urlencoded" }),
        },
        body,
        signal: controller.signal,
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
      });
      // Only the status counts; a little of the answer is read so the connection can be reused.
      await res.body.dump({ limit: WEBHOOK_RESPONSE_MAX_BYTES }).catch(() => {});
      return { status: res.statusCode };
    } catch {
      if (signal.aborted) return { failure: "aborted" };
      return { failure: timedOut ? "timeout" : "network" };
    } finally {
      clearTimeout(timer);
      signal.removeEventListener("abort", stop);
    }
  }

  close(): Promise<void> {
    return this.dispatcher.destroy();
  }
}
