// Upstream faults as a GraphQL client sees them: chatql over real HTTP in front of the scriptable
// fake upstream. Each fault gives a clean top-level error with the right `extensions.code`,
// within the call's deadline (generous bound; timings are not what is tested), no secret in the
// body, the server stays up, and the next request succeeds once the upstream recovers. Retries
// are counted on the fake: idempotent reads are retried, createService's POST never is.

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { startChatql, type RunningChatql } from "../../src/server/start.js";
import { misbehave, startFakeUpstream, twilioError, type FakeUpstream, type Reply, expectRepliesUsed } from "../chat-api/fake-upstream.js";
import { closedPort } from "../support/ports.js";
import { TEST_LOG_LEVEL } from "../support/test-logs.js";
import type { GraphQLResponse } from "./harness.js";

const ACCOUNT_SID = "AC" + "1".repeat(32);
const AUTH_TOKEN = "upstream-faults-s3cret-t0ken";
const SID = "IS" + "a".repeat(32);
const TIMEOUT_MS = 1000;
/** Generous bound on "arrived within the deadline": a hung test, not a slow one, should fail it. */
const ARRIVES_WITHIN_MS = TIMEOUT_MS + 2000;

const SERVICE_QUERY = `{ service(sid: "${SID}") { sid } }`;
const CREATE_MUTATION = `mutation { createService(input: { friendlyName: "x" }) { service { sid } } }`;

const serviceReply: Reply = { json: { sid: SID, account_sid: ACCOUNT_SID, friendly_name: "chat" } };

function envFor(baseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PORT: "0",
    CHAT_API_BASE_URL: baseUrl,
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    CHAT_API_TIMEOUT_MS: String(TIMEOUT_MS),
    LOG_LEVEL: TEST_LOG_LEVEL,
    ...extra,
  };
}

interface Sent {
  response: GraphQLResponse<{ service?: { sid: string } | null }>;
  text: string;
  elapsedMs: number;
}

