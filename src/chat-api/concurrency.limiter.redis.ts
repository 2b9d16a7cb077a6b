// CHAT_API_MAX_CONCURRENCY shared by every replica (CHATQL_REDIS_URL): a lease-based semaphore
// per account in Redis. The holders of an account's slots are a sorted set scored by when each
// lease expires; one Lua script (atomic) drops expired leases and takes a slot if fewer than the
// limit remain. A lease lasts as long as the attempt can (its call's deadline) plus a grace, so it
// never expires under a request still on the wire, and a replica that crashes mid-request leaks its
// slots for that long at most. Release removes the lease.
//
// Waiting: per account and replica, only the first in line asks Redis (with back-off, woken at once
// when this replica frees a slot); the rest wait behind it in this process, so Redis sees one
// poller per account and replica, not one per waiting request.
//
// Redis unavailable (not connected, or a command failing or timing out): requests are limited in
// this process instead (the same limit per replica), and the change is logged and reported through
// `onModeChange` (the chatql_upstream_concurrency_shared gauge). Queries keep working; replicas
// together may then exceed the limit, and Twilio's 429s are retried as usual.

import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import {
  LocalConcurrencyLimiter,
  SlotWaitEnded,
  waitInLine,
  type ConcurrencyLimiter,
  type ReleaseSlot,
  type SlotWait,
  type WaitObserver,
} from "./concurrency.limiter.js";

/** Added to a lease beyond its call's deadline: clock drift and the release's own trip. */
export const LEASE_GRACE_MS = 2_000;
/** Back-off of the first in line between two tries at Redis: from the first to the last, doubling. */
export const POLL_FIRST_MS = 2;
export const POLL_MAX_MS = 50;

