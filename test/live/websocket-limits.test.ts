// The WebSocket door as an attacker (and a sloppy client) meets it: access control in
// connection_init, browser origins, every bound just under and just over (connections per
// credentials, subscriptions per connection, message size, time to initialise) and a subscriber
// that stops reading, which is dropped instead of buffered without bound.

import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CreateChannelDocument, CreateServiceDocument } from "../../examples/client/graphql.js";
import { dataOf, postGraphQL } from "../graphql/harness.js";
import { startLiveHarness, type LiveHarness } from "./live-harness.js";
import { connectAcked, connectRaw, init, type RawSocket } from "./ws-client.js";

// A token per test, so that one test's connections (closing as the next starts) never count against another's.
const TOKENS = Array.from({ length: 14 }, (_, i) => `live-token-${i}-0123456789`);
const TOKEN = TOKENS[0]!;
const LIMITS = {
  CHATQL_API_TOKENS: TOKENS.join(","),
  CHATQL_MAX_CONNECTIONS_PER_TOKEN: "2",
  CHATQL_MAX_SUBSCRIPTIONS_PER_CONNECTION: "2",
  CHATQL_WS_MAX_MESSAGE_BYTES: "4096",
  CHATQL_WS_INIT_TIMEOUT_MS: "300",
  CHATQL_SUBSCRIPTION_BUFFER_EVENTS: "2",
  CHATQL_CORS_ORIGINS: "https://app.example.com",
};
const BEARER = { authorization: `Bearer ${TOKEN}` };
const bearer = (i: number) => ({ authorization: `Bearer ${TOKENS[i]}` });

let live: LiveHarness;
let serviceSid: string;
let channel: { id: string; sid: string };
const sockets: RawSocket[] = [];

beforeAll(async () => {
  live = await startLiveHarness({ env: LIMITS });
  const url = live.chatql.graphqlUrl;
  const service = await postGraphQL(url, CreateServiceDocument, { input: { friendlyName: "limits" } }, BEARER);
  serviceSid = dataOf(service).createService.service!.sid;
  const created = await postGraphQL(url, CreateChannelDocument, { input: { serviceSid, friendlyName: "general" } }, BEARER);
  channel = dataOf(created).createChannel.channel!;
});
afterAll(async () => {
  for (const socket of sockets) socket.ws.terminate();
  await live.close();
});

async function open(headers: Record<string, string> = {}): Promise<RawSocket> {
  const socket = await connectRaw(live.wsUrl, headers);
  sockets.push(socket);
  return socket;
}

const acked = (payload: Record<string, unknown> = BEARER) => connectAcked(live.wsUrl, payload, sockets);

const messageEvents = (id: string, selection = "kind message { body }") => {
  const query = `subscription($channel: ID!) { messageEvents(channel: $channel) { ${selection} } }`;
  return { id, type: "subscribe", payload: { query, variables: { channel: channel.id } } };
};

async function subscribed(socket: RawSocket, id: string, selection?: string): Promise<void> {
  const listening = live.chatql.live.nextSubscription();
  socket.send(messageEvents(id, selection));
  await listening;
}

describe("access control in connection_init", () => {
  it.each([
    ["no credentials", {}],
    ["a wrong token", { authorization: "Bearer wrong-token-000000000" }],
    ["a token in the wrong form", { authorization: TOKEN }],
  ])("closes the connection on %s with 4403 and the reason", async (_name, payload) => {
    const socket = await open();
    expect(await init(socket, payload)).toEqual({ code: 4403, reason: "A valid Authorization: Bearer token is required" });
  });

  it.each([
    ["connection_init's authorization", async () => acked(bearer(8))],
    ["connection_init's headers.authorization", async () => acked({ headers: bearer(9) })],
    [
      "the upgrade request's Authorization header",
      async () => {
        const socket = await open(bearer(10));
        expect(await init(socket, {})).toEqual({ type: "connection_ack" });
        return socket;
      },
    ],
  ])("accepts the token in %s", async (_name, connect) => {
    const socket = await connect();
    socket.ws.close();
  });
});

describe("browser origins and paths", () => {
  it("refuses an upgrade from an origin CORS does not allow, with 403, and takes an allowed one", async () => {
    await expect(connectRaw(live.wsUrl, { origin: "https://evil.example" })).rejects.toMatchObject({ status: 403 });
    const socket = await open({ origin: "https://app.example.com" });
    expect(await init(socket, BEARER)).toEqual({ type: "connection_ack" });
    socket.ws.close();
  });

  it("refuses an upgrade anywhere but /graphql with 404", async () => {
    await expect(connectRaw(live.wsUrl.replace(/graphql$/, "metrics"))).rejects.toMatchObject({ status: 404 });
  });

  // What `curl --http2` sends over plain http: the request is answered as HTTP/1.1, as if it had not asked.
  it.each([
    ["GET /healthz", "GET /healthz HTTP/1.1\r\nHost: chatql\r\n", /^HTTP\/1\.1 200 OK[\s\S]*\{"status":"ok"\}/],
    [
      "a POST with a body (which Node no longer parses)",
      "POST /graphql HTTP/1.1\r\nHost: chatql\r\nContent-Type: application/json\r\nContent-Length: 2\r\n",
      /^HTTP\/1\.1 400 Bad Request/,
    ],
  ])("answers %s that asks to upgrade to h2c over HTTP/1.1", async (_name, head, answer) => {
    const { port } = new URL(live.chatql.graphqlUrl);
    const text = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1");
      let received = "";
      socket.setEncoding("utf8");
      socket.on("data", (chunk: string) => (received += chunk));
      socket.on("close", () => resolve(received));
      socket.on("error", reject);
      const body = head.startsWith("POST") ? "{}" : "";
      socket.write(`${head}Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n${body}`);
    });
    expect(text).toMatch(answer);
  });
});

