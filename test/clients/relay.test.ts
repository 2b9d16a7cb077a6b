// Relay (relay-runtime, with the artifacts relay-compiler generates from ./relay/operations.ts)
// against a real chatql in front of the emulator. Relay is the strictest of the major clients about
// the conventions chatql follows: globally unique `id`s it normalizes by, `Query.node(id:)` for
// @refetchable, connections with `edges { cursor node }` and a full `pageInfo` for @connection.
// Its network layer is the fetch function Relay's own guide shows (POST of `params.text`). Data is
// read as a component would: the query's fragment reference resolved through the store.

import {
  commitMutation,
  createOperationDescriptor,
  Environment,
  fetchQuery,
  getRequest,
  getSelector,
  Network,
  RecordSource,
  Store,
  type GraphQLTaggedNode,
  type OperationType,
  type RequestParameters,
  type Variables,
} from "relay-runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../graphql/harness.js";
import { recordConsoleWarningsEachTest } from "./console-warnings.js";
import ServiceCardRefetchQuery from "./relay/__generated__/operationsServiceCardRefetchQuery.graphql.js";
import ServiceCardFragment from "./relay/__generated__/operationsServiceCard_service.graphql.js";
import ServicesListPaginationQuery from "./relay/__generated__/operationsServicesListPaginationQuery.graphql.js";
import ServicesListFragment from "./relay/__generated__/operationsServicesList_query.graphql.js";
import RenameServiceMutation from "./relay/__generated__/operationsRenameServiceMutation.graphql.js";
import ServicesScreenQuery from "./relay/__generated__/operationsServicesScreenQuery.graphql.js";
import ThreadPaginationQuery from "./relay/__generated__/operationsThreadPaginationQuery.graphql.js";
import ThreadFragment from "./relay/__generated__/operationsThread_channel.graphql.js";
import ThreadScreenQuery from "./relay/__generated__/operationsThreadScreenQuery.graphql.js";

let harness: Harness;
const console_ = recordConsoleWarningsEachTest();
const names = ["relay a", "relay b", "relay c", "relay d", "relay e", "relay f"]; // the last one with a thread
const bodies = Array.from({ length: 7 }, (_, i) => `message ${i}`);
let thread: { service: string; channel: string };

beforeAll(async () => {
  harness = await startHarness();
  const twilio = harness.twilio();
  let service = "";
  for (const friendlyName of names) service = (await twilio.chat.v2.services.create({ friendlyName })).sid;
  const channel = (await twilio.chat.v2.services(service).channels.create({ friendlyName: "general" })).sid;
  for (const body of bodies) await twilio.chat.v2.services(service).channels(channel).messages.create({ body, from: "ana" });
  thread = { service, channel };
});
afterAll(() => harness.close());

/** A Relay environment with the network function of Relay's guide, and the operations it sent. */
function relay(): { environment: Environment; sent: string[] } {
  const sent: string[] = [];
  const network = Network.create(async (params: RequestParameters, variables: Variables) => {
    sent.push(params.name);
    const response = await fetch(harness.chatql.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: params.text, variables }),
    });
    return response.json();
  });
  return { environment: new Environment({ network, store: new Store(new RecordSource()) }), sent };
}

/** Runs `query` into the store and keeps it there, as a mounted component's query is kept. */
async function load<Q extends OperationType>(environment: Environment, query: GraphQLTaggedNode, variables: Q["variables"]) {
  await fetchQuery<Q>(environment, query, variables).toPromise();
  const operation = createOperationDescriptor(getRequest(query), variables);
  environment.retain(operation);
  return environment.lookup(operation.fragment).data;
}

type Connection = {
  edges: Array<{ node: { id: string; sid: string; friendlyName: string } }>;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
};

/** The list fragment's connection as the component reads it from the store (Relay adds its `pageInfo`). */
function connectionOf(environment: Environment, screen: unknown): Connection {
  const selector = getSelector(ServicesListFragment, screen as never);
  return (environment.lookup(selector as never).data as { services: Connection }).services;
}

