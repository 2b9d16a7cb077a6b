// `node --import tsx bench/ab.ts [commit …]`: chatql built at several commits, loaded side by side
// over one upstream, rounds alternated — to tell a regression from a noisy machine. Across two
// `npm run bench` runs the machine differs; within this one every build sees the same noise.
// Each round starts every build afresh, so a build's one lucky or unlucky process (how V8 compiled
// it, where its heap landed) counts in one round only: naming one commit twice (`abc1234 HEAD`
// for the same build) shows how far two processes of one build differ, the floor of what counts.
// Both Service scenarios of the throughput phase (service(sid), services(first: 50)), at concurrency
// 1 and 50. Besides req/s, each build's own CPU per request (its process's user + system time ÷ the
// requests it answered): on a machine other work keeps busy, req/s follows whatever CPU is left,
// while CPU per request changes much less, so it shows a regression that req/s would drown.
// Prints a table (medians over rounds, and each build's figures ÷ the first build's with the spread
// of that ratio over the rounds: its noise) and writes bench/.tmp/ab.json. Knobs:
// BENCH_ROUNDS (3), BENCH_DURATION_S (5), BENCH_WARMUP_S (10, before each scenario and concurrency
// in every round). Default commits: the last benchmarked one and HEAD; the first commit named is
// the baseline of the ratios.

import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BENCH_DIR, REPO_ROOT } from "./common.js";
import { cpuWindow, perRequest, processCpuMs } from "./cpu.js";
import { runLoad } from "./load.js";
import { sendOnce, serviceBySid, servicesPage, type Endpoints } from "./queries.js";
import { CONFIG } from "./results.types.js";
import { startChatqlChild, type RunningChatqlChild } from "./systems/chatql.js";
import { startUpstream } from "./systems/upstream.js";

const commits = process.argv.slice(2).length ? process.argv.slice(2) : ["0b75af7", "HEAD"];
// Results are kept by the name given: one build twice takes two names (`abc1234 HEAD`).
if (new Set(commits).size !== commits.length)
  throw new Error(`name each build once (got ${commits.join(" ")}); to run one build twice, give it two names`);
/** The middle value (the lower one of an even count); NaN for none. */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;

/**
 * The sources of `commit` compiled into bench/.tmp/ab/<commit id>/dist (node_modules found up the
 * tree). A commit's sources never change, so a build made by an earlier run is used again.
 */
