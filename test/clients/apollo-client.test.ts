// Apollo Client 4 against a real chatql (in front of the emulator), on its defaults: an HttpLink
// to /graphql and an InMemoryCache built from examples/client/cache.ts. A mutation, queries that
// select different fields of the same service's settings, and a second page of a connection;
// nothing may be printed on the console. Without the cache configuration the same queries make
// Apollo warn, which is why it ships.

import { ApolloClient, HttpLink, InMemoryCache, type InMemoryCacheConfig } from "@apollo/client";
import { loadDevMessages, loadErrorMessages } from "@apollo/client/dev";
import { filter, firstValueFrom } from "rxjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apolloCacheConfig } from "../../examples/client/cache.js";
import {
  CreateServiceDocument,
  ListServicesDocument,
  ServiceMembershipDocument,
  ServiceMessagingDocument,
} from "../../examples/client/graphql.js";
import { startHarness, type Harness } from "../graphql/harness.js";
import { recordConsoleWarningsEachTest } from "./console-warnings.js";

// Readable warnings instead of links to go.apollo.dev.
loadDevMessages();
loadErrorMessages();

let harness: Harness;
const console_ = recordConsoleWarningsEachTest();

function client(cache: InMemoryCacheConfig = apolloCacheConfig) {
  return new ApolloClient({ link: new HttpLink({ uri: harness.chatql.graphqlUrl }), cache: new InMemoryCache(cache) });
}

async function createService(apollo: ApolloClient, friendlyName: string): Promise<string> {
  const { data } = await apollo.mutate({
    mutation: CreateServiceDocument,
    variables: {
      input: {
        friendlyName,
        limits: { channelMembers: 500, userChannels: 40 },
        notifications: { newMessage: { enabled: true, template: "${USER}: ${MESSAGE}" }, addedToChannel: { enabled: true } },
        media: { compatibilityMessage: "media not supported" },
      },
    },
  });
  expect(data?.createService.userErrors).toEqual([]);
  return data!.createService.service!.sid;
}

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

describe("Apollo Client 4 with examples/client/cache.ts", () => {
  it("runs a mutation and merges two views of the same service's settings, silently", async () => {
    const apollo = client();
    const sid = await createService(apollo, "Apollo desk");

    const membership = await apollo.query({ query: ServiceMembershipDocument, variables: { sid } });
    expect(membership.data?.service).toMatchObject({
      friendlyName: "Apollo desk",
      limits: { channelMembers: 500 },
      notifications: { addedToChannel: { enabled: true } },
    });
    const messaging = await apollo.query({ query: ServiceMessagingDocument, variables: { sid } });
    expect(messaging.data?.service).toMatchObject({
      limits: { userChannels: 40 },
      notifications: { newMessage: { enabled: true, template: "${USER}: ${MESSAGE}" } },
      media: { compatibilityMessage: "media not supported" },
    });

    // Both views are still whole in the cache: nothing was lost to the other query.
    const cached = await apollo.query({ query: ServiceMembershipDocument, variables: { sid }, fetchPolicy: "cache-only" });
    expect(cached.data?.service?.limits).toEqual({ __typename: "ServiceLimits", channelMembers: 500 });
    expect(apollo.cache.extract()).toMatchObject({
      [`Service:${membership.data!.service!.id}`]: {
        limits: { channelMembers: 500, userChannels: 40 },
        notifications: { addedToChannel: { enabled: true }, newMessage: { enabled: true } },
      },
    });
    expect(console_.messages).toEqual([]);
  });

  it("appends the next page of a connection to the first (fetchMore)", async () => {
    const apollo = client();
    await createService(apollo, "Apollo page two");
    const list = apollo.watchQuery({ query: ListServicesDocument, variables: { first: 1 } });
    const first = await firstValueFrom(list.pipe(filter((result) => result.dataState === "complete")));
    expect(first.data.services.edges).toHaveLength(1);
    expect(first.data.services.pageInfo.hasNextPage).toBe(true);
    await list.fetchMore({ variables: { after: first.data.services.pageInfo.endCursor } });
    const current = list.getCurrentResult();
    if (current.dataState !== "complete") throw new Error(`incomplete after fetchMore: ${current.dataState}`);
    const both = current.data.services.edges.map((edge) => edge.node.sid);
    expect(both).toHaveLength(2);
    expect(both[0]).toBe(first.data.services.edges[0]!.node.sid);
    expect(both[1]).not.toBe(both[0]);
    expect(console_.messages).toEqual([]);
  });

  it("without it, Apollo warns that cache data may be lost (why cache.ts ships)", async () => {
    const apollo = client({});
    const sid = await createService(apollo, "Apollo bare");
    await apollo.query({ query: ServiceMembershipDocument, variables: { sid } });
    await apollo.query({ query: ServiceMessagingDocument, variables: { sid } });
    expect(console_.messages.join("\n")).toContain("Cache data may be lost when replacing the limits field of a Service object");
  });
});
