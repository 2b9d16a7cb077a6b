// Access control end to end: endpoint bearer tokens, and credential pass-through where each
// caller's own Twilio account is used upstream and nothing crosses between accounts.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateServiceDocument, ListServicesDocument } from "../../examples/client/graphql.js";
import { LOCAL_ACCOUNT, loadConfig } from "../../src/config.js";
import { startChatql, type RunningChatql } from "../../src/server/start.js";
import { postGraphQL, startHarness, type Harness } from "../graphql/harness.js";

const TOKENS = ["first-token-0123456789", "second-token-0123456789"];
const basic = (user: string, secret: string) => ({ authorization: "Basic " + Buffer.from(`${user}:${secret}`).toString("base64") });

describe("endpoint tokens (CHATQL_API_TOKENS)", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ env: { CHATQL_API_TOKENS: TOKENS.join(",") } });
  });
  afterAll(() => harness.close());

  it.each([
    ["no Authorization header", {}],
    ["a wrong token", { authorization: "Bearer wrong-token-0123456789" }],
    ["a Basic header", basic("AC" + "1".repeat(32), TOKENS[0]!)],
  ])("refuses %s with UNAUTHENTICATED and no upstream call", async (_name, headers) => {
    const requests = await harness.countUpstream(async () => {
      const response = await postGraphQL(harness.chatql.graphqlUrl, ListServicesDocument, {}, headers);
      expect(response.status).toBe(401);
      expect(response.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
      expect(response.data).toBeUndefined();
    });
    expect(requests).toEqual([]);
  });

  it.each(TOKENS)("lets in token %s", async (token) => {
    const response = await postGraphQL(harness.chatql.graphqlUrl, ListServicesDocument, {}, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
  });

  it("keeps /healthz, /readyz and /metrics reachable for probes", async () => {
    const origin = new URL(harness.chatql.graphqlUrl).origin;
    for (const path of ["/healthz", "/readyz", "/metrics"]) expect((await fetch(origin + path)).status, path).toBe(200);
  });
});

describe("credential pass-through (CHATQL_CREDENTIALS=passthrough)", () => {
  let harness: Harness;
  const ALICE = { accountSid: "AC" + "a".repeat(32), authToken: "alice-secret" };
  const BOB = { accountSid: "AC" + "b".repeat(32), authToken: "bob-secret" };
  const alice = basic(ALICE.accountSid, ALICE.authToken);
  const bob = basic(BOB.accountSid, BOB.authToken);

  beforeAll(async () => {
    // The emulator knows both accounts and scopes every resource to the account that made it.
    harness = await startHarness({ env: { CHATQL_CREDENTIALS: "passthrough" }, emulator: { accounts: [ALICE, BOB] } });
  });
  afterAll(() => harness.close());

  const create = (headers: Record<string, string>, friendlyName: string) =>
    postGraphQL(harness.chatql.graphqlUrl, CreateServiceDocument, { input: { friendlyName } }, headers);
  const names = async (headers: Record<string, string>) => {
    const response = await postGraphQL(harness.chatql.graphqlUrl, ListServicesDocument, { first: 100 }, headers);
    expect(response.errors).toBeUndefined();
    return response.data!.services.edges.map((edge) => edge.node.friendlyName);
  };

  it("two accounts cannot see each other's services through chatql", async () => {
    const [a1, b1, a2] = await Promise.all([create(alice, "alice 1"), create(bob, "bob 1"), create(alice, "alice 2")]);
    for (const response of [a1, b1, a2]) expect(response.data?.createService.userErrors).toEqual([]);
    const bobsSid = b1.data!.createService.service!.sid;

    // Interleaved and concurrent: no loader, cache or connection state leaks between requests.
    const [aliceSees, bobSees] = await Promise.all([names(alice), names(bob)]);
    expect(aliceSees.sort()).toEqual(["alice 1", "alice 2"]);
    expect(bobSees).toEqual(["bob 1"]);

    const peek = await postGraphQL(harness.chatql.graphqlUrl, `{ service(sid: "${bobsSid}") { sid } }`, undefined, alice);
    expect(peek.data).toEqual({ service: null });
  });

  it("sends the caller's credentials upstream: a wrong secret is refused there, without echoing it", async () => {
    const wrong = basic(ALICE.accountSid, "not-alices-secret");
    const response = await postGraphQL(harness.chatql.graphqlUrl, ListServicesDocument, {}, wrong);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    expect(response.errors?.[0]?.extensions).toMatchObject({ twilio: { code: 20003, status: 401 } });
    expect(JSON.stringify(response)).not.toContain("not-alices-secret");
    // The next request with the right secret is unaffected.
    expect(await names(alice)).toEqual(expect.arrayContaining(["alice 1"]));
  });

  it("refuses a request without Basic credentials before any upstream call", async () => {
    const requests = await harness.countUpstream(async () => {
      const response = await postGraphQL(harness.chatql.graphqlUrl, ListServicesDocument, {}, {});
      expect(response.status).toBe(401);
      expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });
    expect(requests).toEqual([]);
  });
});

