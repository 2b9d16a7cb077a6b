// The emulator survives being killed mid-write (issue #4). Each round starts
// `chatql emulator --port 0` as a child process on the same SQLite file, fires concurrent
// creates/updates/deletes over HTTP, SIGKILLs the process while writes are in flight, restarts
// it on the same file, and checks that:
//  - `PRAGMA integrity_check` is `ok`;
//  - every acknowledged (2xx) create is there, with the values of its last acknowledged update
//    (or of an update that was in flight at the kill: it may or may not have committed);
//  - every acknowledged delete is gone;
//  - what earlier rounds wrote is still there.

import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { spawnChatql } from "../support/chatql-process.js";
import { reportIfAsked } from "../support/test-logs.js";
import { basicAuth } from "./helpers.js";

const ROUNDS = 4;
const WRITERS = 20;
/** Kill once KILL_AFTER_ACKS × round writes of the round were acknowledged (a different point each round), or after KILL_AFTER_MS at the latest. */
const KILL_AFTER_ACKS = 40;
const KILL_AFTER_MS = 4_000;
const AUTH = basicAuth("AC" + "ab".repeat(16), "any-secret");

const dir = mkdtempSync(join(tmpdir(), "chatql-crash-"));
const dataFile = join(dir, "emulator.sqlite");
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the emulator CLI on the data file and returns its URL as printed on stdout. */
async function startEmulator(): Promise<{ child: ChildProcess; url: string }> {
  const emulator = spawnChatql(["emulator", "--port", "0", "--host", "127.0.0.1", "--data", dataFile]);
  children.push(emulator.child);
  // "chatql emulator (Twilio Chat v2)  http://127.0.0.1:PORT  data: FILE"
  const [, url] = await emulator.waitFor(/chatql emulator .*?(http:\/\/127\.0\.0\.1:\d+)/);
  return { child: emulator.child, url: url! };
}

interface State {
  friendlyName: string;
  channelMembers: number;
}

/** What a service may look like after the crash: its last acknowledged state, or one in flight. */
interface Tracked {
  acknowledged: State | "deleted";
  inFlight: Array<State | "deleted">;
}

