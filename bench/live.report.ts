// The markdown section of issue 13's figures (bench/live.ts), for BENCHMARKS.md and the console.

import type { Dist, LiveResults } from "./live.js";

const ms = (d: Dist) => (d.samples ? `${d.p50Ms} / ${d.p99Ms} / ${d.maxMs}` : "—");

export function renderLiveSection(r: LiveResults | undefined): string {
  if (!r) return "";
  const c = r.config;
  const out: string[] = [];
  out.push("## Live updates over two replicas (issue 13)", "");
  out.push(
    `One redis-server ${r.redisVersion} and two chatql replicas (${r.chatqlRun}, \`CHATQL_REDIS_URL\`) on one emulator, all on loopback; ` +
      `${c.subscribers} subscribers (one graphql-ws connection and one \`messageEvents\` subscription each, selecting \`message { body index }\`) ` +
      `spread evenly over the ${c.replicas} replicas and ${c.channels} channels (${r.setup.subscribersPerChannel} per channel, so each event reaches that many), ` +
      `all held by the bench process, which timestamps sends and receipts on one monotonic clock. ` +
      `Connecting them took ${r.setup.connectSeconds} s. Load average ${r.loadAverage.start.join(" ")} at the start, ${r.loadAverage.end.join(" ")} at the end (2 cores, shared).`,
    "",
  );
  if (r.error) out.push(`**The run failed:** ${r.error}`, "");
  for (const note of r.notes) out.push(`- ${note}`);
  out.push("");

  out.push("### Webhook-to-subscriber latency", "");
  out.push(
    `${c.latencyEvents} events per mode and round, ${c.latencyRatePerS} per second, ${r.latencyForeignCores.length} rounds with the modes' order alternated; ` +
      `latency = send → each subscriber's receipt. Other processes used ${r.latencyForeignCores.join(", ")} cores during the rounds.`,
    "",
  );
  out.push(
    "| injected by | receipts | p50 / p99 / max ms | on replica A | on replica B | p50 per round | p99 per round |",
    "|---|---|---|---|---|---|---|",
  );
  for (const m of r.latency) {
    out.push(
      `| ${m.description} | ${m.receipts}/${m.expectedReceipts} | ${ms(m.all)} | ${ms(m.sameReplica)} | ${ms(m.otherReplica)} | ${m.roundP50sMs.join(", ")} | ${m.roundP99sMs.join(", ")} |`,
    );
  }
  out.push("");

  out.push("### Memory per idle subscriber", "");
  out.push(
    "| replica | subscribers | RSS before → after (MiB) | heap used before → after (MiB) | RSS per subscriber | heap per subscriber |",
    "|---|---|---|---|---|---|",
  );
  for (const m of r.memory) {
    out.push(
      `| ${m.replica} | ${m.subscribers} | ${m.rssBeforeMiB} → ${m.rssAfterMiB} | ${m.heapBeforeMiB} → ${m.heapAfterMiB} | ${m.rssPerSubscriberKiB} KiB | ${m.heapPerSubscriberKiB} KiB |`,
    );
  }
  out.push(
    "",
    "Each subscriber is a WebSocket connection plus its subscription; no garbage collection is forced, so the heap figures carry whatever garbage was live at the time.",
    "",
  );

  out.push("### Sustained events per second", "");
  out.push(
    `Open-loop signed webhooks (\`onMessageSent\`), alternately to replica A and B (as a load balancer would spread Twilio's deliveries), round-robin over the channels, ` +
      `${c.stepS} s per step, rates ×√2 from ${c.firstRate}/s. A step keeps up when every webhook is answered 200, every subscriber receives every event of its channel ` +
      `(no \`SLOW_CONSUMER\` or other end), the injector reaches 95 % of the rate, p99 stays under 1 s and the last third's p50 is not more than twice the first third's + 50 ms. ` +
      `The ladder stops at the first step that does not.`,
    "",
  );
  out.push(
    "| events/s asked | sent | receipts | deliveries/s | replica CPU per delivery (ms) | p50 / p99 / max ms | p50 first → last third | kept up | other processes (cores) | ours (cores) |",
    "|---|---|---|---|---|---|---|---|---|---|",
  );
  for (const s of r.sustained.steps) {
    const cores = Object.entries(s.cpu.cores)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
    out.push(
      `| ${s.targetRate} | ${s.sentRate} | ${s.receipts}/${s.expectedReceipts} | ${s.deliveredPerS} | ${s.replicaCpuMsPerDelivery} | ${ms(s.all)} | ${s.firstThird.p50Ms} → ${s.lastThird.p50Ms} | ${s.keptUp ? "yes" : `no: ${s.why}`} | ${s.cpu.foreignCores ?? "?"} | ${cores} |`,
    );
  }
  out.push("");
  out.push(
    r.sustained.highestKeptUp === null
      ? `No step kept up${r.sustained.error ? ` (${r.sustained.error})` : ""}.`
      : `Highest rate kept up: **${r.sustained.highestKeptUp} events/s** (${r.sustained.deliveredPerSAtHighest} subscriber deliveries/s).`,
    "",
  );

  out.push("### The upstream-concurrency limiter's overhead", "");
  if ("error" in r.limiter) {
    out.push(`Not measured: ${r.limiter.error}`, "");
  } else {
    const l = r.limiter;
    out.push(
      `${l.query}, ${l.connections} connections (autocannon, bench/load.ts), ${l.durationS} s per round, four chatql instances on the same emulator, ` +
        `the rounds alternating their order. Ratio = limited ÷ unlimited req/s within the same round.`,
      "",
    );
    out.push(
      "| configuration | req/s (median) | p50 ms | p99 ms | errors | CPU per query, chatql / redis-server (µs) | slot waits recorded (`chatql_upstream_slot_wait_seconds_count`) | fell back to per replica (Redis slow) |",
      "|---|---|---|---|---|---|---|---|",
    );
    for (const x of l.configs)
      out.push(
        `| ${x.config} | ${x.rps.toFixed(0)} | ${x.p50Ms.toFixed(2)} | ${x.p99Ms.toFixed(2)} | ${x.errors} | ${x.chatqlCpuUsPerRequest} / ${x.redisCpuUsPerRequest ?? "—"} | ${x.slotAcquisitions ?? "—"} | ${x.fallbacksToPerReplica}× |`,
      );
    out.push(
      "",
      "| limiter | req/s ratio (median) | min – max over rounds | per round | CPU-per-query ratio (median) | per round |",
      "|---|---|---|---|---|---|",
    );
    for (const x of l.ratios)
      out.push(
        `| ${x.where} | ${x.median.toFixed(3)} | ${x.min.toFixed(3)} – ${x.max.toFixed(3)} | ${x.perRound.join(", ")} | ${x.cpuMedian.toFixed(3)} | ${x.cpuPerRound.join(", ")} |`,
      );
    const foreign = l.rounds.map((x) => x.foreignCores).filter((x): x is number => x !== null);
    if (foreign.length) out.push("", `Other processes used ${Math.min(...foreign)}–${Math.max(...foreign)} cores during these rounds.`);
    out.push("");
  }
  return out.join("\n");
}
