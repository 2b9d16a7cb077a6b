// CHAT_API_MAX_CONCURRENCY across replicas: SharedConcurrencyLimiter instances with connections of
// their own (as replicas have) on a real redis-server share one account's slots; a replica that
// dies holding slots loses them when their leases expire; waits keep their deadlines; and with
// Redis unreachable each falls back to limiting in its own process, and says so.

import type { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SharedConcurrencyLimiter } from "../../src/chat-api/concurrency.limiter.redis.js";
import { SlotWaitEnded, type ReleaseSlot } from "../../src/chat-api/concurrency.limiter.js";
import { openRedis } from "../../src/server/redis/redis.connection.js";
import { redisAvailable, startRedis, type RedisServer } from "../support/redis-server.js";

const later = (ms: number) => ({ deadline: performance.now() + ms });
const settledSoon = <T>(promise: Promise<T>, ms = 100) =>
  Promise.race([
    promise.then(
      () => "settled",
      () => "settled",
    ),
    new Promise((resolve) => setTimeout(() => resolve("pending"), ms)),
  ]);

describe.skipIf(!redisAvailable())("SharedConcurrencyLimiter on Redis", () => {
  let server: RedisServer;
  const connections: Redis[] = [];
  let account = 0;
  /** A new account per test, so no test sees another's leases. */
  let key: string;

  beforeAll(async () => {
    server = await startRedis();
  });
  beforeEach(() => {
    key = `AC${(++account).toString(16).padStart(32, "0")}`;
  });
  afterEach(() => {
    for (const connection of connections.splice(0)) connection.disconnect();
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** A "replica": its own connection and limiter. */
  async function replica(max: number, options: { leaseGraceMs?: number; modes?: string[]; commandTimeoutMs?: number } = {}) {
    const redis = openRedis({ url: server.url, commandTimeoutMs: options.commandTimeoutMs ?? 1_000, name: "test" });
    redis.on("error", () => {});
    connections.push(redis);
    await redis.connect();
    await new Promise<void>((resolve) => (redis.status === "ready" ? resolve() : redis.once("ready", () => resolve())));
    const limiter = new SharedConcurrencyLimiter({
      redis,
      max,
      leaseGraceMs: options.leaseGraceMs,
      onModeChange: (shared, reason) => options.modes?.push(`${shared ? "shared" : "local"}: ${reason}`),
    });
    return { redis, limiter };
  }

  it("replicas share the account's slots: max at once in all (just under and at the bound), the next waits (just over)", async () => {
    const a = await replica(3);
    const b = await replica(3);
    const held: ReleaseSlot[] = [await a.limiter.acquire(key, later(2_000)), await b.limiter.acquire(key, later(2_000))];
    held.push(await a.limiter.acquire(key, later(2_000)));
    const fourth = b.limiter.acquire(key, later(2_000));
    expect(await settledSoon(fourth)).toBe("pending");
    // Freed on the other replica: B's waiter finds it by polling Redis.
    held[0]!();
    const got = await fourth;
    expect(await a.redis.zcard(`chatql:concurrency:${key}`)).toBe(3);
    for (const release of [...held.slice(1), got]) release();
    await expect.poll(() => a.redis.zcard(`chatql:concurrency:${key}`)).toBe(0);
  });

  it("a wait keeps its deadline (SlotWaitEnded 'deadline') and its abort signal", async () => {
    const a = await replica(1);
    const b = await replica(1);
    await a.limiter.acquire(key, later(5_000));
    const started = performance.now();
    await expect(b.limiter.acquire(key, later(150))).rejects.toEqual(new SlotWaitEnded("deadline"));
    expect(performance.now() - started).toBeLessThan(1_000);
    const controller = new AbortController();
    const waiting = b.limiter.acquire(key, { ...later(5_000), signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ why: "aborted" });
  });

  it("a replica that dies holding slots loses them once their leases expire (call deadline + grace), not before", async () => {
    const crashed = await replica(2, { leaseGraceMs: 0 });
    await crashed.limiter.acquire(key, later(400));
    await crashed.limiter.acquire(key, later(400));
    crashed.redis.disconnect(); // gone without releasing
    const survivor = await replica(2, { leaseGraceMs: 0 });
    // Just under the lease: still taken.
    await expect(survivor.limiter.acquire(key, later(150))).rejects.toMatchObject({ why: "deadline" });
    // Past it: reclaimed, well within this wait's own deadline.
    const release = await survivor.limiter.acquire(key, later(3_000));
    release();
  });

  it("the Redis key goes once idle (it lives no longer than its longest lease)", async () => {
    const a = await replica(1, { leaseGraceMs: 0 });
    const release = await a.limiter.acquire(key, later(300));
    const ttl = await a.redis.pttl(`chatql:concurrency:${key}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(300);
    release();
  });

  it("Redis unreachable: the limit holds within the replica, and the change is reported both ways", async () => {
    const modes: string[] = [];
    const a = await replica(1, { modes });
    const held = await a.limiter.acquire(key, later(2_000));
    held();
    await server.stop();
    await expect.poll(() => a.redis.status).not.toBe("ready");
    const local = await a.limiter.acquire(key, later(2_000));
    expect(a.limiter.isShared).toBe(false);
    // Still one at a time, in this process.
    const next = a.limiter.acquire(key, later(2_000));
    expect(await settledSoon(next)).toBe("pending");
    local();
    (await next)();
    await server.restart();
    await expect.poll(() => a.redis.status, { timeout: 5_000 }).toBe("ready");
    (await a.limiter.acquire(key, later(2_000)))();
    expect(a.limiter.isShared).toBe(true);
    expect(modes).toEqual(["local: Redis is not connected", "shared: Redis is available"]);
  });

  it("a Redis that stalls longer than CHATQL_REDIS_COMMAND_TIMEOUT_MS does not stall requests: they fall back (just over); a shorter stall is waited out (just under)", async () => {
    const patient = await replica(2, { commandTimeoutMs: 1_000 });
    const hasty = await replica(2, { commandTimeoutMs: 150, modes: [] });
    const pause = async (ms: number) => {
      const admin = await replica(1);
      await admin.redis.call("CLIENT", "PAUSE", String(ms), "ALL");
    };
    await pause(400);
    (await patient.limiter.acquire(key, later(3_000)))();
    expect(patient.limiter.isShared).toBe(true);
    await pause(1_500);
    const started = performance.now();
    (await hasty.limiter.acquire(key, later(3_000)))();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(hasty.limiter.isShared).toBe(false);
    // Over once Redis answers again.
    await expect.poll(() => patient.redis.ping().catch(() => "paused"), { timeout: 5_000 }).toBe("PONG");
  });
});
