// What operators see: one JSON log line per operation (request id, name, duration, upstream
// calls), no secret anywhere in the logs of a full run, Prometheus metrics, and probes.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateServiceDocument,
  GetServiceDocument,
  ServicesWithDefaultRolesDocument,
  UpdateServiceDocument,
} from "../../examples/client/graphql.js";
import { loadConfig } from "../../src/config.js";
import { REFUSALS_LOGGED_PER_SECOND } from "../../src/server/http-server.js";
import { startChatql } from "../../src/server/start.js";
import { ACCOUNT, postGraphQL, startHarness, type Harness } from "../graphql/harness.js";
import { TEST_LOG_LEVEL } from "../support/test-logs.js";
import { REQUEST_ID_MAX } from "../../src/server/http-server.js";

const API_TOKEN = "observability-api-token-0123456789";
let harness: Harness;
let origin: string;
const auth = { authorization: `Bearer ${API_TOKEN}` };

beforeAll(async () => {
  harness = await startHarness({ env: { CHATQL_API_TOKENS: API_TOKEN, LOG_LEVEL: "debug" } });
  origin = new URL(harness.chatql.graphqlUrl).origin;
});
afterAll(() => harness.close());

describe("logs", () => {
  it("write one line per operation with its request id, name, duration and upstream calls", async () => {
    const response = await fetch(harness.chatql.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "req-123", ...auth },
      body: JSON.stringify({ query: "query Probe { services(first: 2) { nodes { sid } } }", operationName: "Probe" }),
    });
    expect(response.headers.get("x-request-id")).toBe("req-123");
    const line = harness.logs.find((entry) => entry.requestId === "req-123");
    expect(line).toMatchObject({
      msg: "graphql operation",
      operationName: "Probe",
      outcome: "ok",
      durationMs: expect.any(Number),
      upstream: { calls: 1, retries: 0, requests: [{ route: "GET /v2/Services", status: 200, ms: expect.any(Number) }] },
    });
  });

  it("give each request a fresh id when the caller sends none (or an unusable one)", async () => {
    const ids = new Set<string>();
    for (const header of [undefined, "bad id with spaces", "r".repeat(REQUEST_ID_MAX + 1)]) {
      const response = await fetch(harness.chatql.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...auth, ...(header ? { "x-request-id": header } : {}) },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      ids.add(response.headers.get("x-request-id")!);
    }
    expect([...ids].every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
    expect(ids.size).toBe(3);
  });

  it(`keep the caller's id up to REQUEST_ID_MAX (${REQUEST_ID_MAX}) characters`, async () => {
    const id = "r".repeat(REQUEST_ID_MAX);
    const response = await fetch(harness.chatql.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...auth, "x-request-id": id },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.headers.get("x-request-id")).toBe(id);
  });

  it("never contain a secret over a full run, errors included", async () => {
    const { data } = await postGraphQL(harness.chatql.graphqlUrl, CreateServiceDocument, { input: { friendlyName: "logged" } }, auth);
    const sid = data!.createService.service!.sid;
    await postGraphQL(harness.chatql.graphqlUrl, UpdateServiceDocument, { input: { sid, limits: { channelMembers: 5000 } } }, auth);
    await postGraphQL(
      harness.chatql.graphqlUrl,
      UpdateServiceDocument,
      { input: { sid, defaultServiceRoleSid: "RL" + "9".repeat(32) } },
      auth,
    );
    await postGraphQL(harness.chatql.graphqlUrl, ServicesWithDefaultRolesDocument, { first: 5 }, auth);
    await postGraphQL(harness.chatql.graphqlUrl, GetServiceDocument, { sid: "IS" + "0".repeat(32) }, auth);
    await postGraphQL(
      harness.chatql.graphqlUrl,
      GetServiceDocument,
      { sid: "IS" + "0".repeat(32) },
      { authorization: "Bearer wrong-token-0123456789" },
    );

    // A second chatql whose upstream refuses its credentials: the failure is logged, the token is not.
    const logs: string[] = [];
    const refused = await startChatql(
      loadConfig({
        PORT: "0",
        CHAT_API_BASE_URL: harness.emulator.url,
        TWILIO_ACCOUNT_SID: ACCOUNT.accountSid,
        TWILIO_AUTH_TOKEN: "refused-secret-token",
      }),
      { logDestination: { write: (line: string) => void logs.push(line) } },
    );
    await postGraphQL(refused.graphqlUrl, GetServiceDocument, { sid: "IS" + "0".repeat(32) });
    await fetch(refused.graphqlUrl.replace("/graphql", "/readyz"));
    await refused.close();

    const everything = harness.logs
      .map((entry) => entry.raw)
      .concat(logs)
      .join("\n");
    expect(everything.length).toBeGreaterThan(0);
    const basic = (token: string) => Buffer.from(`${ACCOUNT.accountSid}:${token}`).toString("base64");
    for (const secret of [
      ACCOUNT.authToken,
      API_TOKEN,
      "refused-secret-token",
      basic(ACCOUNT.authToken),
      basic("refused-secret-token"),
      "wrong-token-0123456789",
    ]) {
      expect(everything).not.toContain(secret);
    }
    expect(logs.join("\n")).toContain("UNAUTHENTICATED");
  });
});

