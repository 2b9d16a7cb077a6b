// A per-request loader for one kind of resource that Twilio lets you fetch by more than one key
// (a channel by SID or unique name, a user by SID or identity, a member by SID or identity).
// Each resource is fetched at most once per operation by any of its keys: a fetch or a list page
// primes every key of what came back, so asking for a user by identity after a message named
// its author costs nothing. Concurrent loads of one key share one request; a 404 is null.

import DataLoader from "dataloader";
import { isNotFound } from "../../chat-api/index.js";

/** The keys of one resource, each a path of parts (`[serviceSid, channelSidOrUniqueName]`). */
export type KeyParts = readonly string[];

export class ResourceLoader<T> {
  private readonly loader: DataLoader<string, T | null>;

  constructor(
    fetch: (key: KeyParts) => Promise<T>,
    /** Every key the resource can be asked for by (its SID path, and its name path when it has one). */
    private readonly keysOf: (resource: T) => readonly KeyParts[],
    cacheMap?: Map<string, Promise<T | null>>,
  ) {
    this.loader = new DataLoader<string, T | null>(
      (keys) =>
        Promise.all(
          keys.map(async (key) => {
            try {
              const resource = await fetch(JSON.parse(key) as KeyParts);
              this.primeOthers(key, resource);
              return resource;
            } catch (error) {
              return isNotFound(error) ? null : error instanceof Error ? error : new Error(String(error));
            }
          }),
        ),
      cacheMap ? { cacheMap } : {},
    );
  }

  load(...key: string[]): Promise<T | null> {
    return this.loader.load(encode(key));
  }

  /** What a list page, a create or an update returned: every key now answers with it. */
  prime(resource: T): void {
    for (const key of this.keysOf(resource)) this.loader.clear(encode(key)).prime(encode(key), resource);
  }

  /** After a delete: the key it was deleted by (and every key of `resource`, when known) answers null. */
  markGone(key: KeyParts, resource?: T | null): void {
    const keys = [encode(key), ...(resource ? this.keysOf(resource).map(encode) : [])];
    for (const k of keys) this.loader.clear(k).prime(k, null);
  }

  private primeOthers(fetchedBy: string, resource: T): void {
    for (const key of this.keysOf(resource).map(encode)) if (key !== fetchedBy) this.loader.clear(key).prime(key, resource);
  }
}

function encode(key: KeyParts): string {
  return JSON.stringify(key);
}