function buildAt(commit: string): string {
  const id = execFileSync("git", ["rev-parse", "--verify", `${commit}^{commit}`], { cwd: REPO_ROOT, encoding: "utf8" }).trim();
  const out = join(BENCH_DIR, ".tmp", "ab", id);
  const entry = join(out, "dist", "cli.js");
  if (existsSync(entry) && existsSync(join(out, "built"))) return entry;
  rmSync(out, { recursive: true, force: true });
  const tree = join(out, "tree");
  mkdirSync(tree, { recursive: true });
  const paths = ["src", "spec", "package.json", "tsconfig.json", "tsconfig.build.json"].filter((p) => {
    try {
      execFileSync("git", ["cat-file", "-e", `${commit}:${p}`], { cwd: REPO_ROOT, stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  });
  const archive = execFileSync("git", ["archive", "--format=tar", commit, ...paths], { cwd: REPO_ROOT, maxBuffer: 256 * 1024 * 1024 });
  execFileSync("tar", ["-x", "-C", tree], { input: archive });
  execFileSync(
    process.execPath,
    [join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(tree, "tsconfig.build.json"), "--outDir", join(out, "dist")],
    {
      cwd: tree,
      stdio: "inherit",
    },
  );
  // As bench/systems/chatql.ts: package.json and spec/ sit two levels above dist/<dir>/.
  copyFileSync(join(tree, "package.json"), join(out, "package.json"));
  if (existsSync(join(tree, "spec"))) cpSync(join(tree, "spec"), join(out, "spec"), { recursive: true });
  writeFileSync(join(out, "built"), `${id}\n`);
  return entry;
}

const upstream = await startUpstream({ services: 60, delayMs: CONFIG.upstreamDelayMs });
const sid = upstream.services[0]?.sid;
if (!sid) throw new Error("the upstream seeded no service");
const scenarios = [
  { scenario: "service(sid)", target: (e: Endpoints) => serviceBySid("chatql", e, sid) },
  { scenario: "services(first: 50)", target: (e: Endpoints) => servicesPage("chatql", e) },
];
const entries = commits.map((commit) => ({ commit, entry: buildAt(commit) }));
type Measured = { rps: number; p50Ms: number; p99Ms: number; foreignCores: number; cpuMsPerRequest: number };
type Row = Omit<Measured, "foreignCores"> & {
  scenario: string;
  commit: string;
  connections: number;
  foreignCores: number;
  rpsRatios: number[];
  cpuRatios: number[];
};
/** scenario → concurrency → commit → one measurement a round. */
const measured = new Map<string, Map<string, Measured[]>>();
const cell = (scenario: string, connections: number, commit: string) => {
  const key = `${scenario}\u0000${connections}`;
  if (!measured.has(key)) measured.set(key, new Map(commits.map((c) => [c, []])));
  return measured.get(key)!.get(commit)!;
};
let running: Array<{ commit: string; chatql: RunningChatqlChild }> = [];
try {
  // Every round starts every build afresh: a process keeps what its start made of it (JIT choices,
  // heap layout) for its whole life, so builds compared on one process each differ by that as much
  // as by their code. Fresh processes each round put that spread into the ratios' range.
  for (let round = 1; round <= CONFIG.rounds; round++) {
    const order = round % 2 ? entries : [...entries].reverse();
    running = [];
    for (const { commit, entry } of order) {
      const chatql = await startChatqlChild({
        build: { entry, mode: "compiled (tsc → node dist/cli.js)" },
        upstreamUrl: upstream.url,
        name: `ab-${commit}`,
      });
      running.push({ commit, chatql });
    }
    for (const sc of scenarios) {
      for (const connections of [1, 50]) {
        const targets = running.map((r) => ({ ...r, target: sc.target({ upstream: upstream.url, chatql: r.chatql.url, mesh: null }) }));
        for (const t of targets) {
          await sendOnce(t.target);
          await runLoad(t.target, connections, CONFIG.warmupS);
        }
        for (const t of targets) {
          const window = cpuWindow(() => [process.pid, upstream.pid, ...running.map((r) => r.chatql.child.pid)]);
          const cpu0 = processCpuMs(t.chatql.child.pid);
          const r = await runLoad(t.target, connections, CONFIG.durationS);
          const cpuMsPerRequest = perRequest(cpu0, processCpuMs(t.chatql.child.pid), r.requests) ?? NaN;
          const foreignCores = window.stop().foreignCores ?? NaN;
          cell(sc.scenario, connections, t.commit).push({ rps: r.rps, p50Ms: r.p50Ms, p99Ms: r.p99Ms, foreignCores, cpuMsPerRequest });
          console.log(
            `${sc.scenario} c=${connections} round ${round} ${t.commit}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50Ms.toFixed(2)} ms, ${cpuMsPerRequest.toFixed(3)} ms CPU/request, other processes ${foreignCores} cores`,
          );
        }
      }
    }
    for (const r of running) await r.chatql.child.stop();
    running = [];
  }
  const rows: Row[] = [];
  for (const sc of scenarios) {
    for (const connections of [1, 50]) {
      // A round measured every build back to back, so a round's ratio shares that round's noise.
      const baseline = cell(sc.scenario, connections, commits[0] ?? "");
      for (const commit of commits) {
        const rs = cell(sc.scenario, connections, commit);
        rows.push({
          scenario: sc.scenario,
          commit,
          connections,
          rps: median(rs.map((r) => r.rps)),
          p50Ms: median(rs.map((r) => r.p50Ms)),
          p99Ms: median(rs.map((r) => r.p99Ms)),
          foreignCores: median(rs.map((r) => r.foreignCores)),
          cpuMsPerRequest: median(rs.map((r) => r.cpuMsPerRequest)),
          rpsRatios: rs.map((r, i) => r.rps / (baseline[i]?.rps ?? NaN)),
          cpuRatios: rs.map((r, i) => r.cpuMsPerRequest / (baseline[i]?.cpuMsPerRequest ?? NaN)),
        });
      }
    }
  }
  const base = commits[0] ?? "";
  const ratio = (xs: number[]) => `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
  console.log(
    `\n| scenario | commit | concurrency | req/s | ÷ ${base} (median, range over rounds) | chatql CPU ms/request | ÷ ${base} | p50 ms | p99 ms | other processes (cores) |` +
      "\n| --- | --- | ---: | ---: | --- | ---: | --- | ---: | ---: | ---: |",
  );
  for (const r of rows) {
    console.log(
      `| ${r.scenario} | ${r.commit} | ${r.connections} | ${r.rps.toFixed(0)} | ${ratio(r.rpsRatios)} | ${r.cpuMsPerRequest.toFixed(3)} | ${ratio(r.cpuRatios)} | ${r.p50Ms.toFixed(2)} | ${r.p99Ms.toFixed(2)} | ${r.foreignCores.toFixed(2)} |`,
    );
  }
  writeFileSync(
    join(BENCH_DIR, ".tmp", "ab.json"),
    JSON.stringify({ date: new Date().toISOString(), config: CONFIG, commits, rows }, null, 2) + "\n",
  );
} finally {
  for (const r of running) await r.chatql.child.stop();
  await upstream.close();
}
