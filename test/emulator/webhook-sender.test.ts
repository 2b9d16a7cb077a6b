// The emulator's webhook sender reads at most WEBHOOK_RESPONSE_MAX_BYTES of a target's answer:
// only the status counts, and a little is read so the connection can serve the next attempt. An
// answer at the bound is read whole (the connection is reused); one a byte over it, or one that
// never ends, is cut (the connection is closed) and still gives its status.

import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { WEBHOOK_RESPONSE_MAX_BYTES } from "../../src/emulator/limits.js";
import { WebhookSender } from "../../src/emulator/webhook/webhook.sender.js";

let server: Server | null = null;
let sender: WebhookSender | null = null;
afterEach(async () => {
  await sender?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(null));
  server = null;
  sender = null;
});

/** A target answering every request with `answer`; keeps the socket each request came on and what it wrote. */
async function target(answer: (res: ServerResponse) => void) {
  const seen = { sockets: [] as Socket[], written: 0 };
  server = createServer((req, res) => {
    seen.sockets.push(req.socket);
    req.resume();
    req.on("end", () => answer(res));
  });
  server.on("connection", (socket: Socket) => {
    const write = socket.write.bind(socket);
    socket.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      seen.written += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.byteLength;
      return write(chunk, ...rest);
    }) as Socket["write"];
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/hook`, seen };
}

const attempt = (url: string) =>
  sender!.send({ url, method: "POST", params: { EventType: "onMessageSent" }, authToken: "t".repeat(32) }, new AbortController().signal);

describe(`a webhook target's answer (WEBHOOK_RESPONSE_MAX_BYTES = ${WEBHOOK_RESPONSE_MAX_BYTES})`, () => {
  it("at the bound is read whole, and its connection serves the next attempt", async () => {
    const bytes = WEBHOOK_RESPONSE_MAX_BYTES;
    const { url, seen } = await target((res) => res.writeHead(200, { "content-length": bytes }).end("x".repeat(bytes)));
    sender = new WebhookSender(5_000);
    expect(await attempt(url)).toEqual({ status: 200 });
    await new Promise(setImmediate); // undici hands a connection back to its pool on the next turn
    expect(await attempt(url)).toEqual({ status: 200 });
    expect(seen.sockets).toHaveLength(2);
    expect(seen.sockets[1]).toBe(seen.sockets[0]);
  });

  it("a byte over it is not read: its status counts, and the sender closes its connection", async () => {
    const bytes = WEBHOOK_RESPONSE_MAX_BYTES + 1;
    const { url, seen } = await target((res) => res.writeHead(200, { "content-length": bytes }).end("x".repeat(bytes)));
    sender = new WebhookSender(5_000);
    expect(await attempt(url)).toEqual({ status: 200 });
    // Closed (reset) by the sender before it is itself closed: the test times out otherwise.
    const socket = seen.sockets[0]!;
    socket.on("error", () => {});
    if (!socket.destroyed) await new Promise((resolve) => socket.once("close", resolve));
  });

  it("one that never ends gives its status, and is cut after about the bound", async () => {
    let cut!: () => void;
    const closed = new Promise<void>((resolve) => (cut = resolve));
    const { url, seen } = await target((res) => {
      res.writeHead(503);
      const chunk = "y".repeat(16 * 1024);
      const more = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once("drain", more);
      };
      res.on("close", cut);
      more();
    });
    sender = new WebhookSender(5_000);
    expect(await attempt(url)).toEqual({ status: 503 });
    await closed; // by the sender, before it is itself closed: the test times out otherwise
    // What the target could write before the cut: the bound, plus what the sockets' buffers held.
    expect(seen.written).toBeLessThan(WEBHOOK_RESPONSE_MAX_BYTES + 4 * 1024 * 1024);
  });
});
