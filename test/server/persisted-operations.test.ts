// Access control on every path that can execute an operation (issue #8's critical finding: a GET
// that asked for HTML skipped it, and Apollo still ran an automatic persisted query sent that way),
// automatic persisted queries off unless asked for, and trusted documents from codegen's manifest.

import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GetServiceDocument, ListServicesDocument, CreateServiceDocument } from "../../examples/client/graphql.js";
import { ACCOUNT, postGraphQL, startHarness, type Harness } from "../graphql/harness.js";
import { APQ_MAX_CHARS } from "../../src/server/apollo.js";

const TOKEN = "persisted-ops-token-0123456789";
const bearer = { authorization: `Bearer ${TOKEN}` };
const basic = (sid: string, secret: string) => ({ authorization: "Basic " + Buffer.from(`${sid}:${secret}`).toString("base64") });
const QUERY = "{ services(first: 5) { nodes { sid friendlyName } } }";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const apq = (hash: string, version = 1) => ({ persistedQuery: { version, sha256Hash: hash } });

/** A GET /graphql carrying the operation in its query string. */
function getOperation(url: string, params: Record<string, unknown>, headers: Record<string, string>): Promise<Response> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) search.set(key, typeof value === "string" ? value : JSON.stringify(value));
  return fetch(`${url}?${search}`, { headers: { "apollo-require-preflight": "true", ...headers } });
}

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}

describe.each([
  ["tokens, explorer on", { CHATQL_API_TOKENS: TOKEN }],
  ["tokens in production, explorer off", { CHATQL_API_TOKENS: TOKEN, NODE_ENV: "production", CHATQL_APQ: "true" }],
  ["tokens with automatic persisted queries on", { CHATQL_API_TOKENS: TOKEN, CHATQL_APQ: "true" }],
] as Array<[string, Record<string, string>]>)("access control applies to every request that can execute (%s)", (_name, env) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ env });
  });
  afterAll(() => harness.close());

  it("never runs a persisted query for a caller without a token, whatever its Accept header", async () => {
    // An unauthenticated caller tries to register the document: refused before Apollo.
    expect((await post(harness.chatql.graphqlUrl, { query: QUERY, extensions: apq(sha256(QUERY)) })).status).toBe(401);
    // Had someone registered it, the hash alone must still not run without a token.
    if (env.CHATQL_APQ)
      expect((await post(harness.chatql.graphqlUrl, { query: QUERY, extensions: apq(sha256(QUERY)) }, bearer)).status).toBe(200);

    const requests = await harness.countUpstream(async () => {
      for (const accept of ["text/html", "text/html,application/json;q=0.9", "application/json", "*/*"]) {
        const response = await getOperation(harness.chatql.graphqlUrl, { extensions: apq(sha256(QUERY)) }, { accept });
        const text = await response.text();
        expect(text, accept).not.toContain('"services"');
        // Either the static landing page (explorer on, HTML preferred) or a refusal.
        if (response.status === 200) expect(response.headers.get("content-type")).toMatch(/^text\/html/);
        else expect(response.status, accept).toBe(401);
      }
    });
    expect(requests).toEqual([]);
  });

  it("refuses an operation in the query string of an HTML GET without a token", async () => {
    const requests = await harness.countUpstream(async () => {
      const response = await getOperation(harness.chatql.graphqlUrl, { query: QUERY }, { accept: "application/json" });
      expect(response.status).toBe(401);
    });
    expect(requests).toEqual([]);
  });

  it("runs the same GET with a token", async () => {
    const response = await getOperation(harness.chatql.graphqlUrl, { query: QUERY }, { accept: "application/json", ...bearer });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { services: { nodes: expect.any(Array) } } });
  });
});

