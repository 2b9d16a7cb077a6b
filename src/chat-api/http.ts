// The one place a request to the upstream is sent (`sendRequest`): attempts (`sendOnce`) under
// one deadline, retried as retry.ts decides. Also owns the process-wide connection pool and the
// User-Agent.

import { readFileSync } from "node:fs";
import { Agent, type Dispatcher } from "undici";
import { SlotWaitEnded, type ConcurrencyLimiter, type ReleaseSlot } from "./concurrency.limiter.js";
import { ChatApiError, httpError, isNotFound, parseRetryAfter } from "./errors.js";
import { encodeForm, type FormFields } from "./form.js";
import { OperationAborted, sleepUnlessAborted, type Abortable } from "./operation.abort.js";
import type { Redactor } from "./redact.js";
import { decideRetry, MIN_ATTEMPT_MS, NO_RETRY, type RetryPolicy } from "./retry.js";

// --- shared dispatcher ------------------------------------------------------------------------

let shared: Agent | null = null;

/**
 * Sockets the process opens to one upstream origin, all accounts together. It bounds them under a
 * burst of parallel DataLoader fetches and sits above the default CHAT_API_MAX_CONCURRENCY (100),
 * so that a wave of 100 fetches is not split by the pool; requests past it queue in the pool
 * within their own deadlines (CHAT_API_TIMEOUT_MS, CHATQL_OPERATION_TIMEOUT_MS).
 */
export const UPSTREAM_SOCKETS_MAX = 128;

/**
 * The process-wide keep-alive Agent (one connection pool per origin), created on first use.
 * All clients share it unless they are given their own dispatcher.
 */
export function sharedDispatcher(): Dispatcher {
  shared ??= new Agent({
    keepAliveTimeout: 10_000,
    keepAliveMaxTimeout: 60_000,
    connections: UPSTREAM_SOCKETS_MAX,
  });
  return shared;
}

/** Closes the shared Agent (graceful: in-flight requests finish). The next use makes a new one. */
export async function closeSharedDispatcher(): Promise<void> {
  const agent = shared;
  shared = null;
  if (agent) await agent.close();
}

// --- User-Agent ---------------------------------------------------------------------------------

function readVersion(): string {
  try {
    // src/chat-api/http.ts and dist/chat-api/http.js both sit two levels below package.json.
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    return typeof pkg.version === "string" ? pkg.version : "0.0.0";
  } catch {
    return "0.0.0";
  }
}

/** e.g. `chatql/0.1.0 (node/20.20.0; undici)`; read once at module load. */
export const USER_AGENT = `chatql/${readVersion()} (node/${process.versions.node}; undici)`;

// --- sending ------------------------------------------------------------------------------------

export interface ResponseInfo {
  method: string;
  /** Templated route, e.g. `GET /v2/Services/{Sid}`. */
  route: string;
  status: number;
  durationMs: number;
  /** Bytes of body received (all of it, or as far as reading went). */
  bytes: number;
}

/** Per-client settings for sending; built once by the client. */
export interface Transport {
  /** Upstream base without `/v2` and without a trailing slash. */
  baseUrl: string;
  authorization: string;
  /** Scrubs secrets from upstream-provided error text (see credentials.secretsOf). */
  redactor: Redactor;
  /** Deadline of a whole call: every attempt, and the back-off sleeps between them. */
  timeoutMs: number;
  /** Largest response body read; a larger one is a bad_response, and reading stops there. */
  maxResponseBytes: number;
  /**
   * Aborts every attempt and back-off sleep of calls made under it (the operation's deadline, or
   * its client going away); its `reason` should be an OperationAborted.
   */
  signal?: Abortable;
  /** Called (and awaited) before every attempt; throws (a `budget` ChatApiError, say) to refuse sending it. */
  admit?: (route: string) => void | Promise<void>;
  /** Called after every admitted attempt, answered or not. */
  settled?: () => void;
  /**
   * CHAT_API_MAX_CONCURRENCY: every attempt holds one of `limitKey`'s slots while on the wire
   * (not while backing off); waiting for one is bounded by the call's deadline and `signal`.
   */
  limiter?: ConcurrencyLimiter;
  /** The account the upstream counts requests against (the credentials' account SID). */
  limitKey?: string;
  /** When absent, calls are not retried (NO_RETRY). The client passes DEFAULT_RETRY_POLICY unless told otherwise. */
  retry?: RetryPolicy;
  /** Injected dispatcher; when absent, the shared one is looked up per call (so it survives closeSharedDispatcher). */
  dispatcher?: Dispatcher;
  /** Called once per upstream response (any status, every attempt), after its body is read. Not called when no response arrived. */
  onResponse?: (info: ResponseInfo) => void;
  /** Called before each retry's back-off sleep. */
  onRetry?: (info: RetryInfo) => void;
  /** Uniform in [0, 1) for back-off jitter; Math.random unless a test injects one. */
  random?: () => number;
}

