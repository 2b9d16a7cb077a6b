// CHATQL_MAX_UPSTREAM_CALLS over subscriptions: every subscription's cost is checked alone when it
// starts, so without more one event could cost a token that budget once per subscription it holds
// (20 connections × 20 subscriptions × 300 calls for one message). The executions of one event
// for all of one token's subscriptions share one budget instead; another token has its own.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateChannelDocument, CreateServiceDocument } from "../../examples/client/graphql.js";
import { dataOf, postGraphQL } from "../graphql/harness.js";
import { startLiveHarness, type LiveHarness } from "./live-harness.js";
import { connectAcked, connectRaw, init, type RawSocket } from "./ws-client.js";

const TOKENS = ["budget-token-a-0123456789", "budget-token-b-0123456789"] as const;
/** Each event's selection below makes two upstream calls (the channel, then its service). */
const CALLS_PER_EXECUTION = 2;
const BUDGET = 4;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const SELECTION = "message { channel { friendlyName service { friendlyName } } }";

let live: LiveHarness;
let serviceSid: string;
let channel: { id: string; sid: string };
const sockets: RawSocket[] = [];

beforeAll(async () => {
  live = await startLiveHarness({
    env: { CHATQL_API_TOKENS: TOKENS.join(","), CHATQL_MAX_UPSTREAM_CALLS: String(BUDGET), CHATQL_MAX_RESPONSE_BYTES: "2048" },
  });
  const url = live.chatql.graphqlUrl;
  const service = await postGraphQL(url, CreateServiceDocument, { input: { friendlyName: "budget" } }, bearer(TOKENS[0]));
  serviceSid = dataOf(service).createService.service!.sid;
  const created = await postGraphQL(url, CreateChannelDocument, { input: { serviceSid, friendlyName: "general" } }, bearer(TOKENS[0]));
  channel = dataOf(created).createChannel.channel!;
});
afterAll(async () => {
  for (const socket of sockets) socket.ws.terminate();
  await live.close();
});

const connection = (token: string) => connectAcked(live.wsUrl, bearer(token), sockets);

async function subscribe(socket: RawSocket, id: string, selection = SELECTION): Promise<void> {
  const listening = live.chatql.live.nextSubscription();
  const query = `subscription($channel: ID!) { messageEvents(channel: $channel) { ${selection} } }`;
  socket.send({ id, type: "subscribe", payload: { query, variables: { channel: channel.id } } });
  await listening;
}

/** Sends one message and returns, per subscription (in the order given), the error codes of its event. */
async function oneMessage(subscribers: Array<[RawSocket, string]>): Promise<string[][]> {
  await live.twilio().chat.v2.services(serviceSid).channels(channel.sid).messages.create({ body: "hello" });
  const byId = new Map<string, string[]>();
  // A socket's subscriptions may answer in any order: read as many events as it has subscriptions.
  for (const socket of new Set(subscribers.map(([socket]) => socket))) {
    for (let count = subscribers.filter(([s]) => s === socket).length; count > 0; count--) {
      const event = (await socket.next()) as { id: string; type: string; payload: { errors?: Array<{ extensions: { code: string } }> } };
      expect(event.type).toBe("next");
      byId.set(
        event.id,
        (event.payload.errors ?? []).map((error) => error.extensions.code),
      );
    }
  }
  return subscribers.map(([, id]) => byId.get(id)!);
}

