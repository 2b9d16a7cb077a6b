// Clients that stop reading: each response has CHATQL_RESPONSE_TIMEOUT_MS to be taken, and the
// responses waiting, all connections together, CHATQL_MAX_UNREAD_RESPONSE_BYTES. Over real
// sockets, with answers of ~16 MB (far more than a socket that is not read takes into the kernel).

import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../graphql/harness.js";

const TIMEOUT_MS = 2000;
const MAX_UNREAD = 40 * 1024 * 1024; // two of the ~16 MB answers, not three
const MAX_RESPONSE = 20 * 1024 * 1024;

let harness: Harness;
let query: string;

beforeAll(async () => {
  harness = await startHarness({
    env: {
      CHATQL_RESPONSE_TIMEOUT_MS: String(TIMEOUT_MS),
      CHATQL_MAX_UNREAD_RESPONSE_BYTES: String(MAX_UNREAD),
      CHATQL_MAX_RESPONSE_BYTES: String(MAX_RESPONSE),
    },
  });
  const twilio = harness.twilio();
  const service = await twilio.chat.v2.services.create({ friendlyName: "unread" });
  const channel = await twilio.chat.v2.services(service.sid).channels.create({ friendlyName: "big" });
  for (let i = 0; i < 10; i++) {
    await twilio.chat.v2
      .services(service.sid)
      .channels(channel.sid)
      .messages.create({ body: String(i).repeat(32 * 1024 - 64) });
  }
  // 50 aliases of a page of ten 32 KB messages: one answer of about 16 MB.
  const pages = Array.from({ length: 50 }, (_, i) => `p${i}: messages(first: 10) { edges { node { body } } }`).join(" ");
  query = JSON.stringify({ query: `{ service(sid: "${service.sid}") { channel(sid: "${channel.sid}") { ${pages} } } }` });
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

/** A POST of `query` on a socket of its own that reads nothing until told to. */
function stalledClient(pipelined = 1): { socket: Socket; answered: Promise<void>; readAll(): Promise<{ promised: number; got: number }> } {
  const { hostname, port, pathname } = new URL(harness.chatql.graphqlUrl);
  const socket = connect(Number(port), hostname);
  socket.on("error", () => {}); // a reset when chatql closes it is what some tests expect
  const request =
    `POST ${pathname} HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${Buffer.byteLength(query)}\r\n\r\n${query}`;
  socket.write(request.repeat(pipelined));
  // A `readable` listener holds the socket in paused mode: it says bytes arrived without taking them.
  const answered = new Promise<void>((resolve) => socket.once("readable", resolve));
  return {
    socket,
    answered,
    readAll: () =>
      new Promise((resolve) => {
        let head = Buffer.alloc(0);
        let promised = Number.NaN;
        let got = 0;
        const done = () => resolve({ promised, got });
        socket.removeAllListeners("readable");
        socket.on("data", (chunk: Buffer) => {
          if (Number.isNaN(promised)) {
            head = Buffer.concat([head, chunk]);
            const end = head.indexOf("\r\n\r\n");
            if (end < 0) return;
            promised = Number(/content-length: (\d+)/i.exec(head.subarray(0, end).toString())?.[1]);
            got = head.length - end - 4;
          } else got += chunk.length;
          if (got >= promised) {
            socket.destroy();
            done();
          }
        });
        socket.on("close", done);
        socket.resume();
      }),
  };
}

async function drops(reason: string): Promise<number> {
  const text = await (await fetch(new URL("/metrics", harness.chatql.graphqlUrl))).text();
  return Number(new RegExp(`^chatql_unread_responses_dropped_total\\{reason="${reason}"\\} (\\d+)$`, "m").exec(text)?.[1] ?? 0);
}

async function until(check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("not within " + ms + " ms");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe(`responses a client does not read (CHATQL_RESPONSE_TIMEOUT_MS=${TIMEOUT_MS}, CHATQL_MAX_UNREAD_RESPONSE_BYTES=${MAX_UNREAD})`, () => {
  it("a client that starts reading within the time gets the whole answer", async () => {
    const before = await drops("timeout");
    const client = stalledClient();
    await client.answered;
    await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS / 2));
    const { promised, got } = await client.readAll();
    expect(promised).toBeGreaterThan(16_000_000);
    expect(got).toBe(promised);
    expect(await drops("timeout")).toBe(before);
  });

  it("a client that reads nothing for the time has its connection closed, with part of the answer; counted and logged", async () => {
    const before = await drops("timeout");
    const client = stalledClient();
    await client.answered;
    await until(async () => (await drops("timeout")) > before, 10 * TIMEOUT_MS);
    const { promised, got } = await client.readAll();
    expect(got).toBeLessThan(promised);
    expect(await drops("timeout")).toBe(before + 1);
    const line = harness.logs.findLast((l) => l.msg === "connection closed: response not read");
    expect(line).toMatchObject({ reason: "timeout", requestId: expect.any(String) });
  });

  it("past the bound, the connection holding the most is closed: a pipelined burst, not another client's slow reader", async () => {
    const before = await drops("unread_bytes");
    const reader = stalledClient();
    await reader.answered;
    const burst = stalledClient(2); // ~32 MB more on one connection: 48 MB in all
    await burst.answered;
    await until(async () => (await drops("unread_bytes")) > before, TIMEOUT_MS);
    const [readerRead, burstRead] = await Promise.all([reader.readAll(), burst.readAll()]);
    expect(readerRead.got).toBe(readerRead.promised);
    expect(burstRead.got).toBeLessThan(burstRead.promised);
    expect(await drops("unread_bytes")).toBe(before + 1);
  });
});
