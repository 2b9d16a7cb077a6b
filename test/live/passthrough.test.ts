// Pass-through: each subscriber authenticates with its own Twilio credentials in connection_init,
// which Twilio (the emulator here) must accept, and sees only its own account's events, even an
// event another account signs about a channel SID of the subscriber's.

import twilio from "twilio";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CreateChannelDocument, CreateServiceDocument } from "../../examples/client/graphql.js";
import { ACCOUNT, dataOf, postGraphQL } from "../graphql/harness.js";
import { startLiveHarness, type LiveHarness } from "./live-harness.js";
import { connectAcked, connectRaw, init, type RawSocket } from "./ws-client.js";

const OTHER = { accountSid: "AC" + "2".repeat(32), authToken: "other-secret-token" };
/** Accounts used by one test each, so their credentials are tried (not remembered) when they connect. */
const THIRD = { accountSid: "AC" + "3".repeat(32), authToken: "third-secret-token" };
const FOURTH = { accountSid: "AC" + "4".repeat(32), authToken: "fourth-secret-token" };
const basic = (account: { accountSid: string; authToken: string }) =>
  `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString("base64")}`;

let live: LiveHarness;
const sockets: RawSocket[] = [];

beforeAll(async () => {
  live = await startLiveHarness({
    emulator: { accounts: [ACCOUNT, OTHER, THIRD, FOURTH] },
    env: {
      CHATQL_CREDENTIALS: "passthrough",
      CHATQL_WEBHOOK_AUTH_TOKEN: `${ACCOUNT.accountSid}:${ACCOUNT.authToken},${OTHER.accountSid}:${OTHER.authToken}`,
    },
  });
});
afterAll(async () => {
  for (const socket of sockets) socket.ws.terminate();
  await live.close();
});

/** A service and channel of `account`, made through chatql with its credentials. */
async function channelOf(account: typeof OTHER) {
  const auth = { authorization: basic(account) };
  const created = await postGraphQL(live.chatql.graphqlUrl, CreateServiceDocument, { input: { friendlyName: "mine" } }, auth);
  const service = dataOf(created).createService.service!;
  const input = { serviceSid: service.sid, friendlyName: "general" };
  const channel = dataOf(await postGraphQL(live.chatql.graphqlUrl, CreateChannelDocument, { input }, auth)).createChannel.channel!;
  return { serviceSid: service.sid, channel };
}

const connectAs = (account: typeof OTHER) => connectAcked(live.wsUrl, { authorization: basic(account) }, sockets);

const subscribeTo = (socket: RawSocket, id: string, channelId: string) => {
  const query = "subscription($c: ID!) { messageEvents(channel: $c) { message { body } } }";
  socket.send({ id, type: "subscribe", payload: { query, variables: { c: channelId } } });
};

describe("pass-through subscribers", () => {
  it("are refused when Twilio does not accept their credentials (4403), and accepted when it does", async () => {
    const socket = await connectRaw(live.wsUrl);
    sockets.push(socket);
    const answer = await init(socket, { authorization: basic({ ...OTHER, authToken: "wrong" }) });
    expect(answer).toEqual({ code: 4403, reason: "Twilio did not accept these credentials" });
    await connectAs(OTHER);
  });

  it("credentials are tried with one upstream request when first seen, and not again once they worked", async () => {
    const routes = async (work: () => Promise<unknown>) => (await live.countUpstream(work)).map((call) => `${call.method} ${call.path}`);
    const closed = async (socket: RawSocket) => {
      socket.ws.close();
      await socket.closed;
    };
    expect(await routes(async () => closed(await connectAs(FOURTH)))).toEqual(["GET /v2/Services"]);
    expect(await routes(async () => closed(await connectAs(FOURTH)))).toEqual([]);
  });

  it("a connection that closes while its credentials are tried is not counted: no connection slot or gauge left behind", async () => {
    const metrics = live.chatql.graphqlUrl.replace(/\/graphql$/, "/metrics");
    const open = async () => Number(/^chatql_websocket_connections (\d+)$/m.exec(await (await fetch(metrics)).text())?.[1]);
    const before = await open();
    const gone = await connectRaw(live.wsUrl);
    gone.send({ type: "connection_init", payload: { authorization: basic(THIRD) } });
    gone.ws.terminate(); // before Twilio (the emulator) has answered the credentials check
    await gone.closed;
    const again = await connectAs(THIRD);
    again.ws.close();
    await again.closed;
    await vi.waitFor(async () => expect(await open()).toBe(before), { timeout: 5_000, interval: 20 });
  });

  it("cannot subscribe to another account's channel: NOT_FOUND, as a query would answer", async () => {
    const theirs = await channelOf(ACCOUNT);
    const socket = await connectAs(OTHER);
    subscribeTo(socket, "1", theirs.channel.id);
    const answer = await socket.next();
    expect(answer).toMatchObject({ id: "1", type: "next", payload: { errors: [{ extensions: { code: "NOT_FOUND" } }] } });
  });

  it("see only their own account's events, even one another account signs about their channel", async () => {
    const mine = await channelOf(OTHER);
    const socket = await connectAs(OTHER);
    const listening = live.chatql.live.nextSubscription();
    subscribeTo(socket, "mine", mine.channel.id);
    await listening;
    // ACCOUNT signs (with its own token, which chatql knows) an event naming OTHER's service and channel.
    const forged = {
      EventType: "onMessageSent",
      AccountSid: ACCOUNT.accountSid,
      InstanceSid: mine.serviceSid,
      ChannelSid: mine.channel.sid,
      MessageSid: "IM" + "3".repeat(32),
      Body: "from another account",
    };
    const signature = twilio.getExpectedTwilioSignature(ACCOUNT.authToken, live.eventsUrl, forged);
    const headers = { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature };
    expect((await fetch(live.eventsUrl, { method: "POST", headers, body: new URLSearchParams(forged) })).status).toBe(200);
    // Then a real message of OTHER's: the first (and only) event its subscriber sees.
    const client = twilio(OTHER.accountSid, OTHER.authToken);
    client.chat.baseUrl = live.emulator.url;
    await client.chat.v2.services(mine.serviceSid).channels(mine.channel.sid).messages.create({ body: "my own" });
    const first = await socket.next();
    expect(first).toMatchObject({ id: "mine", type: "next", payload: { data: { messageEvents: { message: { body: "my own" } } } } });
  });
});