/** KEYS[1]: the account's holders; ARGV: limit, lease ms, holder id. 1: taken; 0: all taken. */
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
local lease = tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], now + lease, ARGV[3])
-- The key outlives its longest lease, and goes once idle.
if redis.call('PTTL', KEYS[1]) < lease then redis.call('PEXPIRE', KEYS[1], lease) end
return 1
`;

type WithAcquire = Redis & { chatqlAcquireSlot(key: string, max: number, leaseMs: number, holder: string): Promise<number> };

export interface SharedLimiterOptions {
  redis: Redis;
  max: number;
  /** Prefix of the Redis keys (one per account). */
  keyPrefix?: string;
  leaseGraceMs?: number;
  observe?: WaitObserver;
  /** Told when enforcement moves between Redis (shared: true) and this process, with why. */
  onModeChange?: (shared: boolean, reason: string) => void;
}

interface RedisWaiter {
  wait: SlotWait;
  resolve(release: ReleaseSlot): void;
  reject(error: SlotWaitEnded): void;
  /** Set once the waiter has left the line (slot given, or its wait ended). */
  gone: boolean;
}

export class SharedConcurrencyLimiter implements ConcurrencyLimiter {
  private readonly redis: WithAcquire;
  private readonly local: LocalConcurrencyLimiter;
  private readonly lines = new Map<string, RedisWaiter[]>();
  private readonly wakers = new Map<string, () => void>();
  private readonly replica = randomUUID();
  private counter = 0;
  private shared = true;
  private readonly keyPrefix: string;
  private readonly leaseGraceMs: number;
  private readonly observe: WaitObserver;

  constructor(private readonly options: SharedLimiterOptions) {
    this.local = new LocalConcurrencyLimiter(options.max, options.observe);
    this.keyPrefix = options.keyPrefix ?? "chatql:concurrency:";
    this.leaseGraceMs = options.leaseGraceMs ?? LEASE_GRACE_MS;
    this.observe = options.observe ?? (() => {});
    const redis = options.redis as WithAcquire;
    if (typeof redis.chatqlAcquireSlot !== "function") redis.defineCommand("chatqlAcquireSlot", { numberOfKeys: 1, lua: ACQUIRE });
    this.redis = redis;
  }

  /** Whether the limit is enforced across replicas right now. */
  get isShared(): boolean {
    return this.shared;
  }

  async acquire(key: string, wait: SlotWait): Promise<ReleaseSlot> {
    if (this.redis.status !== "ready") return this.fallBack(key, wait, "Redis is not connected");
    const line = this.lines.get(key);
    if (!line?.length) {
      if (wait.signal?.aborted) throw new SlotWaitEnded("aborted");
      if (performance.now() >= wait.deadline) throw new SlotWaitEnded("deadline");
      try {
        const slot = await this.tryRedis(key, wait);
        if (slot) return slot;
      } catch (error) {
        return this.fallBack(key, wait, reasonOf(error));
      }
    }
    return this.waitForRedis(key, wait);
  }

  private waitForRedis(key: string, wait: SlotWait): Promise<ReleaseSlot> {
    return waitInLine(wait, this.observe, (inner) => {
      const waiter: RedisWaiter = { wait, resolve: inner.resolve, reject: inner.reject, gone: false };
      const line = this.lines.get(key) ?? [];
      line.push(waiter);
      this.lines.set(key, line);
      void this.pump(key);
      return () => {
        waiter.gone = true;
        const index = line.indexOf(waiter);
        if (index >= 0) line.splice(index, 1);
      };
    });
  }

  /** The first in line asks Redis until the line is empty (one pump per account at a time). */
  private async pump(key: string): Promise<void> {
    if (this.wakers.has(key)) return;
    let wake = () => {};
    this.wakers.set(key, () => wake());
    let delay = POLL_FIRST_MS;
    try {
      for (;;) {
        const line = this.lines.get(key);
        const head = line?.[0];
        if (!line || !head) {
          this.lines.delete(key);
          return;
        }
        let slot: ReleaseSlot | null;
        try {
          if (this.redis.status !== "ready") throw new Error("Redis is not connected");
          slot = await this.tryRedis(key, head.wait);
        } catch (error) {
          // Everyone waiting moves to the in-process limiter, keeping their own deadlines.
          this.lines.delete(key);
          for (const waiter of line.splice(0)) {
            waiter.gone = true;
            this.fallBack(key, waiter.wait, reasonOf(error)).then(waiter.resolve, waiter.reject);
          }
          return;
        }
        if (slot) {
          delay = POLL_FIRST_MS;
          if (head.gone) slot();
          else {
            head.gone = true;
            line.shift();
            head.resolve(slot);
          }
          continue;
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay * (0.5 + Math.random() / 2));
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = () => {};
        delay = Math.min(delay * 2, POLL_MAX_MS);
      }
    } finally {
      this.wakers.delete(key);
    }
  }

  /** One try at a slot in Redis: its releaser, or null when every slot is taken. */
  private async tryRedis(key: string, wait: SlotWait): Promise<ReleaseSlot | null> {
    const holder = `${this.replica}:${++this.counter}`;
    const leaseMs = Math.max(1, Math.ceil(wait.deadline - performance.now())) + this.leaseGraceMs;
    const redisKey = this.keyPrefix + key;
    const taken = await this.redis.chatqlAcquireSlot(redisKey, this.options.max, leaseMs, holder);
    this.modeIs(true, "Redis is available");
    if (taken !== 1) return null;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // A release that fails is harmless: the lease expires by itself.
      this.redis.zrem(redisKey, holder).then(
        () => this.wakers.get(key)?.(),
        () => {},
      );
    };
  }

  private fallBack(key: string, wait: SlotWait, reason: string): Promise<ReleaseSlot> {
    this.modeIs(false, reason);
    return this.local.acquire(key, wait);
  }

  private modeIs(shared: boolean, reason: string): void {
    if (this.shared === shared) return;
    this.shared = shared;
    this.options.onModeChange?.(shared, reason);
  }
}

/** What went wrong with Redis, without its address or anything the URL held. */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && /^[A-Z_]+$/.test(code)) return `Redis command failed (${code})`;
  const message = error instanceof Error ? error.message : "";
  if (/timed out/i.test(message)) return "Redis command timed out";
  if (/writeable|not connected|closed/i.test(message)) return "Redis is not connected";
  return "Redis command failed";
}