describe("bounds, just under and just over", () => {
  it("CHATQL_MAX_CONNECTIONS_PER_TOKEN (2): a third connection with the same token is closed; one closing makes room", async () => {
    const first = await acked(bearer(1));
    await acked(bearer(1));
    const refused = { code: 4403, reason: "Too many connections with these credentials (at most 2)" };
    expect(await init(await open(), bearer(1))).toEqual(refused);
    // Another token is not affected.
    await acked(bearer(2));
    first.ws.close();
    await first.closed;
    // chatql counts the closed one out when it sees it close, which may be just after this side does:
    // each try waits for chatql's answer (refused, or acknowledged), never for a timer.
    let answer = await init(await open(), bearer(1));
    for (let tries = 0; "code" in answer && tries < 50; tries++) answer = await init(await open(), bearer(1));
    expect(answer).toEqual({ type: "connection_ack" });
  });

  it("CHATQL_MAX_CONNECTIONS_PER_TOKEN counts the token, not how the header spells it", async () => {
    const token = TOKENS[6]!;
    await acked({ authorization: `Bearer ${token}` });
    await acked({ authorization: `bearer   ${token}  ` });
    const refused = { code: 4403, reason: "Too many connections with these credentials (at most 2)" };
    expect(await init(await open(), { authorization: `BEARER ${token}` })).toEqual(refused);
  });

  it("CHATQL_MAX_SUBSCRIPTIONS_PER_CONNECTION (2): the third subscription is refused; completing one makes room", async () => {
    const socket = await acked(bearer(3));
    await subscribed(socket, "1");
    await subscribed(socket, "2");
    socket.send(messageEvents("3"));
    expect(await socket.next()).toEqual({
      id: "3",
      type: "error",
      payload: [
        {
          message: "This connection already has 2 subscriptions (CHATQL_MAX_SUBSCRIPTIONS_PER_CONNECTION)",
          extensions: { code: "TOO_MANY_SUBSCRIPTIONS" },
        },
      ],
    });
    socket.send({ id: "1", type: "complete" });
    await subscribed(socket, "4");
    socket.ws.close();
    await socket.closed;
  });

  it("CHATQL_WS_MAX_MESSAGE_BYTES (4096): a message of 4096 bytes is read, one of 4097 closes the connection with 1009", async () => {
    const socket = await acked(bearer(4));
    const ping = (size: number) => {
      const bare = JSON.stringify({ type: "ping", payload: { pad: "" } });
      return JSON.stringify({ type: "ping", payload: { pad: "x".repeat(size - bare.length) } });
    };
    expect(Buffer.byteLength(ping(4096))).toBe(4096);
    socket.send(ping(4096));
    expect((await socket.next()).type).toBe("pong");
    socket.send(ping(4097));
    expect((await socket.closed).code).toBe(1009);
  });

  it("CHATQL_WS_INIT_TIMEOUT_MS: connection_init sent 150 ms into the 300 is acknowledged", async () => {
    const socket = await open();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await init(socket, BEARER)).toEqual({ type: "connection_ack" });
  });

  it("CHATQL_WS_INIT_TIMEOUT_MS: a connection that never sends connection_init is closed with 4408", async () => {
    const socket = await open();
    expect(await socket.closed).toEqual({ code: 4408, reason: "Connection initialisation timeout" });
  });
});

describe("a subscription id reused while its first subscribe is still starting", () => {
  it("leaves no event stream behind: subscribe, complete and subscribe again, back to back, then close", async () => {
    const before = live.chatql.live.subscriptions;
    const socket = await acked(bearer(7));
    for (const id of ["a", "b"]) {
      socket.send(messageEvents(id));
      socket.send({ id, type: "complete" });
      socket.send(messageEvents(id));
    }
    // The second subscribe of each is refused (BAD_REQUEST): its first is still ending.
    socket.send(messageEvents("last"));
    await live.chatql.live.whenSubscriptions(before + 1);
    socket.ws.close();
    await socket.closed;
    // Every stream the connection started ends with it; none is left listening for events.
    await vi.waitFor(() => expect(live.chatql.live.subscriptions).toBe(before), { timeout: 5_000, interval: 20 });
  });
});

