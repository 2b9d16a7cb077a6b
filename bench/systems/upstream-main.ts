// The benchmark's upstream, run as a child process (forked with IPC by upstream.ts): chatql's
// Twilio-compatible emulator in `:memory:`, plus a delaying proxy in front of it for the latency
// scenario. Every request the emulator serves is counted here (its `onRequest` hook), whichever
// door it came through.

import { startEmulator } from "../../src/emulator/index.js";
import { startDelayProxy } from "../delay-proxy.js";
import { ACCOUNT } from "../common.js";

export type UpstreamCommand = { id: number; cmd: "count" | "reset" | "stop" };
export type UpstreamReply =
  | { kind: "ready"; url: string; delayedUrl: string }
  | { kind: "reply"; id: number; count: number; paths: Record<string, number> };

const delayMs = Number(process.env.BENCH_UPSTREAM_DELAY_MS ?? "100");
let count = 0;
let paths: Record<string, number> = {};

const emulator = await startEmulator({
  dataFile: ":memory:",
  accounts: [ACCOUNT],
  onRequest: ({ method, path }) => {
    count++;
    // SIDs collapsed, so the breakdown reads as "which endpoint, how often".
    const key = `${method} ${path.replace(/\b(IS|RL)[0-9a-f]{32}\b/g, "$1…")}`;
    paths[key] = (paths[key] ?? 0) + 1;
  },
});
const delayed = await startDelayProxy({ target: emulator.url, delayMs });

const send = (message: UpstreamReply) => process.send!(message);

process.on("message", async (message: UpstreamCommand) => {
  if (message.cmd === "reset") {
    count = 0;
    paths = {};
  }
  if (message.cmd === "stop") {
    await delayed.close();
    await emulator.close();
  }
  send({ kind: "reply", id: message.id, count, paths });
  if (message.cmd === "stop") process.exit(0);
});
process.on("disconnect", () => process.exit(0));

send({ kind: "ready", url: emulator.url, delayedUrl: delayed.url });