describe("one event's upstream calls, shared by a token's subscriptions (CHATQL_MAX_UPSTREAM_CALLS)", () => {
  it(`just under: ${BUDGET / CALLS_PER_EXECUTION} subscriptions on two connections fit the budget of ${BUDGET}`, async () => {
    const [a, b] = [await connection(TOKENS[0]), await connection(TOKENS[0])];
    await subscribe(a, "a1");
    await subscribe(b, "b1");
    expect(
      await oneMessage([
        [a, "a1"],
        [b, "b1"],
      ]),
    ).toEqual([[], []]);
    for (const [socket, id] of [
      [a, "a1"],
      [b, "b1"],
    ] as const)
      socket.send({ id, type: "complete" });
  });

  it("just over: a third subscription of the same token runs out, while another token's has a budget of its own", async () => {
    const [a, b, other] = [await connection(TOKENS[0]), await connection(TOKENS[0]), await connection(TOKENS[1])];
    await subscribe(a, "a1");
    await subscribe(a, "a2");
    await subscribe(b, "b1");
    await subscribe(other, "o1");
    const subscribers: Array<[RawSocket, string]> = [
      [a, "a1"],
      [a, "a2"],
      [b, "b1"],
      [other, "o1"],
    ];
    // Twice: the second event has a budget of its own again.
    for (let message = 0; message < 2; message++) {
      const codes = await oneMessage(subscribers);
      // The same token's three need 6 calls and share 4: whichever ask last run out (the one error
      // a refused call gives), the others are served; without the shared budget all three were.
      const ours = codes.slice(0, 3).flat();
      expect(ours.every((code) => code === "UPSTREAM_BUDGET_EXCEEDED")).toBe(true);
      expect(ours.length).toBeGreaterThanOrEqual(1);
      expect(ours.length).toBeLessThanOrEqual(3 * CALLS_PER_EXECUTION - BUDGET);
      expect(codes.slice(0, 3).filter((list) => list.length === 0).length).toBeGreaterThanOrEqual(1);
      expect(codes[3]).toEqual([]);
    }
  });
});

describe("an event's size (CHATQL_MAX_RESPONSE_BYTES=2048)", () => {
  it("sends an event under it, and one over it as RESPONSE_TOO_LARGE", async () => {
    const socket = await connection(TOKENS[1]);
    await subscribe(socket, "sized", "message { body }");
    const messages = live.twilio().chat.v2.services(serviceSid).channels(channel.sid).messages;
    await messages.create({ body: "x".repeat(1900) });
    expect(await socket.next()).toEqual({
      id: "sized",
      type: "next",
      payload: { data: { messageEvents: { message: { body: "x".repeat(1900) } } } },
    });
    await messages.create({ body: "x".repeat(2100) });
    expect(await socket.next()).toMatchObject({
      id: "sized",
      type: "next",
      payload: { data: null, errors: [{ extensions: { code: "RESPONSE_TOO_LARGE", maxBytes: 2048 } }] },
    });
    socket.send({ id: "sized", type: "complete" });
  });
});

describe("without access control", () => {
  it("each connection has its own share: clients behind one address (a proxy) do not starve each other", async () => {
    const open = await startLiveHarness({ env: { CHATQL_MAX_UPSTREAM_CALLS: String(BUDGET) } });
    try {
      const service = (await open.twilio().chat.v2.services.create({ friendlyName: "open" })).sid;
      const own = (await open.twilio().chat.v2.services(service).channels.create({ friendlyName: "general" })).sid;
      const channelId = Buffer.from(`Channel:${service}/${own}`).toString("base64url");
      const sockets = [await connectRaw(open.wsUrl), await connectRaw(open.wsUrl)];
      for (const [i, socket] of sockets.entries()) {
        expect(await init(socket, {})).toEqual({ type: "connection_ack" });
        for (const id of [`s${i}a`, `s${i}b`]) {
          const listening = open.chatql.live.nextSubscription();
          const query = `subscription($channel: ID!) { messageEvents(channel: $channel) { ${SELECTION} } }`;
          socket.send({ id, type: "subscribe", payload: { query, variables: { channel: channelId } } });
          await listening;
        }
      }
      await open.twilio().chat.v2.services(service).channels(own).messages.create({ body: "hello" });
      // Two connections from one address, two subscriptions each: 4 calls each, within each one's 4.
      for (const socket of sockets) {
        for (let n = 0; n < 2; n++) expect((await socket.next()) as { payload: { errors?: unknown } }).not.toHaveProperty("payload.errors");
      }
      for (const socket of sockets) socket.ws.terminate();
    } finally {
      await open.close();
    }
  });
});
