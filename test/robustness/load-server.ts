// Child process of concurrent-load.test.ts: the emulator (in memory) and chatql in front of it,
// started by the shared e2e harness, in a process of their own so the test can measure *their*
// heap after real garbage collections (`node --expose-gc`), which vitest's worker cannot.
//
// IPC protocol (process.send / "message"):
//   → { type: "ready", graphqlUrl }            once both servers listen
//   ← { type: "heap" }  → { type: "heap", heapUsed, rss }   after full GCs
//   ← { type: "close" } → exits 0 after closing both servers

import "reflect-metadata";
import { setImmediate as tick } from "node:timers/promises";
import { startHarness } from "../graphql/harness.js";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("load-server needs node --expose-gc");

const harness = await startHarness();
process.send!({ type: "ready", graphqlUrl: harness.chatql.graphqlUrl });

process.on("message", (message: { type: string }) => {
  if (message.type === "heap") {
    void (async () => {
      // The harness records every upstream request and captures every log line (one per
      // operation, ~2 KB each) for its own tests; that is test instrumentation, not chatql, so
      // both are emptied before measuring. The log lines alone were ~25 MB after 14,000 requests,
      // most of the heap check's margin.
      harness.upstreamRequests.length = 0;
      harness.logs.length = 0;
      for (let i = 0; i < 4; i++) {
        gc();
        await tick();
      }
      const { heapUsed, rss } = process.memoryUsage();
      process.send!({ type: "heap", heapUsed, rss });
    })();
  } else if (message.type === "close") {
    void harness.close().then(() => process.exit(0));
  }
});
// The parent went away without saying so: do not linger.
process.on("disconnect", () => process.exit(0));
