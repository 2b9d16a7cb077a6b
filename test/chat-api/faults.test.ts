// Upstream faults at the client level: which calls are retried (counted on the fake upstream),
// which never are (createService), Retry-After, and that one deadline covers a call's retries.

import { Agent } from "undici";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ChatApiClient,
  ChatApiError,
  DEFAULT_RETRY_POLICY,
  NO_RETRY,
  type ChatApiClientOptions,
  type RetryInfo,
} from "../../src/chat-api/index.js";
import type { ChatApiErrorKind } from "../../src/chat-api/errors.js";
import { misbehave, startFakeUpstream, twilioError, type CannedReply, type FakeUpstream, expectRepliesUsed } from "./fake-upstream.js";
import { closedPort } from "../support/ports.js";
import { expectFailure } from "./failure.expect.js";

const ACCOUNT = "AC" + "1".repeat(32);
const TOKEN = "f4ult-t0ken-s3cret";
const IS = "IS" + "a".repeat(32);
const service = (sid = IS) => ({ json: { sid, account_sid: ACCOUNT, friendly_name: "chat" } });
const unavailable = (status = 503, headers: Record<string, string> = {}) => ({ ...twilioError(status, 20503, "try later"), headers });
const rateLimited = (retryAfter?: string): CannedReply => ({
  ...twilioError(429, 20429, "Too many requests"),
  headers: retryAfter ? { "retry-after": retryAfter } : {},
});

let fake: FakeUpstream;
let agent: Agent;
let retries: RetryInfo[];

beforeAll(async () => {
  fake = await startFakeUpstream();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  retries = [];
  agent = new Agent({ keepAliveTimeout: 5_000 });
});
afterEach(async () => {
  await agent.destroy();
  expectRepliesUsed(fake);
});

/** A client with fast back-off (10 ms base) unless told otherwise, recording its retries. */
function clientWith(options: Partial<ChatApiClientOptions> = {}): ChatApiClient {
  return new ChatApiClient({
    baseUrl: fake.url,
    credentials: { accountSid: ACCOUNT, authToken: TOKEN },
    dispatcher: agent,
    timeoutMs: 2_000,
    retry: { ...DEFAULT_RETRY_POLICY, baseDelayMs: 10 },
    onRetry: (info) => retries.push(info),
    ...options,
  });
}

async function failure(promise: Promise<unknown>, kind: ChatApiErrorKind): Promise<ChatApiError> {
  const err = await expectFailure(promise, kind);
  const text = JSON.stringify(err) + String(err);
  for (const leak of [TOKEN, Buffer.from(`${ACCOUNT}:${TOKEN}`).toString("base64"), "Basic ", String(fake.port)])
    expect(text).not.toContain(leak);
  return err;
}

const methods = () => fake.requests.map((r) => r.method);

