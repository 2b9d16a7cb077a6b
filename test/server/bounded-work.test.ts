// Work per operation is bounded twice (issue #8): statically, by a cost that counts the upstream
// requests arguments imply and that is never skipped, and at run time, by a budget of upstream
// requests per operation. Each bound sits where configured: just under it runs, just over it
// does not. Also: hand-made cursors, deep JSON and subscriptions are refused cleanly.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ListServicesDocument } from "../../examples/client/graphql.js";
import { dataOf, postGraphQL, startHarness, type Harness } from "../graphql/harness.js";

let harness: Harness;
let sids: string[];

beforeAll(async () => {
  harness = await startHarness({ env: { CHAT_MAX_PAGE_SIZE: "5" } });
  const client = harness.twilio();
  sids = [];
  for (let i = 0; i < 12; i++) sids.push((await client.chat.v2.services.create({ friendlyName: `bounded ${i}` })).sid);
});
afterAll(() => harness.close());

const serviceId = (sid: string) => Buffer.from(`Service:${sid}`).toString("base64url");

describe("the static cost is never skipped", () => {
  // Four levels of ten fragment spreads: 10⁴ fields, more than the cost counter will walk.
  const fragmentTree = (leaf: string) => `
    query Tree { ...L4 }
    fragment L4 on Query { ${"...L3 ".repeat(10)} }
    fragment L3 on Query { ${"...L2 ".repeat(10)} }
    fragment L2 on Query { ${"...L1 ".repeat(10)} }
    fragment L1 on Query { ${leaf} }`;

  it("refuses a query whose cost cannot be computed, before any upstream call", async () => {
    const requests = await harness.countUpstream(async () => {
      const response = await postGraphQL(
        harness.chatql.graphqlUrl,
        fragmentTree(`${"__typename ".repeat(10)} services(first: 1) { nodes { sid } }`),
      );
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(response.errors?.[0]?.message).toMatch(/cost could not be computed/);
    });
    expect(requests).toEqual([]);
  });

  it("still counts a small fragment tree", async () => {
    const small = `query Tree { ...A } fragment A on Query { ...B ...B } fragment B on Query { services(first: 1) { nodes { sid } } }`;
    expect((await postGraphQL(harness.chatql.graphqlUrl, small)).errors).toBeUndefined();
  });
});

describe("nodes(ids:) takes at most 100 ids", () => {
  const ids = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => serviceId(sids[i % sids.length]!)));

  it("100 ids: every one answered, each distinct object fetched once", async () => {
    const requests = await harness.countUpstream(async () => {
      const { nodes } = dataOf(
        await postGraphQL<{ nodes: Array<{ id: string } | null> }, unknown>(
          harness.chatql.graphqlUrl,
          `{ nodes(ids: ${ids(100)}) { id } }`,
        ),
      );
      expect(nodes).toHaveLength(100);
      expect(nodes.every((node) => node !== null)).toBe(true);
    });
    expect(requests).toHaveLength(sids.length);
  });

  it("101 ids: BAD_USER_INPUT on the field, before any upstream call", async () => {
    const requests = await harness.countUpstream(async () => {
      const response = await postGraphQL(harness.chatql.graphqlUrl, `{ nodes(ids: ${ids(101)}) { id } }`);
      expect(response.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/at most 100 ids, got 101/),
        extensions: { code: "BAD_USER_INPUT" },
      });
    });
    expect(requests).toEqual([]);
  });
});

describe("the cost counts the upstream requests arguments imply", () => {
  it("one per id of nodes(ids:): 16 aliases × 100 ids is refused before any upstream call", async () => {
    const ids = JSON.stringify(Array.from({ length: 100 }, (_, i) => serviceId(sids[i % sids.length]!)));
    const query = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: nodes(ids: ${ids}) { id }`).join(" ")} }`;
    const requests = await harness.countUpstream(async () => {
      const response = await postGraphQL(harness.chatql.graphqlUrl, query);
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.message).toMatch(/Query cost \d+ exceeds the limit of 20000/);
    });
    expect(requests).toEqual([]);
  });

  it("a whole list walk for `last` without `before`: 150 aliases of services(last: 1) are refused", async () => {
    const query = `{ ${Array.from({ length: 150 }, (_, i) => `a${i}: services(last: 1) { nodes { sid } }`).join(" ")} }`;
    const requests = await harness.countUpstream(async () => {
      const response = await postGraphQL(harness.chatql.graphqlUrl, query);
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    });
    expect(requests).toEqual([]);
  });
});

