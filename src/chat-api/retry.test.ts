import { describe, expect, it } from "vitest";
import { ChatApiError, type ChatApiErrorKind } from "./errors.js";
import {
  backoffDelayMs,
  checkRetryPolicy,
  decideRetry,
  DEFAULT_RETRY_POLICY,
  retryReason,
  type FailedAttempt,
  type RetryContext,
  type RetryPolicy,
} from "./retry.js";

function error(kind: ChatApiErrorKind, extra: { status?: number; causeCode?: string; retryAfter?: number } = {}): ChatApiError {
  return new ChatApiError({ kind, route: "GET /v2/Services/{Sid}", message: "x", ...extra });
}

const http = (status: number, retryAfter?: number) => error("http", { status, retryAfter });
const net = (causeCode: string) => error("network", { causeCode });

describe("retryReason: which failures are retried", () => {
  // [method, idempotent, error, expected reason or null]
  const table: Array<[FailedAttempt["method"], boolean, ChatApiError, string | null]> = [
    ["GET", true, http(429), "status 429"],
    ["GET", true, http(503), "status 503"],
    ["GET", true, http(504), "status 504"],
    ["GET", true, http(500), null],
    ["GET", true, http(502), null],
    ["GET", true, http(400), null],
    ["GET", true, http(401), null],
    ["GET", true, http(404), null],
    ["DELETE", true, http(503), "status 503"],
    ["DELETE", true, http(429), "status 429"],
    ["POST", true, http(503), "status 503"], // updateService
    ["POST", true, http(429), "status 429"],
    ["POST", false, http(503), null], // createService
    ["POST", false, http(504), null],
    ["POST", false, http(429), null],
    ["POST", false, http(500), null],
    ["GET", true, net("ECONNREFUSED"), "network ECONNREFUSED"],
    ["GET", true, net("ECONNRESET"), "network ECONNRESET"],
    ["GET", true, net("UND_ERR_SOCKET"), "network UND_ERR_SOCKET"],
    ["GET", true, net("EPIPE"), "network EPIPE"],
    ["GET", true, net("ENOTFOUND"), null],
    ["GET", true, error("network"), "network unknown"],
    ["POST", false, net("ECONNREFUSED"), "network ECONNREFUSED"], // nothing was sent
    ["POST", false, net("ECONNRESET"), null], // may have arrived
    ["POST", false, net("UND_ERR_SOCKET"), null],
    ["POST", false, error("network"), null],
    ["GET", true, error("timeout"), null],
    ["POST", false, error("timeout"), null],
    ["GET", true, error("bad_response", { status: 200 }), null],
  ];
  it.each(table)("%s (idempotent %s) %o → %s", (method, idempotent, err, expected) => {
    expect(retryReason({ method, idempotent, error: err })).toBe(expected);
  });
});

describe("backoffDelayMs: full jitter", () => {
  const policy: RetryPolicy = { maxRetries: 5, maxTotalMs: 10_000, baseDelayMs: 100 };
  it.each([
    // [retry, random, expected]
    [1, 0, 0],
    [1, 0.5, 50],
    [1, 0.999, 99],
    [2, 0.5, 100],
    [3, 0.5, 200],
    [4, 0.25, 200],
    [10, 0.5, 25_600],
  ])("retry %i with random %f → %i ms", (retry, random, expected) => {
    expect(backoffDelayMs(policy, retry, () => random)).toBe(expected);
  });

  it("does not overflow for absurd retry numbers and tolerates a bad random", () => {
    expect(Number.isFinite(backoffDelayMs(policy, 10_000, () => 0.5))).toBe(true);
    expect(backoffDelayMs(policy, 1, () => Number.NaN)).toBe(0);
    expect(backoffDelayMs(policy, 1, () => 7)).toBe(100);
  });

  it("is 0 with a 0 base delay", () => {
    expect(backoffDelayMs({ ...policy, baseDelayMs: 0 }, 3, () => 0.9)).toBe(0);
  });
});