describe("credential pass-through without chatql credentials of its own", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({
      env: { CHATQL_CREDENTIALS: "passthrough", TWILIO_ACCOUNT_SID: "", TWILIO_AUTH_TOKEN: "", CHATQL_APQ: "true" },
    });
  });
  afterAll(() => harness.close());

  it("starts, and serves a caller with its own credentials", async () => {
    const response = await postGraphQL(harness.chatql.graphqlUrl, ListServicesDocument, {}, basic(ACCOUNT.accountSid, ACCOUNT.authToken));
    expect(response.errors).toBeUndefined();
    expect(harness.upstreamRequests.at(-1)).toMatchObject({ path: "/v2/Services", status: 200 });
  });

  it("runs nothing for a caller without credentials, not even a registered persisted query", async () => {
    const caller = basic(ACCOUNT.accountSid, ACCOUNT.authToken);
    expect((await post(harness.chatql.graphqlUrl, { query: QUERY, extensions: apq(sha256(QUERY)) }, caller)).status).toBe(200);
    const requests = await harness.countUpstream(async () => {
      for (const accept of ["text/html", "application/json"]) {
        const response = await getOperation(harness.chatql.graphqlUrl, { extensions: apq(sha256(QUERY)) }, { accept });
        expect(await response.text()).not.toContain('"services"');
      }
    });
    expect(requests).toEqual([]);
  });

  it("answers /readyz from reachability alone", async () => {
    const response = await fetch(new URL("/readyz", harness.chatql.graphqlUrl));
    expect(await response.json()).toMatchObject({ ready: true });
  });
});

describe("automatic persisted queries", () => {
  let off: Harness;
  let on: Harness;
  beforeAll(async () => {
    [off, on] = await Promise.all([startHarness(), startHarness({ env: { CHATQL_APQ: "true" } })]);
  });
  afterAll(async () => {
    await Promise.all([off.close(), on.close()]);
  });

  it("are off unless CHATQL_APQ=true", async () => {
    const response = await post(off.chatql.graphqlUrl, { query: QUERY, extensions: apq(sha256(QUERY)) });
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "PERSISTED_QUERY_NOT_SUPPORTED" } }] });
  });

  it("register and replay when on", async () => {
    const query = "{ services(first: 1) { nodes { sid } } }";
    const miss = await post(on.chatql.graphqlUrl, { extensions: apq(sha256(query)) });
    expect(await miss.json()).toMatchObject({ errors: [{ extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] });
    expect((await post(on.chatql.graphqlUrl, { query, extensions: apq(sha256(query)) })).status).toBe(200);
    const hit = await post(on.chatql.graphqlUrl, { extensions: apq(sha256(query)) });
    expect(await hit.json()).toMatchObject({ data: { services: { nodes: expect.any(Array) } } });
  });

  it.each([
    ["a hash that does not match the query", { query: QUERY, extensions: apq("0".repeat(64)) }],
    ["an unsupported version", { query: QUERY, extensions: apq(sha256(QUERY), 2) }],
  ])("answer %s with 400 BAD_REQUEST, logged as no server error", async (_name, body) => {
    const before = on.logs.length;
    const response = await post(on.chatql.graphqlUrl, body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "BAD_REQUEST" } }] });
    expect(on.logs.slice(before).filter((line) => Number(line.level) >= 50)).toEqual([]);
  });
});

describe(`automatic persisted queries keep at most APQ_MAX_CHARS (${APQ_MAX_CHARS}) characters of query text`, () => {
  const PARTS = 10;
  /** A query of exactly `chars` characters: `{ __typename }`, padded with a comment. */
  const queryOf = (part: number, chars: number) => {
    const head = `{ __typename }\n# ${part} `;
    return head + "x".repeat(chars - head.length);
  };

  it.each([
    ["filled to the bound, the first registered still replays", 0, "data"],
    ["a character past it, the first registered is dropped (the client sends its text again)", 1, "PERSISTED_QUERY_NOT_FOUND"],
  ])("%s", async (_name, over, first) => {
    // Ten registrations of a tenth each: bodies of ~3 MiB, so the body bound is raised for them.
    const harness = await startHarness({ env: { CHATQL_APQ: "true", CHATQL_MAX_BODY_BYTES: String(4 * 1024 * 1024) } });
    try {
      const queries = Array.from({ length: PARTS }, (_, part) => queryOf(part, APQ_MAX_CHARS / PARTS + (part === PARTS - 1 ? over : 0)));
      expect(queries.reduce((sum, query) => sum + query.length, 0)).toBe(APQ_MAX_CHARS + over);
      for (const query of queries) {
        const registered = await post(harness.chatql.graphqlUrl, { query, extensions: apq(sha256(query)) });
        expect(await registered.json()).toEqual({ data: { __typename: "Query" } });
      }
      const replay = async (query: string) => {
        const body = await (await post(harness.chatql.graphqlUrl, { extensions: apq(sha256(query)) })).json();
        return body.data ? "data" : body.errors[0].extensions.code;
      };
      // The second first: asking for the first would make it the most recently used.
      expect(await replay(queries[1]!)).toBe("data");
      expect(await replay(queries[0]!)).toBe(first);
    } finally {
      await harness.close();
    }
  });
});

