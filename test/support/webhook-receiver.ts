// A webhook target for tests: an HTTP server on a random loopback port that records every request
// (its parameters from the form body or, for a GET, the query string), answers as the test says
// (a status, or "hold" until released), and lets a test wait for the n-th request without sleeping.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedWebhook {
  method: string;
  /** The URL as the sender addressed it (what it signed): base URL + path + query. */
  url: string;
  path: string;
  headers: IncomingMessage["headers"];
  /** The POST body's parameters, or a GET's query parameters. */
  params: Record<string, string>;
  /** The parameters to give a signature check: the POST body's, none for a GET. */
  signedParams: Record<string, string>;
  /** How many requests had arrived before this one. */
  index: number;
}

/** What to answer: a status, or hold the request open until `release()`. */
export type Answer = number | "hold";

export interface WebhookReceiver {
  /** e.g. http://127.0.0.1:54321 (no trailing slash). */
  base: string;
  received: ReceivedWebhook[];
  /** What happened, in order: `arrived <path>` and `answered <path> <status>`. */
  timeline: string[];
  /** Resolves with the requests once `count` have arrived in all. */
  waitFor(count: number): Promise<ReceivedWebhook[]>;
  /** Answers every held request with `status`. */
  release(status?: number): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(answer: (webhook: ReceivedWebhook) => Answer = () => 200): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const timeline: string[] = [];
  const held: Array<{ res: ServerResponse; path: string }> = [];
  const waiters: Array<{ count: number; resolve: (all: ReceivedWebhook[]) => void }> = [];
  let base = "";

  const respond = (res: ServerResponse, path: string, status: number) => {
    timeline.push(`answered ${path} ${status}`);
    res.writeHead(status, { "content-type": "text/plain" }).end("ok");
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", base);
      const body = Buffer.concat(chunks).toString("utf8");
      const bodyParams = Object.fromEntries(new URLSearchParams(body));
      const webhook: ReceivedWebhook = {
        method: req.method ?? "GET",
        url: base + (req.url ?? "/"),
        path: url.pathname,
        headers: req.headers,
        params: req.method === "GET" ? Object.fromEntries(url.searchParams) : bodyParams,
        signedParams: req.method === "GET" ? {} : bodyParams,
        index: received.length,
      };
      received.push(webhook);
      timeline.push(`arrived ${webhook.path}`);
      for (const waiter of waiters.filter((w) => received.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(received.slice());
      }
      const what = answer(webhook);
      if (what === "hold") held.push({ res, path: webhook.path });
      else respond(res, webhook.path, what);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    base,
    received,
    timeline,
    waitFor(count) {
      if (received.length >= count) return Promise.resolve(received.slice());
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    release(status = 200) {
      for (const { res, path } of held.splice(0)) respond(res, path, status);
    },
    async close() {
      for (const { res } of held.splice(0)) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
