// When a failed upstream call is tried again, and after how long. Pure: no clocks, no I/O, the
// random source is injected. `sendRequest` (http.ts) applies it around each attempt.
//
// Deadline semantics: the client's `timeoutMs` is the deadline of the *whole* call, retries and
// back-off sleeps included, so a GraphQL response never waits longer than that for one call.
// Each attempt gets the time left until that deadline. `maxTotalMs` is the retry window: a retry
// is only started (its back-off sleep ends) within `maxTotalMs` of the call's start, and only if
// at least `minAttemptMs` of the deadline is left for it. A Retry-After that does not fit in what
// is left is not waited for: the call fails at once with the error carrying `retryAfter`.

import type { ChatApiError } from "./errors.js";

export interface RetryPolicy {
  /** Retries after the first attempt (0 disables retrying). */
  maxRetries: number;
  /** Retry window from the start of the call: no retry starts later than this. */
  maxTotalMs: number;
  /** First back-off ceiling; doubles per retry ("full jitter": the sleep is uniform in [0, ceiling)). */
  baseDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 2, maxTotalMs: 5000, baseDelayMs: 100 };

/** Every call is tried exactly once. */
export const NO_RETRY: RetryPolicy = { maxRetries: 0, maxTotalMs: 0, baseDelayMs: 0 };

/** A retry is only worth starting if at least this much of the call's deadline is left for it (or a quarter of the deadline, if smaller). */
export const MIN_ATTEMPT_MS = 100;

/** Checks a policy given to the client; configuration errors, so RangeError. */
export function checkRetryPolicy(policy: RetryPolicy): RetryPolicy {
  const { maxRetries, maxTotalMs, baseDelayMs } = policy;
  if (!Number.isInteger(maxRetries) || maxRetries < 0) throw new RangeError("retry.maxRetries must be a whole number ≥ 0");
  if (!Number.isFinite(maxTotalMs) || maxTotalMs < 0) throw new RangeError("retry.maxTotalMs must be a number ≥ 0");
  if (!Number.isFinite(baseDelayMs) || baseDelayMs < 0) throw new RangeError("retry.baseDelayMs must be a number ≥ 0");
  return { maxRetries, maxTotalMs, baseDelayMs };
}

/** What is known about a failed attempt. */
export interface FailedAttempt {
  method: "GET" | "POST" | "DELETE";
  /** GET, DELETE and updates of an existing resource (POST /v2/Services/{Sid}); never a create. */
  idempotent: boolean;
  error: ChatApiError;
}

/** Statuses that say "not now" rather than "no". */
const RETRYABLE_STATUSES = new Set([429, 503, 504]);

/** Network failures that say nothing permanent about the upstream (a name that does not resolve does). */
const PERMANENT_NETWORK_CODES = new Set(["ENOTFOUND"]);

/**
 * Why this failure may be retried (e.g. `status 503`, `network ECONNRESET`), or null when it must not be.
 *
 * - Idempotent calls: 429, 503, 504, and network failures (refused, reset, closed, body cut short),
 *   except an unresolvable host name. Resending them is harmless even if the first one arrived.
 * - Non-idempotent calls (createService's POST): only a refused connection — nothing was sent.
 *   Any status or a reset means the request may have reached the upstream and created a service.
 * - Timeouts are never retried: an attempt only times out when the call's deadline has passed.
 * - bad_response (the upstream answered, nonsense) is never retried.
 */
export function retryReason({ idempotent, error }: FailedAttempt): string | null {
  if (error.kind === "network") {
    const code = error.causeCode ?? "unknown";
    if (!idempotent) return code === "ECONNREFUSED" ? `network ${code}` : null;
    return PERMANENT_NETWORK_CODES.has(code) ? null : `network ${code}`;
  }
  if (error.kind === "http" && idempotent && error.status !== null && RETRYABLE_STATUSES.has(error.status)) {
    return `status ${error.status}`;
  }
  return null;
}

/** Full-jitter exponential back-off for retry number `retry` (1 = first retry): uniform in [0, base·2^(retry−1)). */
export function backoffDelayMs(policy: RetryPolicy, retry: number, random: () => number): number {
  const ceiling = policy.baseDelayMs * 2 ** Math.min(Math.max(retry - 1, 0), 30);
  return Math.floor(clamp01(random()) * ceiling);
}

export interface RetryContext {
  policy: RetryPolicy;
  failure: FailedAttempt;
  /** Retries already made in this call (0 after the first attempt failed). */
  retriesSoFar: number;
  /** Time since the call started. */
  elapsedMs: number;
  /** Time left until the call's deadline (`timeoutMs` after its start). */
  deadlineLeftMs: number;
  /** Smallest useful time for one more attempt (see MIN_ATTEMPT_MS). */
  minAttemptMs: number;
  /** Uniform in [0, 1); Math.random in production. */
  random: () => number;
}

export type RetryDecision =
  | { retry: true; delayMs: number; reason: string }
  | { retry: false; why: "not_retryable" | "max_retries" | "budget" | "retry_after_beyond_budget" };

export function decideRetry(ctx: RetryContext): RetryDecision {
  const reason = retryReason(ctx.failure);
  if (reason === null) return { retry: false, why: "not_retryable" };
  if (ctx.retriesSoFar >= ctx.policy.maxRetries) return { retry: false, why: "max_retries" };

  // How long we may sleep: the retry must start inside the window and leave time to answer.
  const budgetMs = Math.min(ctx.policy.maxTotalMs - ctx.elapsedMs, ctx.deadlineLeftMs - ctx.minAttemptMs);
  if (budgetMs < 0) return { retry: false, why: "budget" };

  const jittered = backoffDelayMs(ctx.policy, ctx.retriesSoFar + 1, ctx.random);
  const retryAfterMs = ctx.failure.error.retryAfter !== null ? ctx.failure.error.retryAfter * 1000 : null;
  if (retryAfterMs !== null) {
    if (retryAfterMs > budgetMs) return { retry: false, why: "retry_after_beyond_budget" };
    return { retry: true, delayMs: Math.min(Math.max(retryAfterMs, jittered), budgetMs), reason };
  }
  return { retry: true, delayMs: Math.min(jittered, budgetMs), reason };
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(Math.max(x, 0), 1) : 0;
}
