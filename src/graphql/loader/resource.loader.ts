// A per-request loader for one kind of resource that Twilio lets you fetch by more than one key
// (a channel by SID or unique name, a user by SID or identity, a member by SID or identity).
// Each resource is fetched at most once per operation by any of its keys: a fetch or a list page
// primes every key of what came back, so asking for a user by identity after a message named
// its author costs nothing. Concurrent loads of one key share one request; a 404 is null.
// A list that names a resource without returning it (a user's channels name its memberships)
// can still tell the loader that two keys are one resource (`alias`), so both share one fetch.

import DataLoader from "dataloader";
import { isNotFound } from "../../chat-api/index.js";

/** The keys of one resource, each a path of parts (`[serviceSid, channelSidOrUniqueName]`). */
export type KeyParts = readonly string[];

export class ResourceLoader<T> {
  private readonly loader: DataLoader<string, T | null>;
  /** Keys known to name the same resource as another key (alias → the key it is loaded by). */
  private readonly aliases = new Map<string, string>();
  /** Every cached key → all the keys its resource is cached under (to forget them together). */
  private readonly groups = new Map<string, readonly string[]>();

  constructor(
    fetch: (key: KeyParts) => Promise<T>,
    /** Every key the resource can be asked for by (its SID path, and its name path when it has one). */
    private readonly keysOf: (resource: T) => readonly KeyParts[],
    cacheMap?: Map<string, Promise<T | null>>,
    /**
     * Tells a key by name (an identity) from a key by SID. When one batch asks by both, the names
     * are fetched first and a SID one of them answered costs nothing: one fetch per resource even
     * when it is first asked for both ways at once, for one more wave in that case only.
     */
    isNameKey?: (key: KeyParts) => boolean,
  ) {
    const fetchOne = async (key: string): Promise<T | null | Error> => {
      try {
        const resource = await fetch(JSON.parse(key) as KeyParts);
        this.primeOthers(key, resource);
        return resource;
      } catch (error) {
        return isNotFound(error) ? null : error instanceof Error ? error : new Error(String(error));
      }
    };
    this.loader = new DataLoader<string, T | null>(
      async (keys) => {
        const names = isNameKey ? keys.filter((key) => isNameKey(JSON.parse(key) as KeyParts)) : [];
        if (names.length === 0 || names.length === keys.length) return Promise.all(keys.map(fetchOne));
        const found = new Map<string, T | null | Error>();
        await Promise.all(names.map(async (key) => found.set(key, await fetchOne(key))));
        const byName = new Map<string, T>();
        for (const resource of found.values()) {
          if (resource && !(resource instanceof Error)) this.keysOf(resource).forEach((k) => byName.set(encode(k), resource));
        }
        return Promise.all(keys.map((key) => (found.has(key) ? found.get(key)! : byName.get(key) ?? fetchOne(key))));
      },
      cacheMap ? { cacheMap } : {},
    );
  }

  load(...key: string[]): Promise<T | null> {
    const encoded = encode(key);
    return this.loader.load(this.aliases.get(encoded) ?? encoded);
  }

  /** What a list page, a create or an update returned: every key now answers with it. */
  prime(resource: T): void {
    const keys = this.keysOf(resource).map(encode);
    for (const key of keys) {
      this.aliases.delete(key);
      this.loader.clear(key).prime(key, resource);
      this.groups.set(key, keys);
    }
  }

  /**
   * `alias` names the same resource as `of` (learnt from a list that names both): loading either
   * is one fetch, by `of`. A key already cached keeps its answer.
   */
  alias(alias: KeyParts, of: KeyParts): void {
    const [a, o] = [encode(alias), encode(of)];
    if (a !== o && !this.groups.has(a)) this.aliases.set(a, o);
  }

  /** After a delete: the key it was deleted by (and every key of `resource`, or cached with it) answers null. */
  markGone(key: KeyParts, resource?: T | null): void {
    const named = [encode(key), ...(resource ? this.keysOf(resource).map(encode) : [])].map((k) => this.aliases.get(k) ?? k);
    for (const k of new Set([encode(key), ...named, ...named.flatMap((k) => this.groups.get(k) ?? [])])) {
      this.aliases.delete(k);
      this.groups.delete(k);
      this.loader.clear(k).prime(k, null);
    }
  }

  /**
   * After a change answered by another kind of resource (a user channel's update changes its
   * member): the resource `key` names is fetched afresh next time, by any of its cached keys.
   */
  forget(key: KeyParts): void {
    const encoded = encode(key);
    const target = this.aliases.get(encoded) ?? encoded;
    for (const k of new Set([encoded, target, ...(this.groups.get(target) ?? [])])) {
      this.groups.delete(k);
      this.loader.clear(k);
    }
  }

  private primeOthers(fetchedBy: string, resource: T): void {
    const keys = [...new Set([fetchedBy, ...this.keysOf(resource).map(encode)])];
    for (const key of keys) {
      if (key !== fetchedBy) this.loader.clear(key).prime(key, resource);
      this.aliases.delete(key);
      this.groups.set(key, keys);
    }
  }
}

function encode(key: KeyParts): string {
  return JSON.stringify(key);
}