describe("run-time budget (CHATQL_MAX_UPSTREAM_CALLS=6)", () => {
  let small: Harness;
  beforeAll(async () => {
    small = await startHarness({ env: { CHATQL_MAX_UPSTREAM_CALLS: "6" } });
    const client = small.twilio();
    for (let i = 0; i < 7; i++) await client.chat.v2.services.create({ friendlyName: `budget ${i}` });
  });
  afterAll(() => small.close());

  const allSids = async () =>
    dataOf(await postGraphQL(small.chatql.graphqlUrl, ListServicesDocument, { first: 7 })).services.edges.map((edge) => edge.node.sid);
  const lookup = (sids: string[]) => `{ nodes(ids: ${JSON.stringify(sids.map(serviceId))}) { id ... on Service { sid } } }`;

  it("serves an operation of exactly 6 upstream requests", async () => {
    const sids = (await allSids()).slice(0, 6);
    const requests = await small.countUpstream(async () => {
      const response = await postGraphQL<{ nodes: Array<{ sid: string } | null> }, never>(small.chatql.graphqlUrl, lookup(sids));
      expect(response.errors).toBeUndefined();
      expect(response.data!.nodes.map((node) => node?.sid)).toEqual(sids);
    });
    expect(requests).toHaveLength(6);
  });

  it("stops at 6 on the seventh: that field fails with UPSTREAM_BUDGET_EXCEEDED, the rest is served", async () => {
    const sids = (await allSids()).slice(0, 7);
    const requests = await small.countUpstream(async () => {
      const response = await postGraphQL<{ nodes: Array<{ sid: string } | null> }, never>(small.chatql.graphqlUrl, lookup(sids));
      expect(response.status).toBe(200);
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]).toMatchObject({ path: ["nodes", expect.any(Number)], extensions: { code: "UPSTREAM_BUDGET_EXCEEDED" } });
      expect(response.data!.nodes.filter((node) => node !== null)).toHaveLength(6);
    });
    expect(requests).toHaveLength(6);
  });
});

describe("cursors are signed", () => {
  it("refuses a hand-made cursor that asks for a page past CHAT_MAX_PAGE_SIZE, before any upstream call", async () => {
    // What an old-style cursor looked like: base64url JSON anyone could write.
    const forged = Buffer.from(`c1:${JSON.stringify([{ PageSize: "100000" }, 0, sids[0]])}`).toString("base64url");
    for (const cursor of [forged, `${forged}.AAAAAAAAAAAAAAAAAAAAAA`]) {
      const requests = await harness.countUpstream(async () => {
        const response = await postGraphQL(harness.chatql.graphqlUrl, `{ services(first: 2, after: "${cursor}") { nodes { sid } } }`);
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
      });
      expect(requests).toEqual([]);
    }
  });

  it("binds a cursor to its connection: service A's roles cursor is refused on service B's roles", async () => {
    const rolesOf = (sid: string, after?: string) =>
      postGraphQL<{ service: { roles: { edges: Array<{ cursor: string }> } } }, never>(
        harness.chatql.graphqlUrl,
        `{ service(sid: "${sid}") { roles(first: 1${after ? `, after: "${after}"` : ""}) { edges { cursor node { sid } } } } }`,
      );
    const cursor = dataOf(await rolesOf(sids[0]!)).service.roles.edges[0]!.cursor;
    expect((await rolesOf(sids[0]!, cursor)).errors).toBeUndefined();
    const replayed = await rolesOf(sids[1]!, cursor);
    expect(replayed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
  });

  it("accepts the cursors it issued", async () => {
    const first = dataOf(await postGraphQL(harness.chatql.graphqlUrl, ListServicesDocument, { first: 2 }));
    const next = dataOf(
      await postGraphQL(harness.chatql.graphqlUrl, ListServicesDocument, { first: 2, after: first.services.pageInfo.endCursor }),
    );
    expect(next.services.edges.map((edge) => edge.node.sid)).toEqual(sids.slice(2, 4));
  });
});

describe("request JSON depth (CHATQL_MAX_JSON_DEPTH, default 32)", () => {
  /** `n` arrays, one inside the other. */
  const arrays = (n: number) => {
    let value: unknown = 1;
    for (let i = 0; i < n; i++) value = [value];
    return value;
  };
  // The body object is level 1 and `extensions` level 2, so `n` arrays inside it make 2 + n.
  const post = (n: number) =>
    fetch(harness.chatql.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }", extensions: { x: arrays(n) } }),
    });

  it("refuses variables nested 20,000 deep with 400, not a 500", async () => {
    let deep = "1";
    for (let i = 0; i < 20_000; i++) deep = `[${deep}]`;
    const response = await fetch(harness.chatql.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"query":"query Q($v: [ID!]) { __typename }","variables":{"v":${deep}}}`,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "BAD_REQUEST" } }] });
  });

  it("takes a body exactly 32 deep and refuses 33", async () => {
    expect((await post(30)).status).toBe(200);
    const over = await post(31);
    expect(over.status).toBe(400);
    expect(await over.json()).toMatchObject({ errors: [{ message: expect.stringMatching(/nested deeper than 32/) }] });
  });

  it("bounds GET's variables too", async () => {
    const params = new URLSearchParams({ query: "{ __typename }", variables: JSON.stringify({ v: arrays(40) }) });
    const response = await fetch(`${harness.chatql.graphqlUrl}?${params}`, { headers: { "apollo-require-preflight": "true" } });
    expect(response.status).toBe(400);
  });
});

describe("operations chatql cannot run", () => {
  it("answers a subscription sent over HTTP with a clear BAD_REQUEST pointing at WebSocket, before any upstream call", async () => {
    const calls = await harness.countUpstream(async () => {
      const response = await postGraphQL(
        harness.chatql.graphqlUrl,
        `subscription { channelEvents(service: "IS${"0".repeat(32)}") { kind } }`,
      );
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
      expect(response.errors?.[0]?.message).toMatch(/^Subscriptions are served over WebSocket/);
    });
    expect(calls).toEqual([]);
  });
});