describe("decideRetry", () => {
  const base: RetryContext = {
    policy: { maxRetries: 2, maxTotalMs: 5000, baseDelayMs: 100 },
    failure: { method: "GET", idempotent: true, error: http(503) },
    retriesSoFar: 0,
    elapsedMs: 10,
    deadlineLeftMs: 9_990,
    minAttemptMs: 100,
    random: () => 0.5,
  };
  const ctx = (over: Partial<RetryContext>): RetryContext => ({ ...base, ...over });

  it.each<[string, Partial<RetryContext>, ReturnType<typeof decideRetry>]>([
    ["a retryable failure backs off", {}, { retry: true, delayMs: 50, reason: "status 503" }],
    ["the second retry doubles the ceiling", { retriesSoFar: 1 }, { retry: true, delayMs: 100, reason: "status 503" }],
    ["no more than maxRetries", { retriesSoFar: 2 }, { retry: false, why: "max_retries" }],
    ["maxRetries 0 disables", { policy: { ...base.policy, maxRetries: 0 } }, { retry: false, why: "max_retries" }],
    [
      "a non-retryable failure",
      { failure: { method: "POST", idempotent: false, error: http(503) } },
      { retry: false, why: "not_retryable" },
    ],
    ["outside the retry window", { elapsedMs: 5001, deadlineLeftMs: 4999 }, { retry: false, why: "budget" }],
    // maxTotalMs (CHAT_API_RETRY_MAX_MS) 5000: a retry may still start at its last millisecond, not one after.
    ["at the window's end, a retry that starts at once", { elapsedMs: 5000 }, { retry: true, delayMs: 0, reason: "status 503" }],
    ["just inside the window", { elapsedMs: 4999 }, { retry: true, delayMs: 1, reason: "status 503" }],
    [
      "Retry-After that ends just inside the window",
      { elapsedMs: 999, failure: { method: "GET", idempotent: true, error: http(429, 4) } },
      { retry: true, delayMs: 4000, reason: "status 429" },
    ],
    [
      "Retry-After that ends just past the window",
      { elapsedMs: 1001, failure: { method: "GET", idempotent: true, error: http(429, 4) } },
      { retry: false, why: "retry_after_beyond_budget" },
    ],
    ["too little of the deadline left for another attempt", { deadlineLeftMs: 99 }, { retry: false, why: "budget" }],
    [
      "the sleep is cut to what the window allows",
      { elapsedMs: 4980, random: () => 0.99 },
      { retry: true, delayMs: 20, reason: "status 503" },
    ],
    [
      "the sleep is cut to leave the last attempt its time",
      { deadlineLeftMs: 130, random: () => 0.99 },
      { retry: true, delayMs: 30, reason: "status 503" },
    ],
    [
      "Retry-After is honoured when it fits",
      { failure: { method: "GET", idempotent: true, error: http(429, 1) } },
      { retry: true, delayMs: 1000, reason: "status 429" },
    ],
    [
      "Retry-After 0 falls back to the back-off",
      { failure: { method: "GET", idempotent: true, error: http(503, 0) } },
      { retry: true, delayMs: 50, reason: "status 503" },
    ],
    [
      "Retry-After beyond the window fails at once",
      { failure: { method: "GET", idempotent: true, error: http(429, 6) } },
      { retry: false, why: "retry_after_beyond_budget" },
    ],
    [
      "Retry-After beyond the deadline fails at once",
      { failure: { method: "GET", idempotent: true, error: http(429, 1) }, deadlineLeftMs: 1050 },
      { retry: false, why: "retry_after_beyond_budget" },
    ],
    [
      "Retry-After on a createService 429 is not a reason to resend it",
      { failure: { method: "POST", idempotent: false, error: http(429, 1) } },
      { retry: false, why: "not_retryable" },
    ],
    [
      "a refused createService may be resent",
      { failure: { method: "POST", idempotent: false, error: net("ECONNREFUSED") } },
      { retry: true, delayMs: 50, reason: "network ECONNREFUSED" },
    ],
  ])("%s", (_name, over, expected) => {
    expect(decideRetry(ctx(over))).toEqual(expected);
  });

  it("never sleeps past the window or the deadline, whatever the random source says", () => {
    for (let i = 0; i <= 100; i++) {
      const random = () => i / 100;
      for (const [elapsedMs, deadlineLeftMs] of [
        [0, 10_000],
        [4_900, 5_100],
        [200, 250],
        [10, 110],
      ] as const) {
        const decision = decideRetry(ctx({ elapsedMs, deadlineLeftMs, random, retriesSoFar: 1 }));
        if (!decision.retry) continue;
        expect(decision.delayMs).toBeGreaterThanOrEqual(0);
        expect(elapsedMs + decision.delayMs).toBeLessThanOrEqual(base.policy.maxTotalMs);
        expect(decision.delayMs + base.minAttemptMs).toBeLessThanOrEqual(deadlineLeftMs);
      }
    }
  });
});

describe("checkRetryPolicy", () => {
  it("accepts the default and a disabled policy", () => {
    expect(checkRetryPolicy(DEFAULT_RETRY_POLICY)).toEqual({ maxRetries: 2, maxTotalMs: 5000, baseDelayMs: 100 });
    expect(checkRetryPolicy({ maxRetries: 0, maxTotalMs: 0, baseDelayMs: 0 })).toEqual({ maxRetries: 0, maxTotalMs: 0, baseDelayMs: 0 });
  });
  it.each<Partial<RetryPolicy>>([
    { maxRetries: -1 },
    { maxRetries: 1.5 },
    { maxTotalMs: -1 },
    { maxTotalMs: Number.NaN },
    { baseDelayMs: Infinity },
  ])("rejects %o", (bad) => {
    expect(() => checkRetryPolicy({ ...DEFAULT_RETRY_POLICY, ...bad })).toThrow(RangeError);
  });
});
