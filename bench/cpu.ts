// How much CPU *other* processes on the machine used while we measured. On a shared 2-core box
// that is the main source of noise, so every load round records it next to its numbers.

import { readFileSync } from "node:fs";

const CLK_TCK = 100; // USER_HZ on Linux

function machineBusyTicks(): number | null {
  try {
    // The first line: "cpu  user nice system idle iowait irq softirq steal …" (ticks since boot).
    const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0] ?? "";
    const [user, nice, system, , , irq, softirq, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
    if (user === undefined || nice === undefined || system === undefined || irq === undefined || softirq === undefined) return null;
    return user + nice + system + irq + softirq + steal;
  } catch {
    return null;
  }
}

/** CPU ticks (user + system) a process has used so far; null when they cannot be read (it has exited). */
function readTicks(pid: number): number | null {
  try {
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th of them.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(rest[11]) + Number(rest[12]);
  } catch {
    return null;
  }
}

/** CPU ticks a process has used so far; 0 when they cannot be read, for sums over processes. */
export function processTicks(pid: number): number {
  return readTicks(pid) ?? 0;
}

/**
 * CPU time (user + system) a process has used so far, in ms; null when it cannot be read, so that a
 * process that died during a round gives no figure rather than a negative one.
 */
export function processCpuMs(pid: number): number | null {
  const ticks = readTicks(pid);
  return ticks === null ? null : (ticks * 1000) / CLK_TCK;
}

/** CPU ms a request between two processCpuMs readings; null when either is missing or nothing was answered. */
export function perRequest(before: number | null, after: number | null, requests: number): number | null {
  return before === null || after === null || requests <= 0 ? null : (after - before) / requests;
}

export interface CpuWindow {
  /** Average cores used by processes that are not part of the benchmark (null off Linux). */
  stop(): { foreignCores: number | null; oursCores: number | null };
}

/** Starts measuring; `pids()` lists the benchmark's own processes (read at start and stop). */
export function cpuWindow(pids: () => number[]): CpuWindow {
  const t0 = performance.now();
  const busy0 = machineBusyTicks();
  const ours0 = new Map(pids().map((pid) => [pid, processTicks(pid)]));
  return {
    stop() {
      const seconds = (performance.now() - t0) / 1000;
      const busy1 = machineBusyTicks();
      if (busy0 === null || busy1 === null || seconds <= 0) return { foreignCores: null, oursCores: null };
      let ours = 0;
      for (const pid of pids()) ours += processTicks(pid) - (ours0.get(pid) ?? 0);
      const round2 = (n: number) => Math.round(n * 100) / 100;
      return {
        foreignCores: round2(Math.max(0, busy1 - busy0 - ours) / CLK_TCK / seconds),
        oursCores: round2(ours / CLK_TCK / seconds),
      };
    },
  };
}