describe("a subscriber that stops reading", () => {
  it("is dropped with SLOW_CONSUMER past CHATQL_SUBSCRIPTION_BUFFER_EVENTS; a reading one on the same channel gets them all", async () => {
    const slow = await acked(bearer(5));
    const reader = await acked(bearer(5));
    // Big events (the message body, twenty times over), so the socket's buffers fill soon.
    const big = Array.from({ length: 20 }, (_, i) => `m${i}: message { body attributes }`).join(" ");
    await subscribed(slow, "slow", `kind ${big}`);
    await subscribed(reader, "reader", "message { index }");
    slow.ws.pause();
    const twilio = live.twilio().chat.v2.services(serviceSid).channels(channel.sid).messages;
    const body = "x".repeat(30_000);
    let sent = 0;
    // Until chatql drops the slow subscriber (one subscription left: the reader's); a cap so a bug cannot loop forever.
    while (live.chatql.live.subscriptions > 1 && sent < 1000) {
      await twilio.create({ body, attributes: JSON.stringify({ pad: "y".repeat(10_000) }) });
      sent += 1;
    }
    expect(live.chatql.live.subscriptions).toBe(1);
    for (let index = 0; index < sent; index++) {
      const event = { id: "reader", type: "next", payload: { data: { messageEvents: { message: { index } } } } };
      expect(await reader.next()).toMatchObject(event);
    }
    slow.ws.resume();
    let message = await slow.next();
    let delivered = 0;
    while (message.type === "next" && !message.payload.errors) {
      delivered += 1;
      message = await slow.next();
    }
    expect(delivered).toBeLessThan(sent);
    expect(message).toEqual({
      id: "slow",
      type: "next",
      payload: {
        data: null,
        errors: [
          expect.objectContaining({ extensions: { code: "SLOW_CONSUMER" }, message: expect.stringMatching(/^More than 2 events waited/) }),
        ],
      },
    });
    expect(await slow.next()).toEqual({ id: "slow", type: "complete" });
  });
});

describe("a variable that does not fit its type", () => {
  it("is refused as BAD_USER_INPUT without quoting its value, in the answer or the logs", async () => {
    const socket = await acked(bearer(11));
    const sent = `ws-SECRET-${Math.random().toString(36).slice(2)}-xxxxxxxxxxxx`;
    const logged = live.logs.length;
    const query = `subscription($channel: ID!) { messageEvents(channel: $channel) { kind } }`;
    socket.send({ id: "bad", type: "subscribe", payload: { query, variables: { channel: { token: sent } } } });
    const answer = await socket.next();
    expect(answer).toMatchObject({ id: "bad", type: "error" });
    expect(answer.payload).toEqual([
      expect.objectContaining({
        message: 'Variable "$channel" got invalid value; ID cannot represent value.',
        extensions: { code: "BAD_USER_INPUT" },
      }),
    ]);
    expect(JSON.stringify(answer)).not.toContain(sent);
    expect(
      live.logs
        .slice(logged)
        .map((entry) => entry.raw)
        .join("\n"),
    ).not.toContain(sent);
  });
});

describe("the operation name in the log lines", () => {
  it("is cut to 100 characters when the subscription starts and when it ends", async () => {
    const socket = await acked(bearer(12));
    const name = "N".repeat(1500);
    const query = `subscription ${name}($channel: ID!) { messageEvents(channel: $channel) { kind } }`;
    const listening = live.chatql.live.nextSubscription();
    socket.send({ id: "named", type: "subscribe", payload: { query, operationName: name, variables: { channel: channel.id } } });
    await listening;
    socket.send({ id: "named", type: "complete" });
    await vi.waitFor(() =>
      expect(live.logs.some((entry) => entry.msg === "subscription ended" && entry.requestId?.toString().endsWith("/named"))).toBe(true),
    );
    const lines = live.logs.filter((entry) => String(entry.requestId).endsWith("/named"));
    expect(lines.map((entry) => entry.msg)).toEqual(["subscription started", "subscription ended"]);
    for (const line of lines) expect(line.operationName).toBe(name.slice(0, 100));
  });
});

describe("a client that resets its connection while an upgrade is answered", () => {
  it.each([
    ["a refused upgrade (404)", "GET /nope HTTP/1.1\r\nHost: chatql\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n"],
    ["an h2c request answered plainly", "GET /metrics HTTP/1.1\r\nHost: chatql\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n"],
  ])("does not take the process down: %s", async (_name, request) => {
    const { port } = new URL(live.chatql.graphqlUrl);
    // Resets at several points of the answer; an error with no listener would be an uncaught exception here.
    for (let attempt = 0; attempt < 30; attempt++) {
      await new Promise<void>((resolve) => {
        const socket = connect(Number(port), "127.0.0.1", () => {
          socket.write(request);
          setTimeout(() => socket.resetAndDestroy(), attempt % 5);
        });
        socket.on("close", () => resolve());
        socket.on("error", () => resolve());
      });
    }
    expect((await fetch(live.chatql.graphqlUrl.replace("/graphql", "/healthz"))).status).toBe(200);
  });
});