describe("pass-through on the embedded emulator (CHATQL_EMULATOR_ACCOUNTS)", () => {
  const ALICE = { accountSid: "AC" + "a".repeat(32), authToken: "alice-embedded-secret" };
  let chatql: RunningChatql;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "chatql-passthrough-"));
    const config = loadConfig({
      PORT: "0",
      LOG_LEVEL: "silent",
      CHATQL_DATA_DIR: dataDir,
      CHATQL_CREDENTIALS: "passthrough",
      CHATQL_EMULATOR_ACCOUNTS: `${ALICE.accountSid}:${ALICE.authToken}`,
    });
    chatql = await startChatql(config);
  });
  afterAll(async () => {
    await chatql.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("serves a listed account with its own secret", async () => {
    const response = await postGraphQL(chatql.graphqlUrl, ListServicesDocument, {}, basic(ALICE.accountSid, ALICE.authToken));
    expect(response.errors).toBeUndefined();
  });

  it.each([
    ["a listed account with a wrong secret", basic("AC" + "a".repeat(32), "guessed")],
    ["an unlisted account with any secret", basic("AC" + "e".repeat(32), "anything")],
  ])("refuses %s: the emulator checks every caller's secret", async (_name, headers) => {
    const response = await postGraphQL(chatql.graphqlUrl, ListServicesDocument, {}, headers);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    expect(response.data).toBeNull();
  });
});

describe("endpoint tokens also guard the embedded emulator's port", () => {
  let chatql: RunningChatql;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "chatql-guarded-"));
    chatql = await startChatql(loadConfig({ PORT: "0", LOG_LEVEL: "silent", CHATQL_DATA_DIR: dataDir, CHATQL_API_TOKENS: TOKENS[0]! }));
  });
  afterAll(async () => {
    await chatql.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("the emulator refuses the documented local token and any other account, while chatql serves its token holders", async () => {
    for (const [user, secret] of [
      [LOCAL_ACCOUNT.accountSid, LOCAL_ACCOUNT.authToken],
      ["AC" + "9".repeat(32), "anything"],
    ] as const) {
      const direct = await fetch(`${chatql.emulatorUrl}/v2/Services`, { headers: basic(user, secret) });
      expect(direct.status).toBe(401);
    }
    const response = await postGraphQL(chatql.graphqlUrl, ListServicesDocument, {}, { authorization: `Bearer ${TOKENS[0]}` });
    expect(response.errors).toBeUndefined();
  });
});

describe("a wrong secret costs one failed login upstream, not one per field", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ env: { CHATQL_CREDENTIALS: "passthrough" } });
  });
  afterAll(() => harness.close());

  it("stops the operation's upstream calls after the first 401", async () => {
    const ids = Array.from({ length: 20 }, (_, i) => Buffer.from(`Service:IS${String(i).padStart(32, "0")}`).toString("base64url"));
    const requests = await harness.countUpstream(async () => {
      const response = await postGraphQL(
        harness.chatql.graphqlUrl,
        `{ nodes(ids: ${JSON.stringify(ids)}) { id } }`,
        undefined,
        basic("AC" + "1".repeat(32), "wrong-secret"),
      );
      expect(response.errors).toHaveLength(20);
      expect(new Set(response.errors!.map((e) => e.extensions?.code))).toEqual(new Set(["UNAUTHENTICATED"]));
    });
    expect(requests.map((request) => request.status)).toEqual([401]);
  });
});