async function call(url: string, method: string, path: string, form?: Record<string, string>): Promise<{ status: number; json: any }> {
  const response = await fetch(url + path, {
    method,
    headers: { authorization: AUTH, ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
    body: form ? new URLSearchParams(form).toString() : undefined,
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

/** One writer: creates, updates and deletes its own services until the emulator dies. */
async function writer(
  url: string,
  round: number,
  id: number,
  model: Map<string, Tracked>,
  counters: { acks: number; sent: number },
): Promise<void> {
  const mine: string[] = [];
  for (let n = 0; n < 500; n++) {
    const roll = Math.random();
    try {
      if (roll < 0.4 || mine.length === 0) {
        const friendlyName = `crash r${round} w${id} #${n} ✓ ünï`;
        counters.sent++;
        const { status, json } = await call(url, "POST", "/v2/Services", { FriendlyName: friendlyName });
        if (status !== 201) throw new Error(`create answered ${status}: ${JSON.stringify(json)}`);
        // The default of Limits.ChannelMembers is 100 (emulator defaults, as Twilio's).
        model.set(json.sid, { acknowledged: { friendlyName, channelMembers: json.limits.channel_members }, inFlight: [] });
        mine.push(json.sid);
        counters.acks++;
      } else if (roll < 0.85) {
        const sid = mine[Math.floor(Math.random() * mine.length)]!;
        const tracked = model.get(sid)!;
        const next: State = { friendlyName: `upd r${round} w${id} #${n} 🎉`, channelMembers: 1 + Math.floor(Math.random() * 1000) };
        tracked.inFlight.push(next);
        counters.sent++;
        const { status, json } = await call(url, "POST", `/v2/Services/${sid}`, {
          FriendlyName: next.friendlyName,
          "Limits.ChannelMembers": String(next.channelMembers),
        });
        if (status !== 200) throw new Error(`update answered ${status}: ${JSON.stringify(json)}`);
        tracked.inFlight.splice(tracked.inFlight.indexOf(next), 1);
        tracked.acknowledged = next;
        counters.acks++;
      } else {
        const sid = mine.splice(Math.floor(Math.random() * mine.length), 1)[0]!;
        const tracked = model.get(sid)!;
        tracked.inFlight.push("deleted");
        counters.sent++;
        const { status, json } = await call(url, "DELETE", `/v2/Services/${sid}`);
        if (status !== 204) throw new Error(`delete answered ${status}: ${JSON.stringify(json)}`);
        tracked.inFlight.pop();
        tracked.acknowledged = "deleted";
        counters.acks++;
      }
    } catch (error) {
      // A transport failure is the kill: stop. Anything else (a 4xx/5xx answer) is a bug.
      if (error instanceof Error && /answered/.test(error.message)) throw error;
      return;
    }
  }
}

function sameState(a: State | "deleted", b: State | "deleted"): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

describe("emulator killed mid-write", () => {
  it(`keeps every acknowledged write and an intact database over ${ROUNDS} SIGKILLs`, { timeout: 120_000 }, async () => {
    const model = new Map<string, Tracked>();
    const report: Array<{ round: number; sent: number; acked: number; inFlightAtKill: number }> = [];

    for (let round = 1; round <= ROUNDS; round++) {
      const { child, url } = await startEmulator();
      const counters = { acks: 0, sent: 0 };
      const writers = Promise.all(Array.from({ length: WRITERS }, (_, id) => writer(url, round, id, model, counters)));
      // Kill while writes are in flight: once enough were acknowledged (or at the time limit).
      const started = Date.now();
      while (counters.acks < KILL_AFTER_ACKS * round && Date.now() - started < KILL_AFTER_MS) await new Promise((r) => setTimeout(r, 5));
      const exited = once(child, "exit");
      const inFlightAtKill = counters.sent - counters.acks;
      child.kill("SIGKILL");
      const [code, signal] = await exited;
      expect(signal ?? code).toBe("SIGKILL");
      await writers;
      report.push({ round, sent: counters.sent, acked: counters.acks, inFlightAtKill });
      expect(counters.acks).toBeGreaterThan(0);
      // The process died with its write-ahead log not folded back: the restart has to recover it.
      expect(existsSync(`${dataFile}-wal`) && statSync(`${dataFile}-wal`).size > 0).toBe(true);

      // Restart on the same file: recovery of the WAL happens here.
      const restarted = await startEmulator();
      try {
        const db = new Database(dataFile, { readonly: true, fileMustExist: true });
        try {
          expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
          expect(db.pragma("foreign_key_check")).toEqual([]);
        } finally {
          db.close();
        }

        // Every service ever acknowledged, in this round or an earlier one.
        const problems: string[] = [];
        const entries = [...model];
        for (let i = 0; i < entries.length; i += 20) {
          await Promise.all(
            entries.slice(i, i + 20).map(async ([sid, tracked]) => {
              const { status, json } = await call(restarted.url, "GET", `/v2/Services/${sid}`);
              const actual: State | "deleted" | null =
                status === 404
                  ? "deleted"
                  : status === 200
                    ? { friendlyName: json.friendly_name, channelMembers: json.limits.channel_members }
                    : null;
              if (actual === null) return void problems.push(`${sid}: GET answered ${status}`);
              const allowed = [tracked.acknowledged, ...tracked.inFlight];
              if (!allowed.some((state) => sameState(state, actual))) {
                problems.push(
                  `${sid}: reads ${JSON.stringify(actual)}, acknowledged ${JSON.stringify(tracked.acknowledged)}, in flight ${JSON.stringify(tracked.inFlight)}`,
                );
              }
              // From here on the state is known again.
              tracked.acknowledged = actual;
              tracked.inFlight = [];
            }),
          );
        }
        expect(problems.slice(0, 10), `${problems.length} of ${entries.length} services`).toEqual([]);

        // Each role row of a live service survived with it (four defaults per service).
        const live = entries.filter(([, t]) => t.acknowledged !== "deleted").slice(0, 10);
        for (const [sid] of live) {
          const { status, json } = await call(restarted.url, "GET", `/v2/Services/${sid}/Roles`);
          expect(status).toBe(200);
          expect(json.roles).toHaveLength(4);
        }
        // And the list endpoint reads the whole table.
        expect((await call(restarted.url, "GET", "/v2/Services?PageSize=1000")).status).toBe(200);
      } finally {
        const stopped = once(restarted.child, "exit");
        restarted.child.kill("SIGTERM");
        await stopped;
      }
    }
    reportIfAsked("emulator crash rounds:", JSON.stringify(report), "services tracked:", model.size);
  });
});
