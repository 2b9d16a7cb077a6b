// What one WebSocket connection can make chatql do, found by an adversarial run: subscribe and
// complete pairs that each started a subscription's work (50 pairs, 50 upstream fetches; 80,000
// took 2.4 GB), names the client chose in metric labels and log lines, and messages a client
// never reads held for as long as it stayed connected.

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { CreateChannelDocument, CreateServiceDocument, SendMessageDocument } from "../../examples/client/graphql.js";
import { dataOf, postGraphQL } from "../graphql/harness.js";
import { SUBSCRIPTION_ID_MAX } from "../../src/server/live/websocket.server.js";
import { startLiveHarness, type LiveHarness } from "./live-harness.js";
import { connectAcked, type RawSocket } from "./ws-client.js";

const TOKENS = Array.from({ length: 6 }, (_, i) => `work-token-${i}-0123456789`);
const bearer = (i: number) => ({ authorization: `Bearer ${TOKENS[i]}` });
const MAX_RESPONSE_BYTES = 65_536;

let live: LiveHarness;
let serviceSid: string;
let channel: { id: string; sid: string };
const sockets: RawSocket[] = [];

beforeAll(async () => {
  live = await startLiveHarness({
    env: {
      CHATQL_API_TOKENS: TOKENS.join(","),
      CHATQL_MAX_SUBSCRIPTIONS_PER_CONNECTION: "2",
      CHATQL_MAX_RESPONSE_BYTES: String(MAX_RESPONSE_BYTES),
      CHATQL_WS_MAX_MESSAGE_BYTES: "8192",
    },
  });
  const url = live.chatql.graphqlUrl;
  const service = await postGraphQL(url, CreateServiceDocument, { input: { friendlyName: "work" } }, bearer(0));
  serviceSid = dataOf(service).createService.service!.sid;
  channel = dataOf(await postGraphQL(url, CreateChannelDocument, { input: { serviceSid, friendlyName: "general" } }, bearer(0)))
    .createChannel.channel!;
});
afterAll(async () => {
  for (const socket of sockets) socket.ws.terminate();
  await live.close();
});

const acked = (token: number) => connectAcked(live.wsUrl, bearer(token), sockets);

const subscribe = (id: string, query = "subscription($c: ID!) { messageEvents(channel: $c) { kind } }") => ({
  id,
  type: "subscribe",
  payload: { query, variables: { c: channel.id } },
});

const metricsText = async () => (await fetch(live.chatql.graphqlUrl.replace(/\/graphql$/, "/metrics"))).text();
const gauge = async (name: string) => Number(new RegExp(`^${name} (\\d+)$`, "m").exec(await metricsText())?.[1]);
/** chatql_subscriptions_refused_total for `reason`. */
const refusals = async (reason: string) =>
  Number(new RegExp(`^chatql_subscriptions_refused_total\\{reason="${reason}"\\} (\\d+)$`, "m").exec(await metricsText())?.[1] ?? 0);
const started = (requestIdEnd: string) =>
  live.logs.filter((line) => line.msg === "subscription started" && String(line.requestId).endsWith(`/${requestIdEnd}`));

/** Every message sent so far has been read by graphql-ws (it answers a ping after them); what came before the pong. */
async function allRead(socket: RawSocket): Promise<Array<{ type: string; id?: string; payload?: any }>> {
  socket.send({ type: "ping", payload: { mark: "read" } });
  const before: Array<{ type: string; id?: string; payload?: any }> = [];
  for (;;) {
    const message = await socket.next();
    if (message.type === "pong") return before;
    before.push(message);
  }
}

/** The message with `id` among those already received, or the next ones. */
async function messageFor(socket: RawSocket, id: string, received: Array<{ type: string; id?: string }>) {
  const found = received.find((message) => message.id === id);
  if (found) return found;
  for (;;) {
    const message = await socket.next();
    if (message.id === id) return message;
  }
}

