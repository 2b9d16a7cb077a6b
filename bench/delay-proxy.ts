// A reverse proxy that holds every upstream response for a fixed time before answering, so the
// latency scenario can model a distant Twilio (100 ms a round trip) in front of the local emulator.
// The delay is added once per request, after the upstream answered: a client that issues N calls
// in parallel pays it once, N calls in sequence pay it N times — which is what the scenario measures.

import { createServer, request as httpRequest, Agent, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface DelayProxy {
  url: string;
  close(): Promise<void>;
}

export async function startDelayProxy(options: { target: string; delayMs: number; host?: string }): Promise<DelayProxy> {
  const target = new URL(options.target);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
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
            setTimeout(() => {
              res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
              res.end(Buffer.concat(body));
            }, options.delayMs);
          });
        },
      );
      upstream.on("error", () => {
        res.writeHead(502, { "content-type": "application/json" });
        res.end(JSON.stringify({ code: 20500, message: "delay proxy: upstream failed", status: 502 }));
      });
      upstream.end(Buffer.concat(chunks));
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
