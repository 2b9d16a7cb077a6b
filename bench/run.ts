// `npm run bench`: chatql against direct REST (the floor) and GraphQL Mesh (the peer), all on
// loopback, over the same upstream (chatql's emulator in :memory:). Writes bench/results/latest.json
// and BENCHMARKS.md. Not part of `npm test`: timings belong here, not in tests.
//
// Knobs (env): BENCH_ROUNDS (3), BENCH_DURATION_S (5), BENCH_WARMUP_S (2), BENCH_SERVICES (60),
// BENCH_PROFILE_S (10), BENCH_SKIP_MESH=1.

import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem, release } from "node:os";
import { join } from "node:path";
import { BENCH_DIR, REPO_ROOT, at, sleep } from "./common.js";
import { cpuWindow, perRequest, processCpuMs } from "./cpu.js";
import { besideDirect, closeDirect, directChatScreen, directInbox, directPageWithRoles, type DirectRun } from "./direct.js";
import { checkInbox, INBOX, inboxMinimum, inboxQuery, inboxTargets, seedInbox, type SeededInbox } from "./inbox.js";
import { runLoad, type LoadTarget } from "./load.js";
import {
  aliasedServices,
  chatScreen,
  chatScreenContent,
  pageWithRoles,
  sendOnce,
  serviceBySid,
  servicesPage,
  type Endpoints,
  type SystemName,
} from "./queries.js";
import { runLiveBench } from "./live.js";
import { summarise } from "./profile-summary.js";
import { renderMarkdown } from "./report.js";
import {
  CONFIG,
  type ChatScreenResult,
  type CpuPerRequest,
  type InboxResult,
  type LatencyResult,
  type Results,
  type Round,
  type Target,
  type ThroughputResult,
} from "./results.types.js";
import type { ChildSystem } from "./systems/child.js";
import { buildChatql, startChatqlChild, type ChatqlBuild, type RunningChatqlChild } from "./systems/chatql.js";
import { startBareNode, type RunningBareNode } from "./systems/bare-node.js";
import { composeSupergraph, ensurePeers, peerVersions, startMesh, type RunningMesh } from "./systems/mesh.js";
import { startUpstream, type SeededChatScreen, type Upstream } from "./systems/upstream.js";