describe("subscribes being started (CHATQL_MAX_SUBSCRIPTIONS_PER_CONNECTION, 2)", () => {
  it("count until their stream is set up, even when completed: 50 subscribe-complete pairs do not start 50 subscriptions", async () => {
    const socket = await acked(0);
    const refusedBefore = await refusals("too_many_starting");
    const fetches = await live.countUpstream(async () => {
      for (let i = 0; i < 50; i++) {
        socket.send(subscribe(`churn-${i}`));
        socket.send({ id: `churn-${i}`, type: "complete" });
      }
      await allRead(socket);
      // Each one started holds one of CHATQL_MAX_OPERATIONS_IN_FLIGHT's slots until set up.
      await vi.waitFor(async () => expect(await gauge("chatql_graphql_operations_in_flight")).toBe(0), { timeout: 5_000 });
    });
    const channelFetches = fetches.filter((call) => call.method === "GET" && /\/Channels\/CH[0-9a-f]{32}$/.test(call.path));
    expect(channelFetches.length).toBeGreaterThan(0);
    expect(channelFetches.length).toBeLessThanOrEqual(10); // 50 before; at most 2 a burst of messages read at once
    expect(await refusals("too_many_starting")).toBeGreaterThanOrEqual(refusedBefore + 40);
    // Every slot came back, and the connection still starts subscriptions.
    socket.send(subscribe("after"));
    await vi.waitFor(() => expect(started("after")).toHaveLength(1), { timeout: 5_000 });
  });
});

describe("a subscription id used again", () => {
  it("is refused while its first subscription is still ending (graphql-ws would mix the two up), and taken once it has ended", async () => {
    const socket = await acked(1);
    const refusedBefore = await refusals("id_in_use");
    socket.send(subscribe("again"));
    socket.send({ id: "again", type: "complete" });
    socket.send(subscribe("again"));
    const received = await allRead(socket);
    expect(await messageFor(socket, "again", received)).toMatchObject({
      type: "error",
      payload: [{ message: 'Subscription "again" is still ending: use another id', extensions: { code: "BAD_REQUEST" } }],
    });
    expect(await refusals("id_in_use")).toBe(refusedBefore + 1);
    const ended = () => live.logs.filter((line) => line.msg === "subscription ended" && String(line.requestId).endsWith("/again"));
    await vi.waitFor(() => expect(ended()).toHaveLength(1), { timeout: 5_000 });
    socket.send(subscribe("again", "subscription($c: ID!) { messageEvents(channel: $c) { kind message { body } } }"));
    await vi.waitFor(() => expect(started("again")).toHaveLength(2), { timeout: 5_000 });
    const sent = await postGraphQL(
      live.chatql.graphqlUrl,
      SendMessageDocument,
      { input: { serviceSid, channelSid: channel.sid, body: "to the second", from: "carol" } },
      bearer(0),
    );
    expect(dataOf(sent).sendMessage.userErrors).toEqual([]);
    expect(await messageFor(socket, "again", [])).toMatchObject({
      type: "next",
      payload: { data: { messageEvents: { kind: "ADDED", message: { body: "to the second" } } } },
    });
  });
});

describe("names in metric labels and log lines", () => {
  it("the subscription field is the schema's, not a fragment's name the client chose", async () => {
    const socket = await acked(1);
    const query =
      "subscription($c: ID!) { ...ClientChosenName } fragment ClientChosenName on Subscription { messageEvents(channel: $c) { kind } }";
    socket.send(subscribe("by-fragment", query));
    await vi.waitFor(() => expect(started("by-fragment")).toHaveLength(1), { timeout: 5_000 });
    expect(started("by-fragment")[0]).toMatchObject({ subscription: "messageEvents" });
  });

  it.each([
    ["at the bound is taken", SUBSCRIPTION_ID_MAX, null],
    ["one past it is refused, and not logged", SUBSCRIPTION_ID_MAX + 1, "BAD_REQUEST"],
  ])(`a subscription id of ${SUBSCRIPTION_ID_MAX} characters (SUBSCRIPTION_ID_MAX) %s`, async (_name, length, code) => {
    const socket = await acked(2);
    const id = "i".repeat(length);
    socket.send(subscribe(id));
    const received = await allRead(socket);
    if (code === null) {
      await vi.waitFor(() => expect(started(id)).toHaveLength(1), { timeout: 5_000 });
      socket.send({ id, type: "complete" });
    } else {
      expect(await messageFor(socket, id, received)).toMatchObject({ id, type: "error", payload: [{ extensions: { code } }] });
      expect(started(id)).toEqual([]);
      expect(await refusals("id_too_long")).toBeGreaterThanOrEqual(1);
    }
  });
});

