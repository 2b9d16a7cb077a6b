// A scriptable stand-in for the Chat v2 API over real HTTP on 127.0.0.1 (random port).
// Tests queue one reply per expected request (or set a default) and read back what arrived:
// method, path, headers and the raw body. Replies can also misbehave (reset, truncate, hang)
// to exercise the client's failure handling.

import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Path and query exactly as sent, e.g. `/v2/Services?PageSize=2`. */
  url: string;
  pathname: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Raw body as UTF-8 text. */
  body: string;
  /** Client socket port: equal ports on two requests mean the connection was kept alive. */
  remotePort: number | undefined;
}

/** A JSON (or raw text) reply. `json` wins over `body`; default status 200. */
export interface CannedReply {
  status?: number;
  headers?: Record<string, string>;
  json?: unknown;
  body?: string;
}

/** Full control: write (or refuse to write) the response yourself. */
export type ReplyHandler = (req: RecordedRequest, res: ServerResponse) => void;

export type Reply = CannedReply | ReplyHandler;

/** Ready-made misbehaviours. */
export const misbehave = {
  /** Destroy the socket before any response bytes: the client sees a reset / closed connection. */
  reset: (): ReplyHandler => (_req, res) => res.socket?.destroy(),
  /** Promise `Content-Length` bytes, send fewer, then destroy the socket. */
  truncate:
    (fullBody = '{"sid":"IS' + "0".repeat(32) + '","friendly_name":"x"}', sent = 10): ReplyHandler =>
    (_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(fullBody)) });
      res.write(fullBody.slice(0, sent), () => res.socket?.destroy());
    },
  /** Never answer (the fake closes the socket when it is closed). */
  hang: (): ReplyHandler => () => {},
  /** Send headers, then never finish the body. */
  stall: (): ReplyHandler => (_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
    res.write("{");
  },
  /**
   * Send the headers at once, then the body one byte every `everyMs` (a valid resource in the
   * end, if the client waits that long). Stops when the client goes away.
   */
  trickle:
    (everyMs = 50, fullBody = '{"sid":"IS' + "0".repeat(32) + '","friendly_name":"x"}'): ReplyHandler =>
    (_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(fullBody)) });
      let sent = 0;
      const timer = setInterval(() => {
        if (res.destroyed || sent >= fullBody.length) {
          clearInterval(timer);
          if (!res.destroyed) res.end();
          return;
        }
        res.write(fullBody[sent++]);
      }, everyMs);
      res.on("close", () => clearInterval(timer));
    },
};

export interface FakeUpstream {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  /** Queue replies, used in order, one per request. */
  reply(...replies: Reply[]): void;
  /** Reply used when the queue is empty; `undefined` restores the default (500 with a Twilio error body). */
  setDefault(reply: Reply | undefined): void;
  /** Forgets queued replies, recorded requests and the default (between tests). */
  reset(): void;
  /** Queued replies no request has used yet: a test that scripted a reply nobody asked for is wrong. */
  unusedReplies(): number;
  close(): Promise<void>;
}

const NO_REPLY: CannedReply = {
  status: 500,
  json: { code: 20500, message: "fake upstream: no reply scripted", more_info: "https://www.twilio.com/docs/errors/20500", status: 500 },
};

export interface FakeUpstreamOptions {
  /** Listen on this port (e.g. one a test saw refused) instead of a random one. */
  port?: number;
}

export async function startFakeUpstream(options: FakeUpstreamOptions = {}): Promise<FakeUpstream> {
  const requests: RecordedRequest[] = [];
  const queue: Reply[] = [];
  let fallback: Reply = NO_REPLY;

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const parsed = new URL(req.url ?? "/", "http://fake.local");
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        pathname: parsed.pathname,
        query: Object.fromEntries(parsed.searchParams),
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        remotePort: req.socket.remotePort,
      };
      requests.push(recorded);
      const reply = queue.shift() ?? fallback;
      if (typeof reply === "function") return reply(recorded, res);
      const text = reply.json !== undefined ? JSON.stringify(reply.json) : (reply.body ?? "");
      const headers: Record<string, string> = { ...reply.headers };
      if (reply.json !== undefined) headers["content-type"] ??= "application/json";
      headers["content-length"] ??= String(Buffer.byteLength(text));
      res.writeHead(reply.status ?? 200, headers);
      res.end(text);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    reply: (...replies) => void queue.push(...replies),
    setDefault: (reply) => void (fallback = reply ?? NO_REPLY),
    unusedReplies: () => queue.length,
    reset: () => {
      queue.length = 0;
      requests.length = 0;
      fallback = NO_REPLY;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // hung and keep-alive sockets too
      }),
  };
}

/** A minimal, valid Twilio error body. */
export function twilioError(status: number, code: number, message: string) {
  return { status, json: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status } };
}

/**
 * For an `afterEach`: every queued reply was used (the datasource-rest model: mocks asserted used),
 * then the fake is reset for the next test.
 */
export function expectRepliesUsed(fake: FakeUpstream): void {
  const unused = fake.unusedReplies();
  fake.reset();
  if (unused > 0) throw new Error(`${unused} queued upstream repl${unused === 1 ? "y was" : "ies were"} never requested`);
}
