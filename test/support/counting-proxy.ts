// A reverse proxy in front of the emulator that counts upstream concurrency as Twilio would see
// it: requests in flight now and at most, from every chatql replica together. Each request can be
// held for `delayMs` (so that concurrent ones overlap) or until the gate opens (to keep a slot
// busy for as long as a test needs).

import { Agent, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";

export interface CountingProxy {
  url: string;
  /** Requests that arrived so far. */
  readonly arrived: number;
  readonly inFlight: number;
  readonly maxInFlight: number;
  /** Forgets the maximum (and the arrivals). */
  reset(): void;
  /** From now on, requests wait until `open()` before they go on. */
  closeGate(): void;
  open(): void;
  /** Resolves once `count` requests have arrived in all. */
  waitForArrivals(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startCountingProxy(target: string, delayMs = 0): Promise<CountingProxy> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  let arrived = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let gate: { opened: Promise<void>; open(): void } | null = null;
  const waiters: Array<{ count: number; resolve(): void }> = [];

  const server = createServer((req, res) => {
    arrived += 1;
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    for (const waiter of waiters.filter((w) => arrived >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      inFlight -= 1;
    };
    // A client that gives up (its deadline) ends the request here too.
    res.on("close", finish);
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      await Promise.all([gate?.opened, delayMs > 0 ? new Promise((resolve) => setTimeout(resolve, delayMs)) : null]);
      if (res.destroyed) return;
      const forwarded = request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers, agent },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forwarded.on("error", () => res.destroy());
      forwarded.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    get arrived() {
      return arrived;
    },
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    reset() {
      arrived = 0;
      maxInFlight = inFlight;
    },
    closeGate() {
      let open = () => {};
      const opened = new Promise<void>((resolve) => (open = resolve));
      gate = { opened, open };
    },
    open() {
      gate?.open();
      gate = null;
    },
    waitForArrivals(count) {
      if (arrived >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    async close() {
      gate?.open();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