describe("retried: idempotent calls", () => {
  it.each([
    ["503", unavailable(503)],
    ["504", unavailable(504)],
    ["429 without Retry-After", rateLimited()],
    ["a reset before the response", misbehave.reset()],
    ["a truncated body", misbehave.truncate()],
  ])("fetchService recovers after %s (2 requests)", async (_name, fault) => {
    fake.reply(fault, service());
    await expect(clientWith().fetchService(IS)).resolves.toMatchObject({ sid: IS });
    expect(methods()).toEqual(["GET", "GET"]);
    expect(retries).toEqual([{ route: "GET /v2/Services/{Sid}", attempt: 2, delayMs: expect.any(Number), reason: expect.any(String) }]);
  });

  it("names the reason and the attempt number in onRetry", async () => {
    fake.reply(unavailable(503), misbehave.reset(), service());
    await clientWith().fetchService(IS);
    expect(retries.map(({ attempt, reason }) => ({ attempt, reason }))).toEqual([
      { attempt: 2, reason: "status 503" },
      { attempt: 3, reason: expect.stringMatching(/^network /) },
    ]);
  });

  it("updateService (a POST to an existing service) is retried with the same body", async () => {
    fake.reply(unavailable(503), service());
    await clientWith().updateService(IS, { friendlyName: "renamed" });
    expect(methods()).toEqual(["POST", "POST"]);
    expect(fake.requests[1]!.body).toBe(fake.requests[0]!.body);
    expect(fake.requests[0]!.body).toBe("FriendlyName=renamed");
  });

  it("deleteService is retried", async () => {
    fake.reply(unavailable(503), { status: 204 });
    await clientWith().deleteService(IS);
    expect(methods()).toEqual(["DELETE", "DELETE"]);
  });

  it("list calls are retried", async () => {
    fake.reply(rateLimited("0"), { json: { services: [], meta: { next_page_url: null, previous_page_url: null } } });
    await expect(clientWith().listServices({ PageSize: "5" })).resolves.toMatchObject({ items: [] });
    expect(fake.requests.map((r) => r.url)).toEqual(["/v2/Services?PageSize=5", "/v2/Services?PageSize=5"]);
  });

  it("gives up after maxRetries with the last error", async () => {
    fake.setDefault(unavailable(503));
    const err = await failure(clientWith().fetchService(IS), "http");
    expect(err.status).toBe(503);
    expect(fake.requests).toHaveLength(1 + DEFAULT_RETRY_POLICY.maxRetries);
    expect(retries.map((r) => r.attempt)).toEqual([2, 3]);
  });

  it("a refused connection is retried, then reported as network", async () => {
    const port = await closedPort();
    const refused = clientWith({ baseUrl: `http://127.0.0.1:${port}` });
    const err = await failure(refused.fetchService(IS), "network");
    expect(err.causeCode).toBe("ECONNREFUSED");
    expect(retries.map((r) => r.reason)).toEqual(["network ECONNREFUSED", "network ECONNREFUSED"]);
  });
});

describe("not retried", () => {
  it.each([
    ["500", twilioError(500, 20500, "boom"), "http"],
    ["502", { status: 502, body: "<html>bad gateway</html>" }, "http"],
    ["400", twilioError(400, 21610, "bad"), "http"],
    ["404", twilioError(404, 20404, "missing"), "http"],
    ["a non-JSON 200", { status: 200, body: "{nope" }, "bad_response"],
  ] as const)("fetchService on %s", async (_name, fault, kind) => {
    fake.reply(fault);
    await failure(clientWith().fetchService(IS), kind);
    expect(fake.requests).toHaveLength(1);
    expect(retries).toEqual([]);
  });

  it.each([
    ["503", unavailable(503)],
    ["504", unavailable(504)],
    ["429", rateLimited()],
    ["429 with Retry-After", rateLimited("0")],
    ["500", twilioError(500, 20500, "boom")],
    ["a reset", misbehave.reset()],
    ["a truncated body", misbehave.truncate()],
  ])("createService on %s: exactly one POST", async (_name, fault) => {
    fake.reply(fault);
    await expect(clientWith().createService("x")).rejects.toBeInstanceOf(ChatApiError);
    expect(methods()).toEqual(["POST"]);
    expect(retries).toEqual([]);
  });

  it("createService is retried only when the connection was refused (nothing was sent)", async () => {
    const port = await closedPort();
    const refused = clientWith({ baseUrl: `http://127.0.0.1:${port}` });
    await failure(refused.createService("x"), "network");
    expect(retries.map((r) => r.reason)).toEqual(["network ECONNREFUSED", "network ECONNREFUSED"]);
  });

  it("nothing is retried with NO_RETRY", async () => {
    fake.reply(unavailable(503));
    await failure(clientWith({ retry: NO_RETRY }).fetchService(IS), "http");
    expect(fake.requests).toHaveLength(1);
  });

  it("a timeout is not retried: it used the whole deadline", async () => {
    fake.reply(misbehave.hang());
    await failure(clientWith({ timeoutMs: 300 }).fetchService(IS), "timeout");
    expect(fake.requests).toHaveLength(1);
  });

  it("a body trickling past the deadline is a timeout", async () => {
    fake.reply(misbehave.trickle(40));
    await failure(clientWith({ timeoutMs: 300 }).fetchService(IS), "timeout");
    expect(fake.requests).toHaveLength(1);
  });

  it("a throwing onRetry hook does not change the outcome", async () => {
    fake.reply(unavailable(503), service());
    const client = clientWith({
      onRetry: () => {
        throw new Error("metrics broke");
      },
    });
    await expect(client.fetchService(IS)).resolves.toMatchObject({ sid: IS });
  });
});

