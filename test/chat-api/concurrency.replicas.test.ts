// CHAT_API_MAX_CONCURRENCY as Twilio sees it: three chatql replicas on one upstream, loaded at once
// with operations whose fetches go out in parallel, never have more requests in flight together
// (counted by a proxy in front of the emulator) than the limit when they share it through Redis —
// and, without Redis, each replica keeps only its own. A request waiting for a slot keeps its
// deadline: it fails as an operation timeout (or an upstream timeout) without ever being sent.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateChannelDocument, CreateServiceDocument } from "../../examples/client/graphql.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { ACCOUNT, dataOf } from "../graphql/harness.js";
import { startReplica, type Replica } from "../live/replica-harness.js";
import { startCountingProxy, type CountingProxy } from "../support/counting-proxy.js";
import { redisAvailable, startRedis, type RedisServer } from "../support/redis-server.js";

const LIMIT = 4;
const NODES = "query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id } }";

/** An emulator behind a counting proxy (each request held 20 ms, so concurrent ones overlap), and a service with 10 channels. */
async function upstreamWithChannels() {
  const emulator = await startEmulator({ accounts: [ACCOUNT] });
  const proxy = await startCountingProxy(emulator.url, 20);
  const setup = await startReplica(emulator.url);
  const serviceSid = dataOf(await setup.execute(CreateServiceDocument, { input: { friendlyName: "load" } })).createService.service!.sid;
  const ids: string[] = [];
  for (let i = 0; i < 10; i++) {
    ids.push(
      dataOf(await setup.execute(CreateChannelDocument, { input: { serviceSid, friendlyName: `c${i}` } })).createChannel.channel!.id,
    );
  }
  await setup.close();
  return { emulator, proxy, ids };
}

/** Four operations of ten parallel fetches on each replica, all at once; every answer must be complete. */
async function load(replicas: Replica[], ids: string[]) {
  const runs = replicas.flatMap((replica) =>
    [1, 2, 3, 4].map(() => replica.execute<{ nodes: Array<{ id: string } | null> }, { ids: string[] }>(NODES, { ids })),
  );
  for (const result of await Promise.all(runs)) {
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes.map((node) => node?.id)).toEqual(ids);
  }
}

describe.skipIf(!redisAvailable())("three replicas, one account", () => {
  let redis: RedisServer;
  let emulator: RunningEmulator;
  let proxy: CountingProxy;
  let ids: string[];
  const running: Replica[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    ({ emulator, proxy, ids } = await upstreamWithChannels());
  });
  afterAll(async () => {
    for (const replica of running) await replica.close();
    await proxy?.close();
    await emulator?.close();
    await redis?.stop();
  });

  async function replicas(count: number, env: Record<string, string>) {
    const started: Replica[] = [];
    for (let i = 0; i < count; i++) started.push(await startReplica(proxy.url, env));
    running.push(...started);
    return started;
  }

  it(`stay within CHAT_API_MAX_CONCURRENCY=${LIMIT} together through Redis, and reach it (120 fetches at once)`, async () => {
    const shared = await replicas(3, { CHATQL_REDIS_URL: redis.url, CHAT_API_MAX_CONCURRENCY: String(LIMIT) });
    proxy.reset();
    await load(shared, ids);
    expect(proxy.arrived).toBe(120);
    expect(proxy.maxInFlight).toBe(LIMIT);
    // Some of them waited for a slot.
    expect(await shared[0]!.metric('chatql_upstream_slot_wait_seconds_count{outcome="acquired"}')).toBeGreaterThan(0);
  });

  it("without Redis each replica keeps the limit only for itself: together they exceed it", async () => {
    const alone = await replicas(3, { CHAT_API_MAX_CONCURRENCY: String(LIMIT) });
    proxy.reset();
    await load(alone, ids);
    expect(proxy.maxInFlight).toBeGreaterThan(LIMIT);
    expect(proxy.maxInFlight).toBeLessThanOrEqual(3 * LIMIT);
    // Without Redis there is no Redis state to report, and the limit is per replica.
    expect(await (await fetch(`${alone[0]!.base}/metrics`)).text()).not.toContain("chatql_redis_up");
    expect(await alone[0]!.metric("chatql_upstream_concurrency_shared")).toBe(0);
  });

  it("a request waiting for a slot keeps its deadline: OPERATION_TIMEOUT (or the call's own timeout), never sent", async () => {
    const env = { CHATQL_REDIS_URL: redis.url, CHAT_API_MAX_CONCURRENCY: "1", CHAT_API_MAX_RETRIES: "0" };
    const [holder] = await replicas(1, env);
    const [byOperation] = await replicas(1, { ...env, CHATQL_OPERATION_TIMEOUT_MS: "300" });
    const [byCall] = await replicas(1, { ...env, CHAT_API_TIMEOUT_MS: "300" });
    proxy.reset();
    proxy.closeGate();
    // The only slot, taken on another replica and kept (its request is held at the proxy).
    const held = holder!.execute(NODES, { ids: ids.slice(0, 1) });
    await proxy.waitForArrivals(1);

    const timedOut = await byOperation!.execute(NODES, { ids: ids.slice(1, 2) });
    expect(timedOut.errors?.map((error) => error.extensions?.code)).toEqual(["OPERATION_TIMEOUT"]);
    const slow = await byCall!.execute(NODES, { ids: ids.slice(2, 3) });
    expect(slow.errors?.map((error) => error.extensions?.code)).toEqual(["UPSTREAM_UNAVAILABLE"]);
    expect(proxy.arrived).toBe(1);

    proxy.open();
    expect((await held).errors).toBeUndefined();
    expect(await byOperation!.metric('chatql_upstream_slot_wait_seconds_count{outcome="aborted"}')).toBe(1);
    expect(await byCall!.metric('chatql_upstream_slot_wait_seconds_count{outcome="deadline"}')).toBe(1);
  });
});
