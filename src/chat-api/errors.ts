// Every way a call to the upstream can fail becomes one `ChatApiError`, so callers switch on
// `kind` instead of parsing undici or Twilio specifics. An error never carries the upstream URL,
// request headers or credentials: messages are fixed text, upstream-provided text is scrubbed,
// and the underlying undici error is *not* attached as `cause` (its message can name the host).

import type { Redactor } from "./redact.js";
import type { TwilioErrorBody } from "../twilio/resources.js";

export type ChatApiErrorKind =
  /** The upstream answered with a non-2xx status (Twilio error body or not). */
  | "http"
  /** The upstream answered, but not with what the API promises (not JSON, wrong shape, paging URL for another path). */
  | "bad_response"
  /** No complete response: refused, reset, DNS failure, body cut short. */
  | "network"
  /** The per-call deadline passed before the response body was complete. */
  | "timeout"
  /** Not sent: the operation used up its upstream budget (requests, or pages of one list). */
  | "budget"
  /** Stopped: the operation's deadline passed, or its client went away. */
  | "aborted";

export interface ChatApiErrorInit {
  kind: ChatApiErrorKind;
  message: string;
  /** Templated route, e.g. `GET /v2/Services/{Sid}` — never the concrete URL. */
  route: string;
  status?: number | null;
  twilioCode?: number | null;
  moreInfo?: string | null;
  retryAfter?: number | null;
  /** A system/undici error code such as `ECONNREFUSED` or `UND_ERR_SOCKET`. */
  causeCode?: string | null;
}

export class ChatApiError extends Error {
  override readonly name = "ChatApiError";
  readonly kind: ChatApiErrorKind;
  readonly route: string;
  /** HTTP status, when the upstream answered. */
  readonly status: number | null;
  /** Twilio's error `code` (e.g. 20404), when the body was a Twilio error. */
  readonly twilioCode: number | null;
  /** Twilio's `more_info` link (Twilio's docs, not the upstream). */
  readonly moreInfo: string | null;
  /** Seconds from `Retry-After` on a 429/503; null otherwise. */
  readonly retryAfter: number | null;
  readonly causeCode: string | null;

  constructor(init: ChatApiErrorInit) {
    super(init.message);
    this.kind = init.kind;
    this.route = init.route;
    this.status = init.status ?? null;
    this.twilioCode = init.twilioCode ?? null;
    this.moreInfo = init.moreInfo ?? null;
    this.retryAfter = init.retryAfter ?? null;
    this.causeCode = init.causeCode ?? null;
  }

  /** Stack-free, safe to log or return. */
  toJSON() {
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      route: this.route,
      status: this.status,
      twilioCode: this.twilioCode,
      moreInfo: this.moreInfo,
      retryAfter: this.retryAfter,
      causeCode: this.causeCode,
    };
  }
}

export function isChatApiError(value: unknown): value is ChatApiError {
  return value instanceof ChatApiError;
}

/** The upstream answered this HTTP status (not a network failure, timeout or bad body). */
export function isHttpStatus(error: unknown, status: number): error is ChatApiError {
  return error instanceof ChatApiError && error.kind === "http" && error.status === status;
}

/** The upstream has no such resource (404). */
export const isNotFound = (error: unknown): error is ChatApiError => isHttpStatus(error, 404);

/** The upstream refused the request's parameters (400): a user error, with Twilio's message. */
export const isBadRequest = (error: unknown): error is ChatApiError => isHttpStatus(error, 400);

/** The Twilio error body, if `body` is one (`code` and `message` are the parts we rely on). */
export function asTwilioErrorBody(body: unknown): TwilioErrorBody | null {
  if (typeof body !== "object" || body === null) return null;
  const b = body as Record<string, unknown>;
  if (typeof b.code !== "number" || typeof b.message !== "string") return null;
  return {
    code: b.code,
    message: b.message,
    more_info: typeof b.more_info === "string" ? b.more_info : "",
    status: typeof b.status === "number" ? b.status : 0,
  };
}

/**
 * `Retry-After` in seconds: delta-seconds or an HTTP date (relative to `now`). Null when absent
 * or unparsable.
 */
export function parseRetryAfter(header: string | null | undefined, now: number = Date.now()): number | null {
  if (header == null) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  // HTTP-dates all start with a day name; V8's Date.parse would also accept "1.5" or "-1".
  if (!/^[A-Za-z]{3}/.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** Turns a non-2xx response into a ChatApiError. */
export function httpError(args: {
  route: string;
  status: number;
  body: unknown;
  retryAfter: number | null;
  /** Scrubs the secrets (and the upstream origin) from upstream-provided text. */
  redactor: Redactor;
}): ChatApiError {
  const twilio = asTwilioErrorBody(args.body);
  const retryAfter = args.status === 429 || args.status === 503 ? args.retryAfter : null;
  if (twilio) {
    return new ChatApiError({
      kind: "http",
      route: args.route,
      status: args.status,
      twilioCode: twilio.code,
      message: args.redactor.redact(twilio.message),
      moreInfo: twilio.more_info ? args.redactor.redact(twilio.more_info) : null,
      retryAfter,
    });
  }
  return new ChatApiError({
    kind: "http",
    route: args.route,
    status: args.status,
    message: `upstream answered HTTP ${args.status} without a Twilio error body`,
    retryAfter,
  });
}