const started = Date.now();
const log = (line: string) => console.log(`[bench +${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? at(s, mid) : (at(s, mid - 1) + at(s, mid)) / 2;
};

/** The median of one process's CPU per request over rounds; null when any round lacks it. */
const medianOf = (rs: Round[], k: keyof CpuPerRequest): number | null => {
  const xs = rs.map((r) => r.cpuMsPerRequest?.[k] ?? null);
  return xs.length && xs.every((x) => x !== null) ? median(xs as number[]) : null;
};

const children: ChildSystem[] = [];
let upstream: Upstream | undefined;
const ourPids = () => [process.pid, ...(upstream ? [upstream.pid] : []), ...children.filter((c) => c.alive).map((c) => c.pid)];

async function measuredLoad(target: LoadTarget, connections: number, durationS: number, system: ChildSystem | null): Promise<Round> {
  const pids: Record<keyof CpuPerRequest, number | null> = {
    system: system?.pid ?? null,
    upstream: upstream?.pid ?? null,
    loadGenerator: process.pid,
  };
  const cpuOf = (k: keyof CpuPerRequest) => (pids[k] === null ? null : processCpuMs(pids[k]));
  const window = cpuWindow(ourPids);
  const before = { system: cpuOf("system"), upstream: cpuOf("upstream"), loadGenerator: cpuOf("loadGenerator") };
  const result = await runLoad(target, connections, durationS);
  const cpuMsPerRequest: CpuPerRequest = {
    system: perRequest(before.system, cpuOf("system"), result.requests),
    upstream: perRequest(before.upstream, cpuOf("upstream"), result.requests),
    loadGenerator: perRequest(before.loadGenerator, cpuOf("loadGenerator"), result.requests),
  };
  return { ...result, ...window.stop(), cpuMsPerRequest };
}

/** Other engineers' test runs share this machine: wait (bounded) for them to quiet down. */
async function waitForQuiet(maxS = 15, threshold = 0.3): Promise<number | null> {
  const deadline = Date.now() + maxS * 1000;
  let foreign: number | null = null;
  do {
    const window = cpuWindow(ourPids);
    await sleep(1000);
    foreign = window.stop().foreignCores;
    if (foreign === null || foreign <= threshold) return foreign;
  } while (Date.now() < deadline);
  log(`machine still busy (${foreign} cores used by other processes); measuring anyway`);
  return foreign;
}

async function main(): Promise<void> {
  const notes: string[] = [];
  log(`config ${JSON.stringify(CONFIG)}`);

  const build = await buildChatql();
  log(`chatql runs as ${build.mode}${build.note ? ` — ${build.note}` : ""}`);
  if (build.note) notes.push(`chatql ran through bin/chatql.js: ${build.note}`);

  upstream = await startUpstream({ services: CONFIG.services, delayMs: CONFIG.upstreamDelayMs });
  log(`upstream ${upstream.url} (delayed: ${upstream.delayedUrl}), ${upstream.services.length} services seeded`);
  // After the other seeding, so the services scenarios see the same first pages as before.
  const inboxSeed = await seedInbox(upstream.url);
  await upstream.reset();
  log(`inbox seeded: ${inboxSeed.channels.length} channels of "${inboxSeed.me}"`);

  const chatql = await startChatqlChild({ build, upstreamUrl: upstream.url });
  children.push(chatql.child);
  log(`chatql ${chatql.url}`);

  let mesh: RunningMesh | null = null;
  let meshState: Results["mesh"] = { available: false, reason: "skipped (BENCH_SKIP_MESH=1)" };
  if (!process.env.BENCH_SKIP_MESH) {
    try {
      await ensurePeers(log);
      const supergraph = await composeSupergraph(upstream.url, "fast");
      mesh = await startMesh(supergraph, "mesh");
      children.push(mesh.child);
      meshState = { available: true };
      log(`Mesh ${mesh.url}`);
    } catch (error) {
      meshState = { available: false, reason: oneLine(error) };
      log(`Mesh unavailable: ${meshState.reason}`);
    }
  }

  let bare: RunningBareNode | null = null;
  let bareReason = "";
  try {
    bare = await startBareNode(upstream.url);
    children.push(bare.child);
    log(`bare Node ${bare.url}`);
  } catch (error) {
    bareReason = oneLine(error);
    log(`bare Node unavailable: ${bareReason}`);
  }

  const endpoints: Endpoints = { upstream: upstream.url, chatql: chatql.url, mesh: mesh?.url ?? null, bare: bare?.url ?? null };
  const processOf: Record<SystemName, ChildSystem | null> = {
    "direct REST": null,
    "bare Node": bare?.child ?? null,
    chatql: chatql.child,
    Mesh: mesh?.child ?? null,
  };
  const sid = upstream.services[0]?.sid;
  if (!sid) throw new Error("the upstream seeded no service");

  // ---- throughput ----
  const throughput: ThroughputResult[] = [];
  const scenarios: Array<{ scenario: string; description: string; target: (s: SystemName) => LoadTarget }> = [
    { scenario: "service(sid)", description: "one service by SID (9 scalar fields)", target: (s) => serviceBySid(s, endpoints, sid) },
    {
      scenario: "services(first: 50)",
      description: "first page of 50 services (9 scalar fields each)",
      target: (s) => servicesPage(s, endpoints),
    },
  ];
  for (const sc of scenarios) {
    const systems: SystemName[] = ["direct REST", "bare Node", "chatql", "Mesh"];
    const unavailable = new Map<SystemName, string>();
    if (!mesh) unavailable.set("Mesh", meshState.reason ?? "unavailable");
    if (!bare) unavailable.set("bare Node", bareReason);
    for (const s of systems) {
      if (unavailable.has(s)) continue;
      try {
        await sendOnce(sc.target(s));
      } catch (error) {
        unavailable.set(s, `correctness check failed: ${oneLine(error)}`);
        log(`${sc.scenario} / ${s}: ${unavailable.get(s)}`);
      }
    }
    for (const connections of CONFIG.concurrency) {
      const rounds = new Map<SystemName, Round[]>(systems.map((s) => [s, []]));
      const peaks = new Map<SystemName, number>();
      for (const s of systems) {
        if (unavailable.has(s)) continue;
        log(`${sc.scenario} c=${connections} warm-up ${s}`);
        await runLoad(sc.target(s), connections, CONFIG.warmupS);
      }
      for (const s of systems) processOf[s]?.resetPeakRss();
      for (let round = 1; round <= CONFIG.rounds; round++) {
        await waitForQuiet();
        // Alternating the systems round by round spreads any drift (thermal, GC, the other
        // processes) over all of them instead of penalising whichever ran last.
        const order = round % 2 ? systems : [...systems].reverse();
        for (const s of order) {
          if (unavailable.has(s)) continue;
          const result = await measuredLoad(sc.target(s), connections, CONFIG.durationS, processOf[s]);
          rounds.get(s)!.push(result);
          log(
            `${sc.scenario} c=${connections} round ${round} ${s}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms, errors ${result.errors}, other processes ${result.foreignCores} cores`,
          );
        }
      }
      for (const s of systems) {
        const peak = processOf[s]?.peakRssMiB();
        if (peak != null) peaks.set(s, peak);
      }
      throughput.push({
        scenario: sc.scenario,
        description: sc.description,
        concurrency: connections,
        systems: systems.map((s) => {
          const rs = rounds.get(s)!;
          return {
            system: s,
            available: !unavailable.has(s),
            reason: unavailable.get(s),
            rounds: rs,
            rps: median(rs.map((r) => r.rps)),
            p50Ms: median(rs.map((r) => r.p50Ms)),
            p99Ms: median(rs.map((r) => r.p99Ms)),
            errors: rs.reduce((a, r) => a + r.errors, 0),
            meanBytes: median(rs.map((r) => r.meanBytes)),
            foreignCores: rs.length && rs.every((r) => r.foreignCores !== null) ? median(rs.map((r) => r.foreignCores!)) : null,
            cpuMsPerRequest: {
              system: medianOf(rs, "system"),
              upstream: medianOf(rs, "upstream"),
              loadGenerator: medianOf(rs, "loadGenerator"),
            },
            peakRssMiB: peaks.get(s) ?? null,
          };
        }),
      });
    }
  }

  // ---- upstream efficiency ----
  const named = upstream.services.slice(0, 20);
  const efficiency: Results["upstreamEfficiency"] = { minimum: 40, services: 20, aliases: 5, systems: [] };
  for (const s of ["chatql", "Mesh"] as const) {
    if (s === "Mesh" && !mesh) {
      efficiency.systems.push({ system: s, available: false, reason: meshState.reason });
      continue;
    }
    await upstream.settleAndReset();
    try {
      await sendOnce(aliasedServices(s, endpoints, named));
      const counted = await upstream.count();
      efficiency.systems.push({ system: s, available: true, upstreamRequests: counted.count, paths: counted.paths });
      log(`upstream efficiency ${s}: ${counted.count} upstream requests`);
    } catch (error) {
      efficiency.systems.push({ system: s, available: false, reason: oneLine(error) });
      log(`upstream efficiency ${s}: ${oneLine(error)}`);
    }
  }

  // ---- chat screen (issue #11): upstream requests, and wall time without the delay ----
  const chatScreenResult = await chatScreenUndelayed(endpoints, meshState);

  // ---- inbox (issue #12): upstream requests, the answer checked, and wall time without the delay ----
  const inboxResult = await inboxUndelayed(endpoints, meshState, inboxSeed);

  // Stop the fast-upstream instances before the next phases, so they take no memory or CPU.
  await chatql.child.stop();
  if (mesh) await mesh.child.stop();

  // ---- latency: every upstream response delayed by 100 ms ----
  const latency: Results["latency"] = { delayMs: CONFIG.upstreamDelayMs, minimumMs: 2 * CONFIG.upstreamDelayMs, systems: [] };
  {
    let slowChatql: RunningChatqlChild | null = null;
    let slowMesh: RunningMesh | null = null;
    try {
      latency.systems.push(await measureLatency("direct REST", directPageWithRoles(upstream.delayedUrl)));
    } catch (error) {
      latency.systems.push({ system: "direct REST", available: false, reason: oneLine(error), runsMs: [] });
    }
    try {
      slowChatql = await startChatqlChild({ build, upstreamUrl: upstream.delayedUrl, name: "chatql-delayed" });
      children.push(slowChatql.child);
      latency.systems.push(await measureLatency("chatql", pageWithRoles("chatql", slowChatql.url)));
    } catch (error) {
      latency.systems.push({ system: "chatql", available: false, reason: oneLine(error), runsMs: [] });
    } finally {
      await slowChatql?.child.stop();
    }
    if (!mesh) {
      latency.systems.push({ system: "Mesh", available: false, reason: meshState.reason, runsMs: [] });
    } else {
      try {
        slowMesh = await startMesh(await composeSupergraph(upstream.delayedUrl, "delayed"), "mesh-delayed");
        children.push(slowMesh.child);
        latency.systems.push(await measureLatency("Mesh", pageWithRoles("Mesh", slowMesh.url)));
      } catch (error) {
        latency.systems.push({ system: "Mesh", available: false, reason: oneLine(error), runsMs: [] });
      } finally {
        await slowMesh?.child.stop();
      }
    }
  }

  // ---- chat screen (issue #11) and inbox (issue #12): wall time with the 100 ms upstream ----
  {
    const sid = upstream.chatScreen.serviceSid;
    const [chat, inbox] = await screensDelayed(build, meshState, [
      { label: "chat screen", target: (s, url) => chatScreen(s, url, sid), direct: directChatScreen(upstream.delayedUrl, sid) },
      { label: "inbox", target: (s, url) => inboxQuery(s, url, inboxSeed), direct: directInbox(upstream.delayedUrl, inboxSeed) },
    ]);
    chatScreenResult.latency = chat ?? [];
    inboxResult.latency = inbox ?? [];
  }

  // ---- CPU profile of chatql under load ----
  const profile: Results["profile"] = {};
  {
    const dir = join(BENCH_DIR, "profiles");
    rmSync(dir, { recursive: true, force: true });
    let profiled: RunningChatqlChild | null = null;
    try {
      profiled = await startChatqlChild({ build, upstreamUrl: upstream.url, name: "chatql-profiled", cpuProfile: true });
      children.push(profiled.child);
      const target = serviceBySid("chatql", { ...endpoints, chatql: profiled.url }, sid);
      await sendOnce(target);
      await runLoad(target, 50, CONFIG.warmupS);
      log(`profiling chatql: service(sid) at c=50 for ${CONFIG.profileS} s`);
      const loaded = await runLoad(target, 50, CONFIG.profileS);
      profile.loadRps = loaded.rps;
      await profiled.child.stop(15_000);
      const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
      if (!file) throw new Error("chatql wrote no .cpuprofile (did it exit through its SIGTERM handler?)");
      profile.profileFile = `bench/profiles/${file}`;
      // Only the measured load window: the profile also covers start-up and the warm-up.
      profile.summary = summarise(join(dir, file), { lastMs: CONFIG.profileS * 1000 });
    } catch (error) {
      profile.error = oneLine(error);
      log(`profile failed: ${profile.error}`);
      await profiled?.child.stop();
    }
  }

  // ---- chat screen (issue #11): where chatql's CPU goes on it ----
  chatScreenResult.profile = await chatScreenProfile(build, upstream.url);

  // ---- live updates over two replicas, and the limiter's overhead (issue 13): bench/live.ts ----
  const live = await runLiveBench({ build, log: (line) => log(`live: ${line}`) });

  // ---- report ----
  const results: Results = {
    date: new Date().toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
    machine: machine(),
    versions: versions(),
    chatqlRun: build.mode,
    config: CONFIG,
    mesh: meshState,
    throughput,
    upstreamEfficiency: efficiency,
    latency,
    chatScreen: chatScreenResult,
    inbox: inboxResult,
    profile,
    live,
    targets: [],
    notes,
  };
  results.targets = evaluateTargets(results);
  mkdirSync(join(BENCH_DIR, "results"), { recursive: true });
  writeFileSync(join(BENCH_DIR, "results", "latest.json"), JSON.stringify(results, null, 2) + "\n");
  writeFileSync(join(REPO_ROOT, "BENCHMARKS.md"), renderMarkdown(results));
  log("wrote bench/results/latest.json and BENCHMARKS.md");
  for (const t of results.targets)
    log(`target ${t.met === null ? "n/a" : t.met ? "MET" : "NOT MET"}: ${t.name} — ${t.value} (target ${t.target})`);
}

/** Sequential wall-clock timings of one query (after CONFIG.latencyWarmups warm-up runs), plus its upstream calls. */
async function measureLatency(system: SystemName, target: LoadTarget | DirectRun, label = "latency"): Promise<LatencyResult> {
  const once = typeof target === "function" ? target : () => sendOnce(target);
  await waitForQuiet();
  for (let i = 0; i < CONFIG.latencyWarmups; i++) await once();
  await upstream!.settleAndReset();
  const runsMs: number[] = [];
  for (let i = 0; i < CONFIG.latencyRuns; i++) {
    const t0 = performance.now();
    await once();
    runsMs.push(Math.round((performance.now() - t0) * 10) / 10);
    await sleep(50);
  }
  const counted = (await upstream!.count()).delayed;
  // One more run, to see the round-trip structure: when did each upstream call arrive?
  await upstream!.reset();
  const sentAt = Date.now();
  await once();
  const arrivedAtMs = (await upstream!.count()).delayed.arrivedAt.map((t) => t - sentAt).sort((a, b) => a - b);
  const waves: number[] = [];
  let previous = -Infinity;
  for (const t of arrivedAtMs) {
    if (t - previous >= CONFIG.upstreamDelayMs / 2) waves.push(1);
    else waves.push((waves.pop() ?? 0) + 1);
    previous = t;
  }
  const result: LatencyResult = {
    system,
    available: true,
    runsMs,
    medianMs: median(runsMs),
    minMs: Math.min(...runsMs),
    upstreamRequests: Math.round(counted.count / CONFIG.latencyRuns),
    paths: Object.fromEntries(Object.entries(counted.paths).map(([k, v]) => [k, v / CONFIG.latencyRuns])),
    arrivedAtMs,
    waves,
  };
  log(
    `${label} ${system}: median ${result.medianMs} ms (runs ${runsMs.join(", ")}), ${result.upstreamRequests} upstream requests per query, in ${waves.length} sequential waves (${waves.join(" + ")})`,
  );
  return result;
}

function evaluateTargets(r: Results): Target[] {
  const find = (scenario: string, c: number, s: SystemName) =>
    r.throughput.find((t) => t.scenario === scenario && t.concurrency === c)?.systems.find((x) => x.system === s && x.available);
  const targets: Target[] = [];
  {
    const cq = find("service(sid)", 1, "chatql");
    const d = find("service(sid)", 1, "direct REST");
    const overhead = cq && d ? cq.p50Ms - d.p50Ms : NaN;
    targets.push({
      name: "chatql p50 overhead over direct REST, service(sid), concurrency 1",
      target: "≤ 1 ms",
      value: Number.isNaN(overhead) ? "not measured" : `${overhead.toFixed(2)} ms (${cq!.p50Ms.toFixed(2)} vs ${d!.p50Ms.toFixed(2)} ms)`,
      met: Number.isNaN(overhead) ? null : overhead <= 1,
    });
  }
  for (const scenario of ["service(sid)", "services(first: 50)"]) {
    const cq = find(scenario, 50, "chatql");
    const m = find(scenario, 50, "Mesh");
    const bare = find(scenario, 50, "bare Node");
    const ratio = cq && m ? cq.rps / m.rps : NaN;
    // What no Node layer can pass on this machine, for reading the ratio (bench/systems/bare-node-main.ts).
    const ceiling = bare && m ? `; bare Node ${(bare.rps / m.rps).toFixed(2)}×` : "";
    targets.push({
      name: `chatql req/s ÷ Mesh req/s, ${scenario}, concurrency 50`,
      target: "≥ 3×",
      value: Number.isNaN(ratio) ? "not measured" : `${ratio.toFixed(2)}× (${cq!.rps.toFixed(0)} vs ${m!.rps.toFixed(0)} req/s${ceiling})`,
      met: Number.isNaN(ratio) ? null : ratio >= 3,
    });
  }
  {
    const cq = r.upstreamEfficiency.systems.find((s) => s.system === "chatql");
    targets.push({
      name: "chatql upstream requests, 20 services × 5 aliases + 3 default roles",
      target: `= ${r.upstreamEfficiency.minimum} (minimum)`,
      value: cq?.upstreamRequests === undefined ? `not measured (${cq?.reason ?? "?"})` : String(cq.upstreamRequests),
      met: cq?.upstreamRequests === undefined ? null : cq.upstreamRequests <= r.upstreamEfficiency.minimum,
    });
  }
  {
    const cq = r.latency.systems.find((s) => s.system === "chatql");
    const limit = r.latency.minimumMs + 30;
    targets.push({
      name: "chatql wall time, services(first: 50) + defaultServiceRole, upstream +100 ms",
      target: `≤ ${limit} ms (2 round trips + 30 ms)`,
      value:
        cq?.medianMs === undefined ? `not measured (${cq?.reason ?? "?"})` : `${cq.medianMs} ms median${besideDirect(r.latency.systems)}`,
      met: cq?.medianMs === undefined ? null : cq.medianMs <= limit,
    });
  }
  targets.push(...chatScreenTargets(r));
  targets.push(...inboxTargets(r));
  return targets;
}

// ---- chat screen (issue #11) ----

const CHAT_SCREEN = { channels: 20, messages: 10 } as const;

/** What the seeded data must show: the first 20 channels (oldest first), each with its newest 10 messages. */
function expectedChatScreen(seeded: SeededChatScreen): Map<string, string[]> {
  return new Map(
    seeded.channels.slice(0, CHAT_SCREEN.channels).map((c) => [
      c.friendlyName,
      c.messages
        .slice(-CHAT_SCREEN.messages)
        .map((m) => `${seeded.authors[m.from]}: ${m.body}`)
        .sort(),
    ]),
  );
}

/** "ok", or the first way the answer differs from the seeded screen. */
function checkChatScreen(system: "chatql" | "Mesh", body: unknown, expected: Map<string, string[]>): string {
  const got = chatScreenContent(system, body);
  const names = [...got.keys()];
  if (names.join("|") !== [...expected.keys()].join("|"))
    return `channels ${names.slice(0, 3).join(", ")}… (${names.length}) instead of the first ${expected.size}`;
  for (const [name, lines] of expected) {
    const gotLines = got.get(name)!;
    if (gotLines.join("|") !== lines.join("|"))
      return `${name}: ${gotLines.length} messages, e.g. "${gotLines[0]}", instead of its newest ${lines.length}`;
  }
  return "ok";
}

/** With the undelayed upstream (the instances of the throughput phase): requests per query, a check of the answer, and wall time. */
async function chatScreenUndelayed(endpoints: Endpoints, meshState: Results["mesh"]): Promise<ChatScreenResult> {
  const seeded = upstream!.chatScreen;
  const expected = expectedChatScreen(seeded);
  const authors = new Set(
    seeded.channels.slice(0, CHAT_SCREEN.channels).flatMap((c) => c.messages.slice(-CHAT_SCREEN.messages).map((m) => m.from)),
  ).size;
  const result: ChatScreenResult = {
    ...CHAT_SCREEN,
    seeded: {
      channels: seeded.channels.length,
      messagesPerChannel: seeded.messagesPerChannel,
      authors: Object.keys(seeded.authors).length,
    },
    minimumRequests: 1 + CHAT_SCREEN.channels + authors,
    minimumWaves: 3,
    counts: [],
    undelayedMs: [],
    latency: [],
  };
  await measureUndelayed("chat screen", result, endpoints, meshState, {
    target: (s, url) => chatScreen(s, url, seeded.serviceSid),
    check: (s, body) => checkChatScreen(s, body, expected),
  });
  return result;
}

// ---- inbox (issue #12) ----

/** With the undelayed upstream (the throughput phase's instances): requests per query, a check of the answer, and wall time. */
async function inboxUndelayed(endpoints: Endpoints, meshState: Results["mesh"], seeded: SeededInbox): Promise<InboxResult> {
  const minimum = inboxMinimum();
  const result: InboxResult = {
    channels: INBOX.channels,
    seeded: { channels: seeded.channels.length, messagesPerChannel: seeded.messagesPerChannel },
    minimumRequests: minimum.requests,
    minimumWaves: minimum.waves,
    counts: [],
    undelayedMs: [],
    latency: [],
  };
  await measureUndelayed("inbox", result, endpoints, meshState, {
    target: (s, url) => inboxQuery(s, url, seeded),
    check: (s, body) => checkInbox(s, body, seeded),
  });
  return result;
}

/**
 * A screen on each system over the undelayed upstream (the throughput phase's instances): its
 * upstream requests as the first query of its kind, its answer checked, then its wall time.
 */
async function measureUndelayed(
  label: string,
  result: Pick<ChatScreenResult, "counts" | "undelayedMs" | "minimumRequests">,
  endpoints: Endpoints,
  meshState: Results["mesh"],
  screen: { target: (system: "chatql" | "Mesh", url: string) => LoadTarget; check: (system: "chatql" | "Mesh", body: unknown) => string },
): Promise<void> {
  for (const s of ["chatql", "Mesh"] as const) {
    const url = s === "chatql" ? endpoints.chatql : endpoints.mesh;
    if (!url) {
      result.counts.push({ system: s, available: false, reason: meshState.reason });
      result.undelayedMs.push({ system: s, runsMs: [], reason: meshState.reason });
      continue;
    }
    const target = screen.target(s, url);
    try {
      // The first query of its kind, so nothing the system may have kept from earlier helps it.
      await upstream!.settleAndReset();
      const body = await sendOnce(target);
      const counted = await upstream!.count();
      const check = screen.check(s, body);
      result.counts.push({ system: s, available: true, upstreamRequests: counted.count, paths: counted.paths, check });
      log(`${label} ${s}: ${counted.count} upstream requests (minimum ${result.minimumRequests}), answer ${check}`);
      for (let i = 0; i < CONFIG.latencyWarmups; i++) await sendOnce(target);
      const runsMs: number[] = [];
      for (let i = 0; i < CONFIG.latencyRuns; i++) {
        const t0 = performance.now();
        await sendOnce(target);
        runsMs.push(Math.round((performance.now() - t0) * 10) / 10);
      }
      result.undelayedMs.push({ system: s, medianMs: median(runsMs), runsMs });
      log(`${label} ${s}, undelayed upstream: median ${median(runsMs)} ms (runs ${runsMs.join(", ")})`);
    } catch (error) {
      result.counts.push({ system: s, available: false, reason: oneLine(error) });
      result.undelayedMs.push({ system: s, runsMs: [], reason: oneLine(error) });
      log(`${label} ${s}: ${oneLine(error)}`);
    }
  }
}

// ---- chat screen and inbox with the delayed upstream ----

type Screen = { label: string; target: (system: "chatql" | "Mesh", url: string) => LoadTarget; direct: DirectRun };

/**
 * With every upstream response delayed: fresh chatql and Mesh instances pointed at the delay proxy
 * (nothing kept from the undelayed phases), each screen measured on them in turn. One result list
 * per screen, in the order given.
 */
async function screensDelayed(build: ChatqlBuild, meshState: Results["mesh"], screens: Screen[]): Promise<LatencyResult[][]> {
  const out: LatencyResult[][] = screens.map(() => []);
  const unavailable = (system: "chatql" | "Mesh", reason: string | undefined) =>
    out.forEach((o) => o.push({ system, available: false, reason, runsMs: [] }));
  const measureAll = async (system: "chatql" | "Mesh", url: string) => {
    for (const [i, screen] of screens.entries()) {
      try {
        out[i]?.push(await measureLatency(system, screen.target(system, url), screen.label));
      } catch (error) {
        out[i]?.push({ system, available: false, reason: oneLine(error), runsMs: [] });
      }
    }
  };
  for (const [i, screen] of screens.entries()) {
    try {
      out[i]?.push(await measureLatency("direct REST", screen.direct, screen.label));
    } catch (error) {
      out[i]?.push({ system: "direct REST", available: false, reason: oneLine(error), runsMs: [] });
    }
  }
  let slowChatql: RunningChatqlChild | null = null;
  try {
    slowChatql = await startChatqlChild({ build, upstreamUrl: upstream!.delayedUrl, name: "chatql-delayed-screens" });
    children.push(slowChatql.child);
    await measureAll("chatql", slowChatql.url);
  } catch (error) {
    unavailable("chatql", oneLine(error));
  } finally {
    await slowChatql?.child.stop();
  }
  if (!meshState.available) {
    unavailable("Mesh", meshState.reason);
    return out;
  }
  let slowMesh: RunningMesh | null = null;
  try {
    slowMesh = await startMesh(await composeSupergraph(upstream!.delayedUrl, "delayed-screens"), "mesh-delayed-screens");
    children.push(slowMesh.child);
    await measureAll("Mesh", slowMesh.url);
  } catch (error) {
    unavailable("Mesh", oneLine(error));
  } finally {
    await slowMesh?.child.stop();
  }
  return out;
}

/** chatql profiled while it answers the chat screen one query at a time (the undelayed upstream), so its CPU per screen can be read off. */
async function chatScreenProfile(build: ChatqlBuild, upstreamUrl: string): Promise<ChatScreenResult["profile"]> {
  const dir = join(BENCH_DIR, "profiles", "chat-screen");
  rmSync(dir, { recursive: true, force: true });
  let profiled: RunningChatqlChild | null = null;
  try {
    profiled = await startChatqlChild({ build, upstreamUrl, name: "chatql-profiled-chat", cpuProfile: true, cpuProfileDir: dir });
    children.push(profiled.child);
    const target = chatScreen("chatql", profiled.url, upstream!.chatScreen.serviceSid);
    // Our own sequential loop, not autocannon: autocannon abandons the request in flight when its time
    // is up, and chatql's answer to an abandoned chat screen (one error per field) would be profiled too.
    const loop = async (seconds: number) => {
      let queries = 0;
      for (const end = Date.now() + seconds * 1000; Date.now() < end; queries++) await sendOnce(target);
      return queries;
    };
    await loop(CONFIG.warmupS);
    log(`profiling chatql: chat screen, one at a time, for ${CONFIG.profileS} s`);
    const t0 = Date.now();
    const queries = await loop(CONFIG.profileS);
    await profiled.child.stop(15_000);
    const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
    if (!file) throw new Error("chatql wrote no .cpuprofile (did it exit through its SIGTERM handler?)");
    // The window: the measured loop and the shutdown after it (no work of its own).
    return { queries, profileFile: `bench/profiles/chat-screen/${file}`, summary: summarise(join(dir, file), { lastMs: Date.now() - t0 }) };
  } catch (error) {
    log(`chat-screen profile failed: ${oneLine(error)}`);
    await profiled?.child.stop();
    return { error: oneLine(error) };
  }
}

function chatScreenTargets(r: Results): Target[] {
  const c = r.chatScreen;
  if (!c) return [];
  const counted = c.counts.find((s) => s.system === "chatql");
  const timed = c.latency.find((s) => s.system === "chatql");
  const limit = c.minimumWaves * r.latency.delayMs + 30;
  const wrong = counted?.check && counted.check !== "ok" ? ` — wrong answer: ${counted.check}` : "";
  return [
    {
      name: `chatql upstream requests, chat screen (first ${c.channels} channels × last ${c.messages} messages + authors)`,
      target: `= ${c.minimumRequests} (minimum)`,
      value: counted?.upstreamRequests === undefined ? `not measured (${counted?.reason ?? "?"})` : `${counted.upstreamRequests}${wrong}`,
      met: counted?.upstreamRequests === undefined ? null : counted.upstreamRequests <= c.minimumRequests && !wrong,
    },
    {
      name: "chatql wall time, chat screen, upstream +100 ms",
      target: `≤ ${limit} ms (${c.minimumWaves} round trips + 30 ms)`,
      value:
        timed?.medianMs === undefined
          ? `not measured (${timed?.reason ?? "?"})`
          : `${timed.medianMs} ms median, ${timed.waves?.length ?? "?"} waves (${timed.waves?.join(" + ") ?? ""})${besideDirect(c.latency)}`,
      met: timed?.medianMs === undefined ? null : timed.medianMs <= limit,
    },
  ];
}

function machine(): Results["machine"] {
  let cpu = cpus()[0]?.model ?? "unknown";
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? cpu;
  } catch {
    // not Linux
  }
  return { cpu, cores: cpus().length, ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10, os: `${process.platform} ${release()}` };
}

function versions(): Record<string, string> {
  const pkg = (path: string) => JSON.parse(readFileSync(path, "utf8")).version as string;
  const v: Record<string, string> = { node: process.version, chatql: pkg(join(REPO_ROOT, "package.json")) };
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: REPO_ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src", "package.json", "bin"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    }).trim();
    v["chatql commit"] = head + (dirty ? " + uncommitted changes in src/" : "");
  } catch {
    // not a git checkout
  }
  for (const name of ["@apollo/server", "graphql", "type-graphql", "undici", "autocannon"]) {
    try {
      v[name] = pkg(join(REPO_ROOT, "node_modules", name, "package.json"));
    } catch {
      // absent
    }
  }
  for (const [name, version] of Object.entries(peerVersions())) v[`mesh: ${name}`] = version;
  return v;
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n", 1)[0] ?? text).slice(0, 300);
}

async function cleanup(): Promise<void> {
  for (const child of children) await child.stop().catch(() => undefined);
  await closeDirect().catch(() => undefined);
  await upstream?.close().catch(() => undefined);
}

process.on("SIGINT", () => {
  void cleanup().finally(() => process.exit(130));
});

try {
  await main();
  await cleanup();
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  await cleanup();
  process.exitCode = 1;
}
