// A reverse proxy that holds every upstream response for a fixed time before answering, so the
// latency scenario can model a distant Twilio (100 ms a round trip) in front of the local emulator.
// The delay is added once per request: a client that issues N calls in parallel pays it once, N
// calls in sequence pay it N times — which is what the scenario measures.
//
// With `replay`, a GET answered 200 once is answered from memory afterwards (per URL and
// credentials). The emulator is one thread: 50 parallel calls would queue behind each other and add
// its processing time to the delay, which a real upstream serving calls in parallel would not.

import { createServer, request as httpRequest, Agent, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface DelayProxy {
  url: string;
  close(): Promise<void>;
}

export interface DelayProxyOptions {
  target: string;
  delayMs: number;
  host?: string;
  replay?: boolean;
  /** Called as each request arrives (before any delay). */
  onRequest?: (req: { method: string; url: string; arrivedAt: number }) => void;
}

type Recorded = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

export async function startDelayProxy(options: DelayProxyOptions): Promise<DelayProxy> {
  const target = new URL(options.target);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const recorded = new Map<string, Recorded>();
  const server: Server = createServer((req, res) => {
    options.onRequest?.({ method: req.method ?? "GET", url: req.url ?? "/", arrivedAt: Date.now() });
    const key = `${req.method} ${req.url} ${req.headers.authorization ?? ""}`;
    const hit = options.replay && req.method === "GET" ? recorded.get(key) : undefined;
    if (hit) {
      req.resume();
      setTimeout(() => {
        res.writeHead(hit.status, hit.headers);
        res.end(hit.body);
      }, options.delayMs);
      return;
    }
    const arrived = performance.now();
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      // A GET that fails on the wire is sent once more: a keep-alive socket the emulator closed as
      // it was reused (likely when 100 requests arrive at once after a quiet spell) is the proxy's
      // failure, not the upstream's, and would otherwise reach the system measured as a 502.
      const send = (attemptsLeft: number): void => {
        const upstream = httpRequest(
          {
            host: target.hostname,
            port: target.port,
            method: req.method,
            path: req.url,
            // Host is passed through, so the emulator builds its paging URLs on the proxy's origin.
            headers: req.headers,
            agent,
          },
          (upstreamRes) => {
            const body: Buffer[] = [];
            upstreamRes.on("data", (chunk: Buffer) => body.push(chunk));
            upstreamRes.on("end", () => {
              const answer: Recorded = { status: upstreamRes.statusCode ?? 502, headers: upstreamRes.headers, body: Buffer.concat(body) };
              if (options.replay && req.method === "GET" && answer.status === 200) recorded.set(key, answer);
              // The delay counts from arrival, so a slow emulator does not add to it (when it can).
              setTimeout(
                () => {
                  res.writeHead(answer.status, answer.headers);
                  res.end(answer.body);
                },
                Math.max(0, options.delayMs - (performance.now() - arrived)),
              );
            });
          },
        );
        upstream.on("error", () => {
          if (attemptsLeft > 0 && req.method === "GET") return send(attemptsLeft - 1);
          res.writeHead(502, { "content-type": "application/json" });
          res.end(JSON.stringify({ code: 20500, message: "delay proxy: upstream failed", status: 502 }));
        });
        upstream.end(Buffer.concat(chunks));
      };
      send(1);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
