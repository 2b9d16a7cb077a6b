// POST (or GET) /twilio/events: Twilio's post-event webhooks in. Open to anyone by design (Twilio
// cannot send a token), so nothing is trusted before the signature is checked:
//   - a missing X-Twilio-Signature (403) or one that cannot be a signature (403, as a wrong one) is
//     refused before the body is read;
//   - the body is read up to CHATQL_WEBHOOK_MAX_BODY_BYTES (413 past it, unread), and a form (or a
//     GET's query) of more than WEBHOOK_MAX_PARAMS parameters is 400, unparsed;
//   - X-Twilio-Signature must be the signature, keyed by the auth token of the account the request
//     names (AccountSid), of the URL Twilio called (CHATQL_PUBLIC_URL + path when set, else the
//     request's own) and the parameters: wrong is 403; every answer is counted in
//     chatql_webhook_requests_total{outcome};
//   - an event already published within CHATQL_WEBHOOK_DEDUP_TTL_MS (Twilio's retries, the same
//     event through two targets, a replayed request) is acknowledged and not published again.
// A 2xx tells Twilio the delivery worked; 503 (events cannot be handed on now) makes it retry.
// Pre-events are answered 200, so pointing a pre-event URL here never blocks an action.

import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody } from "../../http/read-body.js";
import { signatureMatches } from "../../http/twilio-signature.js";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics.js";
import { parseChatEvent } from "./chat-event.parse.js";
import type { EventBus } from "./event.bus.js";
import type { EventDedup } from "./event.dedup.js";

export const TWILIO_EVENTS_PATH = "/twilio/events";

export interface TwilioEventsOptions {
  /** Account SID → auth token, for the accounts whose events chatql accepts. */
  tokens: ReadonlyMap<string, string>;
  /** CHATQL_PUBLIC_URL (no trailing slash), or null: the URL is rebuilt from the request's Host. */
  publicUrl: string | null;
  /**
   * chatql's own loopback origin once it listens (e.g. http://127.0.0.1:4000), which the embedded
   * emulator signs: accepted too, as a fixed value, when a public URL is set.
   */
  ownOrigin: () => string | null;
  maxBodyBytes: number;
  dedup: EventDedup;
  bus: EventBus;
  metrics: Metrics;
  logger: Logger;
}

type Outcome =
  "published" | "duplicate" | "ignored" | "unsigned" | "bad_signature" | "unknown_account" | "too_large" | "bad_request" | "unavailable";

/**
 * Most parameters a webhook may carry: Twilio's Chat events carry about 20 (the emulator's largest,
 * onChannelDestroyed and onMessageUpdated, 16), so 100 leaves room for ones Twilio adds. Counted
 * before parsing and before the signature is checked, so that a body of tens of thousands of empty
 * parameters costs a count up to the bound, not a parse of the body.
 */
export const WEBHOOK_MAX_PARAMS = 100;

// X-Twilio-Signature is base64 of an HMAC-SHA1 (20 bytes): 27 characters and one "=".
const SIGNATURE_SHAPE = /^[A-Za-z0-9+/]{27}=$/;

// Host header values that may stand for the URL Twilio called (host, IPv4, [IPv6], port).
const SAFE_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;

export async function handleTwilioEvents(options: TwilioEventsOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const outcome = await receive(options, req, res);
  options.metrics.webhookRequests.inc({ outcome });
}

