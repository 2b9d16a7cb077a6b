// Aggregates a V8 .cpuprofile (from `node --cpu-prof`) into self time by owner (chatql's own code,
// graphql-js, Apollo, undici, node internals, …), by file and by function.
// Usage: node --import tsx bench/profile-summary.ts bench/profiles/<file>.cpuprofile [lastMs]

import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { REPO_ROOT } from "./common.js";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Share {
  name: string;
  ms: number;
  /** Percent of busy time (everything but "(idle)"). */
  pct: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  idleMs: number;
  busyMs: number;
  byOwner: Share[];
  byFile: Share[];
  byFunction: Share[];
  /** Our own code only, by function. */
  oursByFunction: Share[];
}

const repoUrl = pathToFileURL(REPO_ROOT).href;

/** Who a frame belongs to: our code, a package, node itself, or V8 bookkeeping. */
export function ownerOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === "(idle)") return "(idle)";
    if (functionName === "(garbage collector)") return "V8: garbage collector";
    if (functionName === "(program)") return "V8: (program) — native, outside JS";
    return "node/V8 native (builtins)";
  }
  if (url.startsWith("node:")) return "node core";
  const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
  if (pkg) {
    if (pkg === "graphql") return "graphql-js";
    if (pkg.startsWith("@apollo/")) return "Apollo Server";
    return pkg;
  }
  if (url.startsWith(repoUrl)) return "chatql (ours)";
  return "other";
}

function fileOf(frame: CallFrame): string {
  const { url } = frame;
  if (!url) return frame.functionName || "(native)";
  if (url.startsWith(repoUrl + "/")) return url.slice(repoUrl.length + 1).replace(/^bench\/\.tmp\/chatql\//, "");
  return /\/node_modules\/(.+)$/.exec(url)?.[1] ?? url;
}

/** `lastMs`: only the final stretch of the profile (the load window; start-up and module loading
 * happen before it), since the profile spans the whole process life. */
export function summarise(file: string, options: { top?: number; lastMs?: number } = {}): ProfileSummary {
  const top = options.top ?? 25;
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const at: number[] = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) at.push((t += delta));
  const from = options.lastMs === undefined ? -Infinity : t - options.lastMs * 1000;
  // Sample i's time is the delta to the next sample (V8's convention); the last one is dropped.
  for (const [i, sample] of profile.samples.entries()) {
    const sampledAt = at[i];
    const delta = profile.timeDeltas[i + 1];
    if (sampledAt === undefined || delta === undefined || sampledAt < from) continue;
    selfUs.set(sample, (selfUs.get(sample) ?? 0) + Math.max(0, delta));
  }
  const owner = new Map<string, number>();
  const files = new Map<string, number>();
  const functions = new Map<string, number>();
  const ours = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    total += us;
    const who = ownerOf(frame);
    if (who === "(idle)") {
      idle += us;
      continue;
    }
    owner.set(who, (owner.get(who) ?? 0) + us);
    const f = fileOf(frame);
    files.set(`${who} · ${f}`, (files.get(`${who} · ${f}`) ?? 0) + us);
    const fn = `${frame.functionName || "(anonymous)"} (${frame.url ? `${shortFile(f)}:${frame.lineNumber + 1}` : "native"})`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
    if (who === "chatql (ours)") ours.set(fn, (ours.get(fn) ?? 0) + us);
  }
  const busy = total - idle;
  const shares = (m: Map<string, number>, limit: number): Share[] =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, us]) => ({ name, ms: round(us / 1000), pct: round((100 * us) / Math.max(1, busy)) }));
  return {
    file: basename(file),
    totalMs: round(total / 1000),
    idleMs: round(idle / 1000),
    busyMs: round(busy / 1000),
    byOwner: shares(owner, 100),
    byFile: shares(files, top),
    byFunction: shares(functions, top),
    oursByFunction: shares(ours, 15),
  };
}

function shortFile(f: string): string {
  return f.length > 60 ? "…" + f.slice(-59) : f;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export function summaryMarkdown(s: ProfileSummary): string {
  const table = (title: string, rows: Share[]) =>
    [
      `| ${title} | self ms | % of busy |`,
      "| --- | ---: | ---: |",
      ...rows.map((r) => `| ${r.name.replace(/\|/g, "\\|")} | ${r.ms} | ${r.pct} |`),
    ].join("\n");
  return [
    `Profile \`${s.file}\`: ${s.totalMs} ms sampled, ${s.idleMs} ms idle, ${s.busyMs} ms busy (percentages are of busy time).`,
    "",
    table("owner", s.byOwner),
    "",
    table("file (top by self time)", s.byFile.slice(0, 15)),
    "",
    table("function (top by self time)", s.byFunction.slice(0, 20)),
    "",
    table("chatql's own functions", s.oursByFunction.slice(0, 10)),
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: node --import tsx bench/profile-summary.ts <file.cpuprofile>");
    process.exit(2);
  }
  console.log(summaryMarkdown(summarise(file, { lastMs: process.argv[3] ? Number(process.argv[3]) : undefined })));
}