describe("requests refused before any operation runs", () => {
  const post = (id: string, headers: Record<string, string>, body: string) =>
    fetch(harness.chatql.graphqlUrl, { method: "POST", headers: { "x-request-id": id, ...headers }, body });
  const query = JSON.stringify({ query: "{ __typename }" });

  it.each([
    ["no token", () => post("refused-401", { "content-type": "application/json" }, query), 401, "UNAUTHENTICATED"],
    [
      "a wrong token",
      () => post("refused-401b", { "content-type": "application/json", authorization: "Bearer wrong-000000000000" }, query),
      401,
      "UNAUTHENTICATED",
    ],
    ["malformed JSON", () => post("refused-json", { "content-type": "application/json", ...auth }, "{nope"), 400, "BAD_REQUEST"],
    [
      "a batch (Apollo's refusal)",
      () => post("refused-batch", { "content-type": "application/json", ...auth }, `[${query},${query}]`),
      400,
      "BAD_REQUEST",
    ],
    [
      "text/plain (Apollo's CSRF prevention)",
      () => post("refused-csrf", { "content-type": "text/plain", ...auth }, query),
      400,
      "BAD_REQUEST",
    ],
  ] as const)("%s: a log line and a count, with its status and code", async (_name, send, status, code) => {
    const before = await refusals(status, code);
    const response = await send();
    expect(response.status).toBe(status);
    const id = response.headers.get("x-request-id");
    expect(harness.logs.find((entry) => entry.requestId === id)).toMatchObject({ msg: "request refused", status, code });
    expect(await refusals(status, code)).toBe(before + 1);
  });

  it("an operation that fails validation has its operation line only (it ran through Apollo)", async () => {
    const response = await post("invalid-op", { "content-type": "application/json", ...auth }, JSON.stringify({ query: "{ nope }" }));
    expect(response.status).toBe(400);
    const lines = harness.logs.filter((entry) => entry.requestId === "invalid-op");
    expect(lines.map((entry) => [entry.msg, entry.outcome])).toEqual([["graphql operation", "GRAPHQL_VALIDATION_FAILED"]]);
  });

  it(`writes at most REFUSALS_LOGGED_PER_SECOND (${REFUSALS_LOGGED_PER_SECOND}) such lines a second, and counts every refusal`, async () => {
    const burst = 3 * REFUSALS_LOGGED_PER_SECOND;
    const before = await refusals(401, "UNAUTHENTICATED");
    const logged = harness.logs.length;
    await Promise.all(Array.from({ length: burst }, (_, i) => post(`flood-${i}`, { "content-type": "application/json" }, query)));
    const lines = harness.logs.slice(logged).filter((entry) => entry.msg === "request refused");
    // A burst can straddle two seconds (and share the first with the refusals before it): at most
    // two seconds' worth of lines, never one a request.
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(2 * REFUSALS_LOGGED_PER_SECOND);
    expect(await refusals(401, "UNAUTHENTICATED")).toBe(before + burst);
  });

  async function refusals(status: number, code: string): Promise<number> {
    const text = await (await fetch(`${origin}/metrics`)).text();
    const line = text.split("\n").find((l) => l.startsWith(`chatql_graphql_refusals_total{status="${status}",code="${code}"}`));
    return line ? Number(line.split(" ").at(-1)) : 0;
  }
});