describe("Retry-After", () => {
  it("is waited for when it fits in the deadline", async () => {
    fake.reply(rateLimited("1"), service());
    const started = Date.now();
    await expect(clientWith({ timeoutMs: 3_000 }).fetchService(IS)).resolves.toMatchObject({ sid: IS });
    expect(methods()).toEqual(["GET", "GET"]);
    expect(retries[0]).toMatchObject({ reason: "status 429" });
    expect(retries[0]!.delayMs).toBeGreaterThanOrEqual(1_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(990); // it did wait
  });

  it("on a 503 is honoured too", async () => {
    fake.reply(unavailable(503, { "retry-after": "1" }), service());
    await clientWith({ timeoutMs: 3_000 }).fetchService(IS);
    expect(retries[0]!.delayMs).toBeGreaterThanOrEqual(1_000);
  });

  it("beyond the deadline fails at once, carrying retryAfter", async () => {
    fake.reply(rateLimited("1"));
    const err = await failure(clientWith({ timeoutMs: 800 }).fetchService(IS), "http");
    expect(err).toMatchObject({ status: 429, retryAfter: 1 });
    expect(fake.requests).toHaveLength(1);
    expect(retries).toEqual([]);
  });

  it("beyond the retry window (maxTotalMs) fails at once", async () => {
    fake.reply(rateLimited("30"));
    const err = await failure(clientWith({ timeoutMs: 60_000 }).fetchService(IS), "http");
    expect(err.retryAfter).toBe(30);
    expect(fake.requests).toHaveLength(1);
  });
});

describe("one deadline per call, retries included", () => {
  it("stops retrying in time to answer within timeoutMs", async () => {
    fake.setDefault(unavailable(503));
    const persistent = clientWith({ timeoutMs: 400, retry: { maxRetries: 1_000, maxTotalMs: 60_000, baseDelayMs: 40 } });
    const started = Date.now();
    const err = await failure(persistent.fetchService(IS), "http");
    expect(err.status).toBe(503);
    expect(fake.requests.length).toBeGreaterThan(1);
    expect(fake.requests.length).toBeLessThan(1_001);
    expect(Date.now() - started).toBeLessThan(400 + 2_000); // generous: the bound is the point, not the speed
  });

  it("a retry that hangs ends at the call's deadline, not a fresh one", async () => {
    fake.reply(unavailable(503), misbehave.hang());
    const started = Date.now();
    await failure(clientWith({ timeoutMs: 400 }).fetchService(IS), "timeout");
    expect(fake.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(400 + 2_000);
  });

  it("maxTotalMs 0 allows no retry", async () => {
    fake.reply(unavailable(503));
    await failure(clientWith({ retry: { maxRetries: 5, maxTotalMs: 0, baseDelayMs: 10 } }).fetchService(IS), "http");
    expect(fake.requests).toHaveLength(1);
  });

  it("rejects a bad policy at construction", () => {
    expect(() => clientWith({ retry: { maxRetries: -1, maxTotalMs: 0, baseDelayMs: 0 } })).toThrow(RangeError);
  });

  it("retries by default (DEFAULT_RETRY_POLICY) when no policy is given", async () => {
    fake.reply(unavailable(503), service());
    const plain = new ChatApiClient({ baseUrl: fake.url, credentials: { accountSid: ACCOUNT, authToken: TOKEN }, dispatcher: agent });
    await expect(plain.fetchService(IS)).resolves.toMatchObject({ sid: IS });
    expect(fake.requests).toHaveLength(2);
  });
});

describe("a retried DELETE", () => {
  const notFound = twilioError(404, 20404, "The requested resource was not found");

  it("that finds the service gone counts as done: the lost answer was the first attempt's", async () => {
    fake.reply(misbehave.reset(), notFound);
    await expect(clientWith().deleteService(IS)).resolves.toBeUndefined();
    expect(fake.requests.map((r) => r.method)).toEqual(["DELETE", "DELETE"]);
  });

  it("is still NOT_FOUND when the very first attempt finds nothing", async () => {
    fake.reply(notFound);
    const err = await failure(clientWith().deleteService(IS), "http");
    expect(err.status).toBe(404);
    expect(fake.requests).toHaveLength(1);
  });
});