describe("trusted documents (CHATQL_PERSISTED_DOCUMENTS from codegen's manifest)", () => {
  const MANIFEST = resolve(import.meta.dirname, "../../examples/client/persisted-documents.json");
  const hashOf = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash;
  let trusted: Harness;
  let mixed: Harness;
  beforeAll(async () => {
    [trusted, mixed] = await Promise.all([
      startHarness({ env: { CHATQL_PERSISTED_DOCUMENTS: MANIFEST, CHATQL_TRUSTED_DOCUMENTS_ONLY: "true" } }),
      startHarness({ env: { CHATQL_PERSISTED_DOCUMENTS: MANIFEST } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([trusted.close(), mixed.close()]);
  });

  it("runs the typed client's operations by documentId, in trusted-only mode", async () => {
    const created = await post(trusted.chatql.graphqlUrl, {
      documentId: hashOf(CreateServiceDocument),
      variables: { input: { friendlyName: "trusted" } },
    });
    const sid = ((await created.json()) as { data: { createService: { service: { sid: string } } } }).data.createService.service.sid;
    const fetched = await post(trusted.chatql.graphqlUrl, { documentId: hashOf(GetServiceDocument), variables: { sid } });
    expect(await fetched.json()).toMatchObject({ data: { service: { sid, friendlyName: "trusted" } } });
  });

  it("accepts the hash as extensions.persistedQuery.sha256Hash too, by POST and by GET", async () => {
    const hex = hashOf(ListServicesDocument).replace(/^sha256:/, "");
    const byPost = await post(trusted.chatql.graphqlUrl, { extensions: apq(hex), variables: { first: 1 } });
    expect(await byPost.json()).toMatchObject({ data: { services: expect.any(Object) } });
    const byGet = await getOperation(
      trusted.chatql.graphqlUrl,
      { extensions: apq(hex), variables: { first: 1 } },
      { accept: "application/json" },
    );
    expect(await byGet.json()).toMatchObject({ data: { services: expect.any(Object) } });
  });

  it.each([
    ["any query text", { query: "{ services(first: 1) { nodes { sid } } }" }, "PERSISTED_QUERY_ID_REQUIRED"],
    ["even a trusted document's text", { query: print(ListServicesDocument), variables: { first: 1 } }, "PERSISTED_QUERY_ID_REQUIRED"],
    ["an unknown documentId", { documentId: "sha256:" + "0".repeat(64) }, "PERSISTED_QUERY_NOT_FOUND"],
    ["an unknown persisted-query hash", { extensions: apq("0".repeat(64)) }, "PERSISTED_QUERY_NOT_FOUND"],
  ])("refuses %s in trusted-only mode, before any upstream call", async (_name, body, code) => {
    const requests = await trusted.countUpstream(async () => {
      const response = await post(trusted.chatql.graphqlUrl, body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code } }] });
    });
    expect(requests).toEqual([]);
  });

  it("still runs free-form queries when trusted-only is off", async () => {
    const response = await postGraphQL(mixed.chatql.graphqlUrl, "{ services(first: 1) { nodes { sid } } }");
    expect(response.errors).toBeUndefined();
    const byId = await post(mixed.chatql.graphqlUrl, { documentId: hashOf(ListServicesDocument), variables: { first: 1 } });
    expect(await byId.json()).toMatchObject({ data: { services: expect.any(Object) } });
  });

  it("keeps a metric label for each of the manifest's operations, however many other names clients send first", () => {
    const metrics = mixed.chatql.metrics;
    for (let i = 0; i < 300; i++) metrics.operationLabel(`Junk${i}`);
    expect(metrics.operationLabel("JunkOneMore")).toBe("other");
    for (const name of ["GetService", "ChatScreen", "Inbox"]) expect(metrics.operationLabel(name)).toBe(name);
  });

  it("the manifest holds exactly the generated documents", () => {
    expect(print(GetServiceDocument)).toContain("query GetService");
    expect(hashOf(GetServiceDocument)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