describe("/metrics", () => {
  it("counts operations by name and outcome, upstream latency by route and status, and loader cache hits", async () => {
    await postGraphQL(harness.chatql.graphqlUrl, "query Twice { a: services(first: 1) { nodes { sid } } }", undefined, auth);
    const { data } = await postGraphQL(harness.chatql.graphqlUrl, CreateServiceDocument, { input: { friendlyName: "metered" } }, auth);
    const sid = data!.createService.service!.sid;
    await postGraphQL(
      harness.chatql.graphqlUrl,
      `query Cached { a: service(sid: "${sid}") { sid } b: service(sid: "${sid}") { sid } }`,
      undefined,
      auth,
    );

    const response = await fetch(`${origin}/metrics`);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/chatql_graphql_operations_total\{operation="Twice",outcome="ok"\} 1/);
    expect(text).toMatch(/chatql_graphql_operations_total\{operation="CreateService",outcome="ok"\} \d+/);
    expect(text).toMatch(/chatql_upstream_request_duration_seconds_count\{route="GET \/v2\/Services",status="200"\} \d+/);
    expect(text).toMatch(/chatql_upstream_request_duration_seconds_bucket\{le="0\.005",route="POST \/v2\/Services",status="201"\} \d+/);
    expect(text).toMatch(/chatql_loader_cache_hits_total\{loader="service"\} [1-9]/);
    expect(text).toContain("chatql_upstream_retries_total");
    expect(text).toContain("chatql_process_resident_memory_bytes");
  });

  it("keeps operation names from growing the label set without bound", () => {
    const metrics = harness.chatql.metrics;
    expect(metrics.operationLabel("has spaces")).toBe("other");
    expect(metrics.operationLabel(undefined)).toBe("anonymous");
    for (let i = 0; i < 300; i++) metrics.operationLabel(`Op${i}`);
    expect(metrics.operationLabel("OneMore")).toBe("other");
  });
});

describe("probes", () => {
  it("/healthz says the process is up", async () => {
    expect(await (await fetch(`${origin}/healthz`)).json()).toEqual({ status: "ok" });
  });

  it("/readyz says the upstream answers and accepts the credentials", async () => {
    const response = await fetch(`${origin}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ready: true, upstream: "ok" });
  });

  it.each([
    ["credentials the upstream refuses", { TWILIO_AUTH_TOKEN: "nope" }, "credentials_rejected"],
    ["an upstream that is down", { CHAT_API_BASE_URL: "http://127.0.0.1:9" }, "unreachable"],
  ])("/readyz is 503 with %s", async (_name, env, upstream) => {
    const chatql = await startChatql(
      loadConfig({
        PORT: "0",
        LOG_LEVEL: TEST_LOG_LEVEL,
        CHAT_API_BASE_URL: harness.emulator.url,
        TWILIO_ACCOUNT_SID: ACCOUNT.accountSid,
        TWILIO_AUTH_TOKEN: ACCOUNT.authToken,
        ...env,
      }),
    );
    try {
      const response = await fetch(chatql.graphqlUrl.replace("/graphql", "/readyz"));
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ ready: false, upstream });
    } finally {
      await chatql.close();
    }
  });
});