describe("Relay on the network function of its guide", () => {
  it("pages a @connection: the generated pagination query with `after` appends the next page", async () => {
    const { environment, sent } = relay();
    const screen = await load(environment, ServicesScreenQuery, { first: 2 });
    expect(connectionOf(environment, screen).edges.map((e) => e.node.friendlyName)).toEqual(names.slice(0, 2));

    // What usePaginationFragment's loadNext(2) sends: the pagination query after the connection's end.
    for (let loaded = 0; loaded < 2; loaded++) {
      const { endCursor } = connectionOf(environment, screen).pageInfo;
      await fetchQuery(environment, ServicesListPaginationQuery, { first: 2, after: endCursor }).toPromise();
    }

    const { edges, pageInfo } = connectionOf(environment, screen);
    expect(edges.map((e) => e.node.friendlyName)).toEqual(names);
    expect(new Set(edges.map((e) => e.node.id)).size).toBe(names.length);
    expect(pageInfo.hasNextPage).toBe(false);
    expect(sent).toEqual([
      "operationsServicesScreenQuery",
      "operationsServicesListPaginationQuery",
      "operationsServicesListPaginationQuery",
    ]);
    expect(console_.messages).toEqual([]);
  });

  it("refetches a record through node(id:) and a mutation's payload updates it where the list shows it", async () => {
    const { environment } = relay();
    const screen = await load(environment, ServicesScreenQuery, { first: 5 });
    const first = connectionOf(environment, screen).edges[0]!.node;

    const refetched = (await fetchQuery(environment, ServiceCardRefetchQuery, { id: first.id }).toPromise()) as { node: unknown };
    const card = environment.lookup(getSelector(ServiceCardFragment, refetched.node as never) as never).data;
    expect(card).toMatchObject({ id: first.id, friendlyName: first.friendlyName, dateUpdated: expect.any(String) });

    const payload = await new Promise((resolve, reject) =>
      commitMutation(environment, {
        mutation: RenameServiceMutation,
        variables: { input: { sid: first.sid, friendlyName: "relay renamed" } },
        onCompleted: resolve,
        onError: reject,
      }),
    );
    expect(payload).toMatchObject({ updateService: { service: { id: first.id, friendlyName: "relay renamed" }, userErrors: [] } });
    // Normalized by id: the list shows the new name with no refetch.
    expect(connectionOf(environment, screen).edges[0]!.node.friendlyName).toBe("relay renamed");
    expect(console_.messages).toEqual([]);
  });

  it("pages a message thread backwards: loadPrevious's query through node(id:) prepends older messages, oldest first", async () => {
    const { environment, sent } = relay();
    const screen = (await load(environment, ThreadScreenQuery, { ...thread, last: 3 })) as { service: { channel: unknown } };
    type Thread = {
      id: string;
      messages: {
        edges: Array<{ node: { id: string; index: number; body: string } }>;
        pageInfo: { startCursor: string | null; hasPreviousPage: boolean };
      };
    };
    const read = () => environment.lookup(getSelector(ThreadFragment, screen.service.channel as never) as never).data as Thread;
    expect(read().messages.edges.map((e) => e.node.body)).toEqual(bodies.slice(-3));

    // What usePaginationFragment's loadPrevious(3) sends, until there is nothing before.
    while (read().messages.pageInfo.hasPreviousPage) {
      const { id, messages } = read();
      await fetchQuery(environment, ThreadPaginationQuery, { id, last: 3, before: messages.pageInfo.startCursor }).toPromise();
    }
    const { edges } = read().messages;
    expect(edges.map((e) => e.node.body)).toEqual(bodies);
    expect(edges.map((e) => e.node.index)).toEqual(bodies.map((_, i) => i));
    expect(sent).toEqual(["operationsThreadScreenQuery", "operationsThreadPaginationQuery", "operationsThreadPaginationQuery"]);
    expect(console_.messages).toEqual([]);
  });
});