async function receive(options: TwilioEventsOptions, req: IncomingMessage, res: ServerResponse): Promise<Outcome> {
  const method = (req.method ?? "GET").toUpperCase();
  if (method !== "POST" && method !== "GET") {
    req.resume();
    res.setHeader("allow", "GET, POST");
    return answer(res, 405, "bad_request", "Twilio's webhooks are POST (or GET) requests");
  }
  if (method === "POST" && !/^application\/x-www-form-urlencoded\b/i.test(req.headers["content-type"] ?? "")) {
    req.resume();
    return answer(res, 415, "bad_request", "Twilio's webhooks are application/x-www-form-urlencoded");
  }
  // A request that cannot be signed is refused before its body is read or its parameters parsed.
  const signature = req.headers["x-twilio-signature"];
  if (typeof signature !== "string" || signature === "") {
    req.resume();
    return answer(res, 403, "unsigned", "X-Twilio-Signature is required");
  }
  if (!SIGNATURE_SHAPE.test(signature)) {
    req.resume();
    return answer(res, 403, "bad_signature", "X-Twilio-Signature does not match");
  }

  let params: Record<string, string>;
  let signed: Record<string, string>;
  if (method === "POST") {
    const body = await readBody(req, options.maxBodyBytes);
    if (body === null) {
      res.setHeader("connection", "close");
      return answer(res, 413, "too_large", `Body larger than ${options.maxBodyBytes} bytes`);
    }
    if (tooManyParams(body)) return answer(res, 400, "bad_request", `More than ${WEBHOOK_MAX_PARAMS} parameters`);
    const form = uniqueParams(new URLSearchParams(body.toString("utf8")));
    if (!form) return answer(res, 400, "bad_request", "A parameter is repeated");
    params = signed = form;
  } else {
    req.resume();
    // A GET webhook carries its parameters in the URL, which it signs whole.
    if (tooManyParams(req.url ?? "")) return answer(res, 400, "bad_request", `More than ${WEBHOOK_MAX_PARAMS} parameters`);
    const query = uniqueParams(new URL(req.url ?? "/", "http://x").searchParams);
    if (!query) return answer(res, 400, "bad_request", "A parameter is repeated");
    params = query;
    signed = {};
  }

  const token = options.tokens.get(params.AccountSid ?? "");
  if (token === undefined) return answer(res, 403, "unknown_account", "Not signed by an account this chatql knows");
  const urls = signedUrls(options, req);
  if (!urls.some((url) => signatureMatches(token, signature, url, signed))) {
    return answer(res, 403, "bad_signature", "X-Twilio-Signature does not match");
  }

  const parsed = parseChatEvent(params);
  if ("ignored" in parsed) {
    options.logger.debug({ eventType: params.EventType?.slice(0, 64), ignored: parsed.ignored }, "twilio event ignored");
    return answer(res, 200, "ignored");
  }
  const { event } = parsed;
  try {
    if (!(await options.dedup.claim(event.id))) return answer(res, 200, "duplicate");
  } catch (error) {
    return unavailable(options, res, error);
  }
  try {
    await options.bus.publish(event);
  } catch (error) {
    // Not published: forget the claim, so Twilio's retry is.
    await options.dedup.release(event.id).catch(() => {});
    return unavailable(options, res, error);
  }
  options.logger.debug({ eventType: event.type, accountSid: event.accountSid, channelSid: event.channelSid }, "twilio event published");
  return answer(res, 200, "published");
}

/**
 * Whether a form (or a URL with its query) has more than WEBHOOK_MAX_PARAMS parameters, looking no
 * further than the bound-th "&": pieces are counted, empty ones too, which Twilio never sends.
 */
function tooManyParams(form: Buffer | string): boolean {
  // n "&" make n + 1 pieces, so finding the bound-th "&" is enough to know.
  let at = -1;
  for (let found = 0; found < WEBHOOK_MAX_PARAMS; found++) {
    at = form.indexOf("&", at + 1);
    if (at === -1) return false;
  }
  return true;
}

/** The parameters, or null when one is repeated (no Chat event repeats one). */
function uniqueParams(search: URLSearchParams): Record<string, string> | null {
  const out: Record<string, string> = Object.create(null);
  for (const [name, value] of search) {
    if (name in out) return null;
    out[name] = value;
  }
  return { ...out };
}

/** The URLs Twilio may have signed for this request. */
function signedUrls(options: TwilioEventsOptions, req: IncomingMessage): string[] {
  const target = req.url ?? "/";
  const urls: string[] = [];
  if (options.publicUrl) {
    urls.push(options.publicUrl + target);
    const own = options.ownOrigin();
    if (own) urls.push(own + target);
  } else {
    const host = req.headers.host;
    if (host && SAFE_HOST.test(host)) urls.push(`http://${host}${target}`);
  }
  return urls;
}

function unavailable(options: TwilioEventsOptions, res: ServerResponse, error: unknown): Outcome {
  const err = { message: error instanceof Error ? error.message : String(error) };
  options.logger.warn({ err }, "twilio event not published: live events unavailable");
  res.setHeader("retry-after", "5");
  return answer(res, 503, "unavailable", "Live events are unavailable; retry");
}

function answer(res: ServerResponse, status: number, outcome: Outcome, message?: string): Outcome {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(message ?? "");
  return outcome;
}
