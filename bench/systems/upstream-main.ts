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
  | { kind: "reply"; id: number; count: number; paths: Record<string, number>; finishedAt: number[]; delayed: DoorCount };

/** Requests that came through the delay proxy (replayed ones included), with arrival times. */
export interface DoorCount {
  count: number;
  paths: Record<string, number>;
  arrivedAt: number[];
}

const delayMs = Number(process.env.BENCH_UPSTREAM_DELAY_MS ?? "100");
let count = 0;
let paths: Record<string, number> = {};
/** Date.now() at which each counted request finished at the emulator (before any proxy delay). */
let finishedAt: number[] = [];
let delayedDoor: DoorCount = { count: 0, paths: {}, arrivedAt: [] };

/** SIDs and paging values collapsed, so a breakdown reads as "which endpoint, how often". */
function endpointKey(method: string, path: string, query: string): string {
  const params = new URLSearchParams(query).toString().replace(/=[^&]*/g, "");
  // Users are fetched by identity too (the chat screen's authors), so any name after /Users/ collapses.
  const collapsed = path.replace(/\b(IS|RL|CH|MB|IM|US)[0-9a-f]{32}\b/g, "$1…").replace(/\/Users\/[^/]+/, "/Users/…");
  return `${method} ${collapsed}${params ? `?${params}` : ""}`;
}

const emulator = await startEmulator({
  dataFile: ":memory:",
  accounts: [ACCOUNT],
  onRequest: ({ method, path, query }) => {
    count++;
    if (finishedAt.length < 10_000) finishedAt.push(Date.now());
    const key = endpointKey(method, path, query);
    paths[key] = (paths[key] ?? 0) + 1;
  },
});
const delayed = await startDelayProxy({
  target: emulator.url,
  delayMs,
  replay: true,
  onRequest: ({ method, url, arrivedAt }) => {
    const [path = url, query = ""] = url.split("?");
    const key = endpointKey(method, path, query);
    delayedDoor.count++;
    delayedDoor.paths[key] = (delayedDoor.paths[key] ?? 0) + 1;
    if (delayedDoor.arrivedAt.length < 10_000) delayedDoor.arrivedAt.push(arrivedAt);
  },
});

const send = (message: UpstreamReply) => process.send!(message);

process.on("message", async (message: UpstreamCommand) => {
  if (message.cmd === "reset") {
    count = 0;
    paths = {};
    finishedAt = [];
    delayedDoor = { count: 0, paths: {}, arrivedAt: [] };
  }
  if (message.cmd === "stop") {
    await delayed.close();
    await emulator.close();
  }
  send({ kind: "reply", id: message.id, count, paths, finishedAt, delayed: delayedDoor });
  if (message.cmd === "stop") process.exit(0);
});
process.on("disconnect", () => process.exit(0));

send({ kind: "ready", url: emulator.url, delayedUrl: delayed.url });
