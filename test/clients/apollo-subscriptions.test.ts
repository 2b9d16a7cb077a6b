// Apollo Client 4 with GraphQLWsLink, as the README's live chat screen sets it up: queries and
// mutations over HTTP, subscriptions over WebSocket (split on the operation), the cache of
// examples/client/cache.ts. A message sent through the mutation arrives through the subscription
// and lands, normalised, in the cache the screen's query reads; nothing is printed on the console.

import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { loadDevMessages, loadErrorMessages } from "@apollo/client/dev";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { getMainDefinition } from "@apollo/client/utilities";
import { createClient } from "graphql-ws";
import { Kind, OperationTypeNode } from "graphql";
import { firstValueFrom } from "rxjs";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apolloCacheConfig } from "../../examples/client/cache.js";
import {
  CreateChannelDocument,
  CreateServiceDocument,
  MessageEventsDocument,
  MessageThreadDocument,
  SendMessageDocument,
} from "../../examples/client/graphql.js";
import { startLiveHarness, type LiveHarness } from "../live/live-harness.js";
import { recordConsoleWarningsEachTest } from "./console-warnings.js";

loadDevMessages();
loadErrorMessages();

let live: LiveHarness;
const console_ = recordConsoleWarningsEachTest();
const sockets: Array<{ dispose(): void | Promise<void> }> = [];

beforeAll(async () => {
  live = await startLiveHarness();
});
afterAll(async () => {
  for (const socket of sockets) await socket.dispose();
  await live.close();
});

function apollo(): ApolloClient {
  const ws = createClient({ url: live.wsUrl, webSocketImpl: WebSocket });
  sockets.push(ws);
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    new GraphQLWsLink(ws),
    new HttpLink({ uri: live.chatql.graphqlUrl }),
  );
  return new ApolloClient({ link, cache: new InMemoryCache(apolloCacheConfig) });
}

describe("Apollo Client 4 with GraphQLWsLink", () => {
  it("receives a sent message through the subscription and keeps it, normalised, in the cache", async () => {
    const client = apollo();
    const serviceInput = { friendlyName: "apollo live" };
    const created = await client.mutate({ mutation: CreateServiceDocument, variables: { input: serviceInput } });
    const service = created.data!.createService.service!;
    const channelInput = { serviceSid: service.sid, friendlyName: "general" };
    const channelCreated = await client.mutate({ mutation: CreateChannelDocument, variables: { input: channelInput } });
    const channel = channelCreated.data!.createChannel.channel!;
    await client.query({ query: MessageThreadDocument, variables: { service: service.sid, channel: channel.sid } });

    const listening = live.chatql.live.nextSubscription();
    const events = client.subscribe({ query: MessageEventsDocument, variables: { channel: channel.id } });
    const next = firstValueFrom(events);
    await listening;
    const input = { serviceSid: service.sid, channelSid: channel.sid, body: "live!" };
    const sent = (await client.mutate({ mutation: SendMessageDocument, variables: { input } })).data!.sendMessage.message!;
    const event = (await next).data!.messageEvents;
    expect(event).toMatchObject({ __typename: "MessageEvent", kind: "ADDED", message: { __typename: "Message", id: sent.id } });
    const cached = client.cache.extract() as Record<string, unknown>;
    expect(cached[`Message:${sent.id}`]).toMatchObject({ body: "live!", index: 0 });
    expect(console_.messages).toEqual([]);
  });
});