export interface RetryInfo {
  /** Templated route, e.g. `GET /v2/Services/{Sid}`. */
  route: string;
  /** The attempt about to be sent after the sleep: 2 for the first retry. */
  attempt: number;
  /** Back-off sleep before it. */
  delayMs: number;
  /** What failed, e.g. `status 503`, `network ECONNRESET`. */
  reason: string;
}

export interface UpstreamRequest {
  method: "GET" | "POST" | "DELETE";
  /** Templated route for errors and metrics, e.g. `GET /v2/Services/{Sid}`. */
  route: string;
  /** Concrete path with already-encoded segments, e.g. `/v2/Services/IS123`. */
  path: string;
  query?: Readonly<Record<string, string | readonly string[]>>;
  form?: FormFields;
  /** Extra request headers (e.g. `X-Twilio-Webhook-Enabled`). */
  headers?: Readonly<Record<string, string>>;
  /**
   * Safe to send twice. Defaults to true for GET and DELETE, false for POST; updates of an
   * existing resource (POST /v2/Services/{Sid}) set it to true. Only idempotent requests are
   * retried after the upstream may have seen them.
   */
  idempotent?: boolean;
}

export interface UpstreamResponse {
  status: number;
  /** Parsed JSON, or undefined when a 2xx had an empty body (204 on delete). */
  body: unknown;
}

/**
 * Sends one request, retrying per `transport.retry`; resolves with a 2xx's parsed body, rejects
 * only with ChatApiError (the last attempt's). Settles within `transport.timeoutMs`.
 */
export async function sendRequest(transport: Transport, req: UpstreamRequest): Promise<UpstreamResponse> {
  const policy = transport.retry ?? NO_RETRY;
  const idempotent = req.idempotent ?? req.method !== "POST";
  const started = performance.now();
  const deadline = started + transport.timeoutMs;
  const minAttemptMs = Math.min(MIN_ATTEMPT_MS, transport.timeoutMs / 4);
  for (let retries = 0; ; retries++) {
    throwIfAborted(transport.signal, req.route);
    await transport.admit?.(req.route);
    let release: ReleaseSlot;
    try {
      release = await slot(transport, req.route, deadline);
    } catch (err) {
      transport.settled?.(); // admitted but never sent: whoever waits on this attempt goes on
      throw err;
    }
    try {
      return await sendOnce(transport, req, deadline).finally(release);
    } catch (err) {
      if (!(err instanceof ChatApiError)) throw err;
      // A retried DELETE that finds nothing: an earlier attempt deleted it and its answer was lost.
      if (retries > 0 && req.method === "DELETE" && isNotFound(err)) return { status: 204, body: undefined };
      const now = performance.now();
      const decision = decideRetry({
        policy,
        failure: { method: req.method, idempotent, error: err },
        retriesSoFar: retries,
        elapsedMs: now - started,
        deadlineLeftMs: deadline - now,
        minAttemptMs,
        random: transport.random ?? Math.random,
      });
      if (!decision.retry) throw err;
      notifyRetry(transport, { route: req.route, attempt: retries + 2, delayMs: decision.delayMs, reason: decision.reason });
      if (decision.delayMs > 0)
        await sleepUnlessAborted(decision.delayMs, transport.signal).catch(() => throwIfAborted(transport.signal, req.route));
    }
  }
}

/** A concurrency slot for one attempt; waiting past the deadline is the call's timeout, as if the upstream had been slow. */
async function slot(t: Transport, route: string, deadline: number): Promise<ReleaseSlot> {
  if (!t.limiter || t.limitKey === undefined) return () => {};
  try {
    return await t.limiter.acquire(t.limitKey, { deadline, signal: t.signal });
  } catch (err) {
    if (!(err instanceof SlotWaitEnded)) throw err;
    throwIfAborted(t.signal, route);
    throw new ChatApiError({
      kind: "timeout",
      route,
      message: `upstream did not complete the response within ${t.timeoutMs} ms (waited for one of the account's CHAT_API_MAX_CONCURRENCY request slots)`,
    });
  }
}

function throwIfAborted(signal: Abortable | undefined, route: string): void {
  if (!signal?.aborted) return;
  const why = signal.reason instanceof OperationAborted ? signal.reason.why : "client_gone";
  throw new ChatApiError({
    kind: "aborted",
    route,
    message:
      why === "deadline"
        ? "the operation's deadline passed before this upstream call completed"
        : "the client went away; upstream work stopped",
  });
}