async function send(chatql: RunningChatql, query: string): Promise<Sent> {
  const started = Date.now();
  const res = await fetch(chatql.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  return { response: JSON.parse(text), text, elapsedMs: Date.now() - started };
}

function expectNoSecrets(text: string, upstreamPort: number): void {
  const basic = Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64");
  for (const secret of [AUTH_TOKEN, basic, "Basic ", `:${upstreamPort}`, "127.0.0.1"]) {
    expect(text, `error body leaks ${secret}`).not.toContain(secret);
  }
  expect(text).not.toMatch(/authorization/i);
  expect(text).not.toMatch(/stack|at .*\.[jt]s/);
}

async function expectHealthy(chatql: RunningChatql): Promise<void> {
  const res = await fetch(new URL("/healthz", chatql.graphqlUrl));
  expect(res.status).toBe(200);
  await res.body?.cancel();
}

const serviceGets = (fake: FakeUpstream) => fake.requests.filter((r) => r.method === "GET" && r.pathname === `/v2/Services/${SID}`);

let fake: FakeUpstream;
let chatql: RunningChatql;

beforeAll(async () => {
  fake = await startFakeUpstream();
  chatql = await startChatql(loadConfig(envFor(fake.url)));
});
afterAll(async () => {
  await chatql?.close();
  await fake?.close();
});
beforeEach(() => fake.reset());
afterEach(() => expectRepliesUsed(fake));

describe("each upstream fault is a clean GraphQL error, then chatql recovers", () => {
  const hugeRetryAfter = { ...twilioError(429, 20429, "Too many requests"), headers: { "retry-after": "30" } };
  // [fault, reply used for every attempt, extensions.code, extra extensions, upstream GETs]
  const table: Array<[string, Reply, string, Record<string, unknown>, number | "some"]> = [
    ["timeout (never answers)", misbehave.hang(), "UPSTREAM_UNAVAILABLE", {}, 1],
    ["500", twilioError(500, 20500, "Internal Server Error"), "UPSTREAM_ERROR", { twilio: { code: 20500, status: 500 } }, 1],
    ["500 with an HTML body", { status: 500, headers: { "content-type": "text/html" }, body: "<h1>oops</h1>" }, "UPSTREAM_ERROR", {}, 1],
    ["503", twilioError(503, 20503, "Service Unavailable"), "UPSTREAM_UNAVAILABLE", { twilio: { code: 20503, status: 503 } }, 3],
    [
      "429 with Retry-After beyond the deadline",
      hugeRetryAfter,
      "RATE_LIMITED",
      { retryAfterSeconds: 30, twilio: { code: 20429, status: 429 } },
      1,
    ],
    ["connection reset", misbehave.reset(), "UPSTREAM_UNAVAILABLE", {}, 3],
    [
      "non-JSON 200 body",
      { status: 200, headers: { "content-type": "application/json" }, body: "{this is not json" },
      "UPSTREAM_ERROR",
      {},
      1,
    ],
    ["truncated body", misbehave.truncate(), "UPSTREAM_UNAVAILABLE", {}, 3],
    ["very slow body (headers fast, body trickles past the deadline)", misbehave.trickle(100), "UPSTREAM_UNAVAILABLE", {}, 1],
  ];

  it.each(table)("%s", async (_name, fault, code, extensions, gets) => {
    fake.setDefault(fault);
    const { response, text, elapsedMs } = await send(chatql, SERVICE_QUERY);

    expect(response.data).toEqual({ service: null });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({ path: ["service"], extensions: { code, ...extensions } });
    expect(elapsedMs).toBeLessThan(ARRIVES_WITHIN_MS);
    expectNoSecrets(text, fake.port);
    expect(serviceGets(fake)).toHaveLength(gets as number);

    // Still up, and fine once the upstream is.
    fake.reset();
    fake.setDefault(serviceReply);
    await expectHealthy(chatql);
    expect((await send(chatql, SERVICE_QUERY)).response).toEqual({ data: { service: { sid: SID } } });
  });

  it("refused connection", async () => {
    const port = await closedPort();
    const down = await startChatql(loadConfig(envFor(`http://127.0.0.1:${port}`)));
    let recovered: FakeUpstream | null = null;
    try {
      const { response, text, elapsedMs } = await send(down, SERVICE_QUERY);
      expect(response.data).toEqual({ service: null });
      expect(response.errors).toMatchObject([{ path: ["service"], extensions: { code: "UPSTREAM_UNAVAILABLE" } }]);
      expect(response.errors![0]!.extensions).not.toHaveProperty("twilio");
      expect(elapsedMs).toBeLessThan(ARRIVES_WITHIN_MS);
      expectNoSecrets(text, port);
      await expectHealthy(down);

      // The upstream comes up on that port.
      recovered = await startFakeUpstream({ port });
      recovered.setDefault(serviceReply);
      expect((await send(down, SERVICE_QUERY)).response).toEqual({ data: { service: { sid: SID } } });
    } finally {
      await down.close();
      await recovered?.close();
    }
  });
});

describe("retries", () => {
  it("503 then 200: the query succeeds after 2 upstream requests", async () => {
    fake.reply(twilioError(503, 20503, "Service Unavailable"), serviceReply);
    const { response } = await send(chatql, SERVICE_QUERY);
    expect(response).toEqual({ data: { service: { sid: SID } } });
    expect(serviceGets(fake)).toHaveLength(2);
  });

  it("a reset then 200: the query succeeds after 2 upstream requests", async () => {
    fake.reply(misbehave.reset(), serviceReply);
    expect((await send(chatql, SERVICE_QUERY)).response).toEqual({ data: { service: { sid: SID } } });
    expect(serviceGets(fake)).toHaveLength(2);
  });

  it("429 with Retry-After: 1 then 200: chatql waits and succeeds when the deadline allows it", async () => {
    const patient = await startChatql(loadConfig(envFor(fake.url, { CHAT_API_TIMEOUT_MS: "3000" })));
    try {
      fake.reply({ ...twilioError(429, 20429, "Too many requests"), headers: { "retry-after": "1" } }, serviceReply);
      const { response, elapsedMs } = await send(patient, SERVICE_QUERY);
      expect(response).toEqual({ data: { service: { sid: SID } } });
      expect(serviceGets(fake)).toHaveLength(2);
      expect(elapsedMs).toBeLessThan(3000 + 2000);
    } finally {
      await patient.close();
    }
  });

  it("429 with Retry-After: 1 and a 1 s deadline: RATE_LIMITED at once, not retried", async () => {
    fake.reply({ ...twilioError(429, 20429, "Too many requests"), headers: { "retry-after": "1" } });
    const { response, text } = await send(chatql, SERVICE_QUERY);
    expect(response.errors).toMatchObject([{ extensions: { code: "RATE_LIMITED", retryAfterSeconds: 1 } }]);
    expect(serviceGets(fake)).toHaveLength(1);
    expectNoSecrets(text, fake.port);
  });

  it("CHAT_API_MAX_RETRIES=0 turns retries off", async () => {
    const once = await startChatql(loadConfig(envFor(fake.url, { CHAT_API_MAX_RETRIES: "0" })));
    try {
      fake.reply(twilioError(503, 20503, "Service Unavailable"));
      const { response } = await send(once, SERVICE_QUERY);
      expect(response.errors).toMatchObject([{ extensions: { code: "UPSTREAM_UNAVAILABLE" } }]);
      expect(serviceGets(fake)).toHaveLength(1);
    } finally {
      await once.close();
    }
  });

  it.each([
    ["503", twilioError(503, 20503, "Service Unavailable"), "UPSTREAM_UNAVAILABLE"],
    ["429", { ...twilioError(429, 20429, "Too many requests"), headers: { "retry-after": "0" } }, "RATE_LIMITED"],
    ["a reset", misbehave.reset(), "UPSTREAM_UNAVAILABLE"],
  ] as const)("createService against %s sends exactly one POST", async (_name, fault, code) => {
    fake.setDefault(fault);
    const { response, text, elapsedMs } = await send(chatql, CREATE_MUTATION);
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toMatchObject([{ path: ["createService"], extensions: { code } }]);
    expect(fake.requests.map((r) => `${r.method} ${r.pathname}`)).toEqual(["POST /v2/Services"]);
    expect(elapsedMs).toBeLessThan(ARRIVES_WITHIN_MS);
    expectNoSecrets(text, fake.port);
  });
});
