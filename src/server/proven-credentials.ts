// Pass-through mode: credentials seen to work lately are trusted to work again without a probe
// first (upstream-guard.ts), so a caller's first request is the only one that waits on it. The
// memory holds digests, never secrets, and is bounded in count and age: past either, credentials
// are probed again (the longest proven go first).

import { LRUCache } from "lru-cache";
import { credentialsDigest, type Credentials } from "../chat-api/index.js";

/** How long credentials that worked are trusted to work again without a probe first. */
export const PROVEN_FOR_MS = 5 * 60_000;
/** Credentials remembered as working (digests, ~100 bytes each). */
export const PROVEN_CREDENTIALS_MAX = 10_000;

export class ProvenCredentials {
  private readonly digests: LRUCache<string, true>;

  /** `now`: the clock ages are read from (milliseconds); the tests' own. */
  constructor(now: () => number = () => performance.now()) {
    // ttlResolution 0: the clock is read on every check (one read an operation), not cached for 1 ms.
    this.digests = new LRUCache<string, true>({ max: PROVEN_CREDENTIALS_MAX, ttl: PROVEN_FOR_MS, ttlResolution: 0, perf: { now } });
  }

  has(credentials: Credentials): boolean {
    return this.digests.has(credentialsDigest(credentials));
  }

  /** Remembers that these credentials worked, from now. */
  prove(credentials: Credentials): void {
    this.digests.set(credentialsDigest(credentials), true);
  }
}