/**
 * Runs `stop` when `signal` aborts (at once if it has); returns the way to stop watching. An
 * operation's own signal (OperationAbort) keeps its listeners in a set, so a wave of 100 parallel
 * fetches adding and removing one each costs no more than one.
 */
function whenAborted(signal: Abortable, stop: () => void): () => void {
  if (signal.aborted) {
    stop();
    return () => {};
  }
  signal.addEventListener("abort", stop, { once: true });
  return () => signal.removeEventListener("abort", stop);
}

/** What one HTTP exchange brought back. */
interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** One request in flight: its answer, and how to stop it (settling `answer` with the reason). */
interface Exchange {
  answer: Promise<Answer>;
  /** The status, once the headers arrived (the answer's phase: connecting before, reading the body after). */
  readonly status: number | null;
  /** Body bytes received so far. */
  readonly received: number;
  abort(reason: Error): void;
}

/**
 * One exchange through the dispatcher's handler API, reading no more than `max` bytes of body
 * (announced or streamed). Below undici's `request()`, on purpose: no AbortSignal, no Readable
 * body and no promise per chunk, which in a wave of 100 parallel fetches were a third of each
 * call's CPU. A request aborted while it waits for a socket settles at once and is dropped by
 * undici when its turn comes.
 */
function exchange(dispatcher: Dispatcher, options: Dispatcher.DispatchOptions, max: number, route: string): Exchange {
  let controller: Dispatcher.DispatchController | undefined;
  let stopped: Error | undefined;
  let settled = false;
  let headers: Answer["headers"] = {};
  const chunks: Buffer[] = [];
  let resolve!: (answer: Answer) => void;
  let reject!: (error: Error) => void;
  const answer = new Promise<Answer>((res, rej) => ((resolve = res), (reject = rej)));
  // Plain fields, not a getter: V8 builds an object literal with a getter in dictionary mode, its
  // accessor pair in the old generation, which would keep this closure (and the body's chunks)
  // alive past every scavenge until a full collection.
  const state: { -readonly [K in keyof Exchange]: Exchange[K] } = {
    answer,
    status: null,
    received: 0,
    abort(reason) {
      if (settled) return;
      settled = true;
      stopped = reason;
      controller?.abort(reason);
      reject(reason);
    },
  };
  const tooLarge = () =>
    state.abort(new ChatApiError({ kind: "bad_response", route, message: `upstream sent a response body larger than ${max} bytes` }));
  const handler: Dispatcher.DispatchHandler = {
    onRequestStart(c) {
      controller = c;
      if (stopped) c.abort(stopped);
    },
    onResponseStart(_c, statusCode, responseHeaders) {
      if (statusCode < 200) return; // 1xx: the answer is still to come
      state.status = statusCode;
      headers = responseHeaders;
      if (Number(headerValue(responseHeaders["content-length"]) ?? 0) > max) tooLarge();
    },
    onResponseData(_c, chunk) {
      if (settled) return;
      state.received += chunk.length;
      if (state.received > max) return tooLarge();
      chunks.push(chunk);
    },
    onResponseEnd() {
      if (settled) return;
      settled = true;
      resolve({ status: state.status ?? 0, headers, text: Buffer.concat(chunks, state.received).toString("utf8") });
    },
    onResponseError(_c, error) {
      if (settled) return;
      settled = true;
      reject(error);
    },
  };
  try {
    dispatcher.dispatch(options, handler);
  } catch (error) {
    state.abort(error instanceof Error ? error : new Error(String(error)));
  }
  return state;
}

/**
 * The origin and the path (with its query) of a call, as the dispatcher takes them: given apart,
 * undici does not parse a URL object for every request.
 */
function target(
  baseUrl: string,
  path: string,
  query?: Readonly<Record<string, string | readonly string[]>>,
): { origin: string; path: string } {
  // Same encoding as the twilio client's paramsSerializer (qs), so page tokens round-trip.
  const qs = query ? encodeForm(query) : "";
  const { origin, basePath } = baseUrlParts(baseUrl);
  return { origin, path: basePath + path + (qs ? "?" + qs : "") };
}

/** A base URL without a trailing slash (`https://host/prefix`) as its origin and its path (`/prefix`, or `""`). */
export function baseUrlParts(baseUrl: string): { origin: string; basePath: string } {
  const slash = baseUrl.indexOf("/", baseUrl.indexOf("//") + 2);
  return slash < 0 ? { origin: baseUrl, basePath: "" } : { origin: baseUrl.slice(0, slash), basePath: baseUrl.slice(slash) };
}

