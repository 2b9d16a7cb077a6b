// urql (@urql/core with Graphcache) against a real chatql in front of the emulator. urql sends
// queries as GET by default, which Apollo's CSRF prevention refuses (a GET without a
// preflight-forcing header is what a cross-site page can send unasked). Rather than weaken that,
// the README gives urql one line, `preferGetMethod: false`, and this test uses exactly that
// line, with Graphcache configured from examples/client/cache.ts.

import { Client, fetchExchange } from "@urql/core";
import { cacheExchange } from "@urql/exchange-graphcache";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphcacheConfig } from "../../examples/client/cache.js";
import {
  CreateServiceDocument,
  ListServicesDocument,
  ServiceMembershipDocument,
  ServiceMessagingDocument,
} from "../../examples/client/graphql.js";
import { startHarness, type Harness } from "../graphql/harness.js";
import { recordConsoleWarningsEachTest } from "./console-warnings.js";

let harness: Harness;
const console_ = recordConsoleWarningsEachTest();

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

/** The client the README shows: urql's defaults, Graphcache, and the one documented line. */
function urql(cache = cacheExchange(graphcacheConfig)) {
  return new Client({
    url: harness.chatql.graphqlUrl,
    exchanges: [cache, fetchExchange],
    preferGetMethod: false, // the documented line: POST, so CSRF prevention lets queries through
  });
}

async function createService(client: Client, friendlyName: string): Promise<string> {
  const result = await client
    .mutation(CreateServiceDocument, {
      input: {
        friendlyName,
        limits: { channelMembers: 300, userChannels: 30 },
        notifications: { newMessage: { enabled: true, template: "new: ${MESSAGE}" }, addedToChannel: { enabled: false } },
        media: { compatibilityMessage: "no media here" },
      },
    })
    .toPromise();
  expect(result.error).toBeUndefined();
  expect(result.data?.createService.userErrors).toEqual([]);
  return result.data!.createService.service!.sid;
}

describe("urql with Graphcache and examples/client/cache.ts", () => {
  it("runs a mutation and two views of the same service's settings, silently", async () => {
    const client = urql();
    const sid = await createService(client, "urql desk");
    const membership = await client.query(ServiceMembershipDocument, { sid }).toPromise();
    expect(membership.error).toBeUndefined();
    expect(membership.data?.service).toMatchObject({
      friendlyName: "urql desk",
      limits: { channelMembers: 300 },
      notifications: { addedToChannel: { enabled: false } },
    });
    const messaging = await client.query(ServiceMessagingDocument, { sid }).toPromise();
    expect(messaging.data?.service).toMatchObject({
      limits: { userChannels: 30 },
      notifications: { newMessage: { enabled: true, template: "new: ${MESSAGE}" } },
      media: { compatibilityMessage: "no media here" },
    });
    // The first view is still whole in the cache: answered without the network.
    const again = await client.query(ServiceMembershipDocument, { sid }, { requestPolicy: "cache-only" }).toPromise();
    expect(again.data?.service?.limits).toMatchObject({ channelMembers: 300 });
    expect(console_.messages).toEqual([]);
  });

  it("appends the next page of a connection to the first", async () => {
    const client = urql();
    await createService(client, "urql page two");
    const first = await client.query(ListServicesDocument, { first: 1 }).toPromise();
    expect(first.data?.services.edges).toHaveLength(1);
    const next = await client.query(ListServicesDocument, { first: 1, after: first.data!.services.pageInfo.endCursor }).toPromise();
    const sids = next.data!.services.edges.map((edge) => edge.node.sid);
    expect(sids).toHaveLength(2);
    expect(sids[0]).toBe(first.data!.services.edges[0]!.node.sid);
    expect(console_.messages).toEqual([]);
  });

  it("without the keys, Graphcache warns about invalid keys (why cache.ts ships)", async () => {
    const client = urql(cacheExchange());
    const sid = await createService(client, "urql bare");
    await client.query(ServiceMembershipDocument, { sid }).toPromise();
    expect(console_.messages.join("\n")).toMatch(/Invalid key: .*ServiceLimits/s);
  });
});

describe("urql on its defaults", () => {
  it("sends queries as GET, which Apollo's CSRF prevention refuses: hence the documented line", async () => {
    const client = new Client({ url: harness.chatql.graphqlUrl, exchanges: [fetchExchange] });
    const result = await client.query(ListServicesDocument, { first: 1 }).toPromise();
    expect(result.data).toBeUndefined();
    expect(result.error?.message).toContain("Cross-Site Request Forgery");
  });

  it("keeps GET when it sends apollo-require-preflight (the README's alternative)", async () => {
    const client = new Client({
      url: harness.chatql.graphqlUrl,
      exchanges: [fetchExchange],
      fetchOptions: { headers: { "apollo-require-preflight": "1" } },
    });
    const calls = await harness.countUpstream(async () => {
      const result = await client.query(ListServicesDocument, { first: 1 }).toPromise();
      expect(result.error).toBeUndefined();
      expect(result.data?.services.edges).toEqual(expect.any(Array));
    });
    expect(calls.length).toBeGreaterThan(0);
  });
});
