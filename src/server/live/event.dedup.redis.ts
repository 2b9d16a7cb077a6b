// Delivery deduplication shared by every replica (CHATQL_REDIS_URL): Twilio's retry of an event
// may reach another replica than the first delivery did, and must still be published once. A
// claim is `SET key 1 NX PX ttl` (the first replica to set it publishes); a release deletes it.
// Redis forgets each claim after CHATQL_WEBHOOK_DEDUP_TTL_MS (CHATQL_WEBHOOK_DEDUP_MAX bounds only
// the in-process dedup; Redis's memory is bounded by the TTL times the event rate).

import type { Redis } from "ioredis";
import type { EventDedup } from "./event.dedup.js";

export const DEDUP_KEY_PREFIX = "chatql:event:";

export class RedisDedup implements EventDedup {
  constructor(
    private readonly redis: Redis,
    private readonly ttlMs: number,
    private readonly prefix = DEDUP_KEY_PREFIX,
  ) {}

  /** Rejects when Redis cannot answer: the webhook then answers 503 and Twilio retries. */
  async claim(id: string): Promise<boolean> {
    return (await this.redis.set(this.prefix + id, "1", "PX", this.ttlMs, "NX")) === "OK";
  }

  async release(id: string): Promise<void> {
    await this.redis.del(this.prefix + id);
  }
}