/** One attempt, aborted at `deadline` (a performance.now() time). */
async function sendOnce(t: Transport, req: UpstreamRequest, deadline: number): Promise<UpstreamResponse> {
  const headers: Record<string, string> = {
    ...req.headers,
    authorization: t.authorization,
    "user-agent": USER_AGENT,
    accept: "application/json",
  };
  let body: string | undefined;
  if (req.form !== undefined) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = encodeForm(req.form);
  }

  // The call's deadline bounds this attempt: connect, headers and body. The timeout flag, not the
  // error shape, decides that a failure is a timeout.
  let timedOut = false;
  const started = performance.now();
  const leftMs = Math.max(1, Math.ceil(deadline - started));
  const call = exchange(
    t.dispatcher ?? sharedDispatcher(),
    {
      ...target(t.baseUrl, req.path, req.query),
      method: req.method,
      headers,
      body,
      // Backstops; the timer below is the real bound.
      headersTimeout: leftMs,
      bodyTimeout: leftMs,
    },
    t.maxResponseBytes,
    req.route,
  );
  const timer = setTimeout(() => {
    timedOut = true;
    call.abort(new Error("attempt deadline"));
  }, leftMs);
  // The operation's own signal (deadline, client gone) stops this attempt too.
  const unwatch = t.signal ? whenAborted(t.signal, () => call.abort(new Error("operation aborted"))) : undefined;

  try {
    // Told once per response, body read or not; never when no response came.
    const answer = await call.answer.finally(() => {
      if (call.status !== null)
        notify(t, {
          method: req.method,
          route: req.route,
          status: call.status,
          durationMs: performance.now() - started,
          bytes: call.received,
        });
    });
    const { status, text } = answer;
    const parsed = parseJson(text);
    if (status < 200 || status >= 300) {
      throw httpError({
        route: req.route,
        status,
        body: parsed.ok ? parsed.value : undefined,
        retryAfter: parseRetryAfter(headerValue(answer.headers["retry-after"])),
        redactor: t.redactor,
      });
    }
    if (!parsed.ok) {
      throw new ChatApiError({
        kind: "bad_response",
        route: req.route,
        status,
        message: `upstream answered HTTP ${status} with a body that is not JSON`,
      });
    }
    return { status, body: parsed.value };
  } catch (err) {
    throwIfAborted(t.signal, req.route);
    throw transportError(err, req.route, call.status === null ? "connect" : "body", timedOut, t.timeoutMs);
  } finally {
    clearTimeout(timer);
    unwatch?.();
    t.settled?.();
  }
}

function notify(t: Transport, info: ResponseInfo): void {
  try {
    t.onResponse?.(info);
  } catch {
    // A metrics hook must not turn a good response into a failure.
  }
}

function notifyRetry(t: Transport, info: RetryInfo): void {
  try {
    t.onRetry?.(info);
  } catch {
    // Nor a retry into a different failure.
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const TIMEOUT_CODES = new Set(["UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "UND_ERR_CONNECT_TIMEOUT"]);

const NETWORK_MESSAGES: Record<string, string> = {
  ECONNREFUSED: "upstream refused the connection",
  ENOTFOUND: "upstream host name did not resolve",
  EAI_AGAIN: "upstream host name did not resolve",
  ECONNRESET: "upstream reset the connection",
  EPIPE: "upstream closed the connection",
  EHOSTUNREACH: "upstream host is unreachable",
  ENETUNREACH: "upstream network is unreachable",
};

/**
 * Maps anything thrown while sending to a ChatApiError. Only fixed text and the error *code*
 * are kept: undici/system messages can contain the host name or address.
 */
function transportError(err: unknown, route: string, phase: "connect" | "body", timedOut: boolean, timeoutMs: number): ChatApiError {
  if (err instanceof ChatApiError) return err;
  const code = errorCode(err);
  if (timedOut || (code !== null && TIMEOUT_CODES.has(code))) {
    return new ChatApiError({
      kind: "timeout",
      route,
      causeCode: code,
      message: `upstream did not complete the response within ${timeoutMs} ms`,
    });
  }
  const message =
    phase === "body"
      ? "upstream closed the connection before the response body was complete"
      : (code !== null && NETWORK_MESSAGES[code]) || "upstream connection failed before a response";
  return new ChatApiError({ kind: "network", route, causeCode: code, message });
}

function errorCode(err: unknown): string | null {
  // undici wraps system errors (SocketError around ECONNRESET …): prefer the system code in the
  // cause chain, else the undici one.
  let undiciCode: string | null = null;
  for (let e: unknown = err, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") {
      if (!code.startsWith("UND_ERR")) return code;
      undiciCode ??= code;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return undiciCode;
}
