// Remembers which events were published, so that Twilio's retries of one (and the same event
// arriving through two targets, a service's post-event URL and the account-level target) reach
// subscribers once. In process: a bounded LRU with a TTL. With Redis: event.dedup.redis.ts, shared
// by every replica.

import { LRUCache } from "lru-cache";

export interface EventDedup {
  /** True the first time `id` is claimed within the TTL; false for a repeat. */
  claim(id: string): Promise<boolean>;
  /** Forgets a claim whose event could not be published, so Twilio's retry of it is not lost. */
  release(id: string): Promise<void>;
}

export class MemoryDedup implements EventDedup {
  private readonly seen: LRUCache<string, true>;

  /** `max`: events remembered at once (the oldest go first); `ttlMs`: how long each is remembered; `clock`: for tests. */
  constructor(max: number, ttlMs: number, clock?: { now(): number }) {
    this.seen = new LRUCache({ max, ttl: ttlMs, ttlResolution: 0, ...(clock ? { perf: clock } : {}) });
  }

  async claim(id: string): Promise<boolean> {
    if (this.seen.has(id)) return false;
    this.seen.set(id, true);
    return true;
  }

  async release(id: string): Promise<void> {
    this.seen.delete(id);
  }
}
