// What a bench run produces (bench/results/latest.json) and its settings: shared by the runner
// (run.ts) and the report (report.ts), so neither imports the other.

import type { LiveResults } from "./live.js";
import type { LoadResult } from "./load.js";
import type { ProfileSummary } from "./profile-summary.js";
import type { SystemName } from "./queries.js";

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
export const CONFIG = {
  services: num("BENCH_SERVICES", 60),
  rounds: num("BENCH_ROUNDS", 3),
  durationS: num("BENCH_DURATION_S", 5),
  /**
   * Load before each system's measured rounds, at each concurrency. A fresh chatql's CPU per request
   * keeps falling for tens of seconds of load (V8 optimising its hot paths, its heap growing to the
   * load): 2 s measured that in the first round (1.9 ms of CPU a `service(sid)` at c=1, 0.9 ms after
   * ~30 s, on a quiet machine).
   */
  warmupS: num("BENCH_WARMUP_S", 10),
  concurrency: [1, 50],
  upstreamDelayMs: 100,
  /**
   * Queries each system answers before its one-at-a-time wall times are taken: a server in use has
   * its code compiled by the JIT and its upstream connections open; the first few queries after a
   * start measure that warm-up instead (tens of ms on the chat screen).
   */
  latencyWarmups: 15,
  latencyRuns: 15,
  profileS: num("BENCH_PROFILE_S", 10),
};

/**
 * CPU time per request of each process in the round, in ms: the system measured (null for direct
 * REST, which is no process of its own), the upstream (emulator and delay proxy) and the load
 * generator (this bench process). The three share the machine's cores, so req/s ÷ req/s compares
 * their sums; the system's own figure is what it would cost on cores of its own.
 */
export interface CpuPerRequest {
  system: number | null;
  upstream: number | null;
  loadGenerator: number | null;
}

/** One load round, with the CPU other processes on the machine took meanwhile and each process's own. */
export type Round = LoadResult & { foreignCores: number | null; oursCores: number | null; cpuMsPerRequest?: CpuPerRequest };

export interface SystemResult {
  system: SystemName;
  available: boolean;
  reason?: string;
  rounds: Round[];
  /** Medians over the rounds. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  meanBytes: number;
  /** Median over rounds of the cores used by processes outside the benchmark (noise). */
  foreignCores: number | null;
  /** Peak RSS of the system's process during this scenario (null: not a process of ours to measure). */
  peakRssMiB: number | null;
  /** Medians over the rounds (absent in results written before it was measured). */
  cpuMsPerRequest?: CpuPerRequest;
}

export interface ThroughputResult {
  scenario: string;
  description: string;
  concurrency: number;
  systems: SystemResult[];
}

export interface CountResult {
  system: SystemName;
  available: boolean;
  reason?: string;
  upstreamRequests?: number;
  paths?: Record<string, number>;
}

export interface LatencyResult {
  system: SystemName;
  available: boolean;
  reason?: string;
  runsMs: number[];
  medianMs?: number;
  minMs?: number;
  upstreamRequests?: number;
  paths?: Record<string, number>;
  /** One extra run: when each upstream request arrived at the delay proxy, ms after the query was sent. */
  arrivedAtMs?: number[];
  /** Sequential upstream round trips in that run (requests separated by ≥ half the delay). */
  waves?: number[];
}

/** The chat-screen scenario (issue #11): one query, its upstream requests and its wall time. */
export interface ChatScreenResult {
  /** What the query asks for: the first `channels` channels, each with its last `messages` messages and their authors. */
  channels: number;
  messages: number;
  /** What was seeded: more channels and messages than the query reads, by `authors` people. */
  seeded: { channels: number; messagesPerChannel: number; authors: number };
  /** 1 channel page + 1 message page per channel + 1 fetch per distinct author. */
  minimumRequests: number;
  /** Sequential round trips: the channel page, then the message pages, then the authors. */
  minimumWaves: number;
  /** Per system, against the undelayed upstream: requests per query, and whether the answer was the expected screen. */
  counts: Array<CountResult & { check?: string }>;
  /** Per system, median wall time over sequential runs against the undelayed upstream (its own work plus the emulator's). */
  undelayedMs: Array<{ system: SystemName; medianMs?: number; runsMs: number[]; reason?: string }>;
  /** Per system, with every upstream response delayed (see `latency.delayMs`). */
  latency: LatencyResult[];
  /** chatql's CPU profile while it answered the query one at a time against the undelayed upstream. */
  profile?: { summary?: ProfileSummary; error?: string; queries?: number; profileFile?: string };
}

/** The inbox scenario (issue #12): one query, its upstream requests and its wall time. */
export interface InboxResult {
  /** What the query asks for: the user's first `channels` channels (unread count, friendly name, newest message). */
  channels: number;
  /** What was seeded: more of the user's channels than the query reads, some of them read. */
  seeded: { channels: number; messagesPerChannel: number };
  /** 1 page of the user's channels + per channel its fetch and its newest message (bench/inbox.ts). */
  minimumRequests: number;
  /** Sequential round trips: the page, then every fetch side by side. */
  minimumWaves: number;
  /** Per system, against the undelayed upstream: requests per query, and whether the answer was the seeded inbox. */
  counts: Array<CountResult & { check?: string }>;
  /** Per system, median wall time over sequential runs against the undelayed upstream. */
  undelayedMs: Array<{ system: SystemName; medianMs?: number; runsMs: number[]; reason?: string }>;
  /** Per system, with every upstream response delayed (see `latency.delayMs`). */
  latency: LatencyResult[];
}

export interface Target {
  name: string;
  target: string;
  value: string;
  met: boolean | null;
}

export interface Results {
  date: string;
  durationS: number;
  machine: { cpu: string; cores: number; ramGiB: number; os: string };
  versions: Record<string, string>;
  chatqlRun: string;
  config: typeof CONFIG;
  mesh: { available: boolean; reason?: string };
  throughput: ThroughputResult[];
  upstreamEfficiency: { minimum: number; services: number; aliases: number; systems: CountResult[] };
  latency: { delayMs: number; minimumMs: number; systems: LatencyResult[] };
  /** Absent in results written before the scenario existed. */
  chatScreen?: ChatScreenResult;
  /** Absent in results written before the scenario existed. */
  inbox?: InboxResult;
  profile: { summary?: ProfileSummary; error?: string; loadRps?: number; profileFile?: string };
  /** Issue 13 (bench/live.ts); absent in results written before it existed. */
  live?: LiveResults;
  targets: Target[];
  notes: string[];
}