describe(`messages a client does not read (CHATQL_MAX_RESPONSE_BYTES, ${MAX_RESPONSE_BYTES})`, () => {
  const dropped = async () =>
    Number(/^chatql_unread_responses_dropped_total\{reason="websocket_unread_bytes"\} (\d+)$/m.exec(await metricsText())?.[1] ?? 0);
  // graphql-ws answers every ping with a pong of the same payload: 4,000 of 4 KB are 16 MB, more
  // than loopback's socket buffers take, so a client that reads nothing leaves them with chatql.
  const pings = (socket: RawSocket, count = 4_000) => {
    for (let i = 0; i < count; i++) socket.send({ type: "ping", payload: { pad: "p".repeat(4_000) } });
  };

  it("a client that reads them all is served them all", async () => {
    const socket = await acked(3);
    const before = await dropped();
    // In rounds of 8 (32 KB, under the bound), each read before the next is sent: the same 16 MB,
    // never more than a round waiting (the client shares this process, so it reads between rounds).
    for (let round = 0; round < 500; round++) {
      pings(socket, 8);
      let pongs = 0;
      while (pongs < 8) if ((await socket.next()).type === "pong") pongs++;
    }
    expect(await dropped()).toBe(before);
  });

  it("a client that reads none is dropped once more than that waits for it", async () => {
    const socket = await acked(4);
    const before = await dropped();
    (socket.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    pings(socket);
    await vi.waitFor(async () => expect(await dropped()).toBe(before + 1), { timeout: 10_000 });
  });
});

describe("keep-alive (CHATQL_WS_KEEPALIVE_MS, 200 here)", () => {
  let quick: LiveHarness;
  beforeAll(async () => {
    quick = await startLiveHarness({ env: { CHATQL_API_TOKENS: TOKENS[5]!, CHATQL_WS_KEEPALIVE_MS: "200" } });
  });
  afterAll(() => quick.close());

  /** An acknowledged connection whose client answers pings itself (`ws`'s default) or not. */
  async function connected(autoPong: boolean) {
    const ws = new WebSocket(quick.wsUrl, "graphql-transport-ws", { autoPong });
    const pings: Buffer[] = [];
    ws.on("ping", (data) => pings.push(data));
    const closed = new Promise<number>((resolve) => ws.on("close", (code) => resolve(code)));
    await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
    ws.send(JSON.stringify({ type: "connection_init", payload: bearer(5) }));
    await new Promise((resolve) => ws.once("message", resolve));
    return { ws, pings, closed };
  }

  it("keeps a client that answers chatql's pings, ping after ping", async () => {
    const { ws, pings } = await connected(true);
    await vi.waitFor(() => expect(pings.length).toBeGreaterThanOrEqual(4), { timeout: 5_000, interval: 20 });
    expect(ws.readyState).toBe(WebSocket.OPEN);
    ws.close();
  });

  it("drops one that does not answer, by the next ping", async () => {
    const { pings, closed } = await connected(false);
    expect(await closed).toBe(1006); // terminated: no close frame
    expect(pings).toHaveLength(1);
  });

  it("drops one that sends pongs of its own without answering chatql's", async () => {
    const { ws, pings, closed } = await connected(false);
    const own = setInterval(() => ws.pong(Buffer.from("mine")), 20);
    try {
      expect(await closed).toBe(1006);
      expect(pings).toHaveLength(1);
    } finally {
      clearInterval(own);
    }
  });
});
