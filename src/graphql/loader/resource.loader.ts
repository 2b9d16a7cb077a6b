// A per-request loader for one kind of resource that Twilio lets you fetch by more than one key
// (a channel by SID or unique name, a user by SID or identity, a member by SID or identity).
// Each resource is fetched at most once per operation by any of its keys: a fetch or a list page
// primes every key of what came back, so asking for a user by identity after a message named
// its author costs nothing. Concurrent loads of one key share one request; a 404 is null.
//
// The keys of one resource form a group. When it changes (renamed, unique name cleared) or goes,
// every key of its group is dropped with it, so an old name can never answer with the resource
// it used to name (nor a delete by that old name reach it).
// A list that names a resource without returning it (a user's channels name its memberships)
// can still tell the loader that two keys are one resource (`alias`), so both share one fetch.

import DataLoader from "dataloader";
import { isNotFound } from "../../chat-api/index.js";

/** The keys of one resource, each a path of parts (`[serviceSid, channelSidOrUniqueName]`); its SID path first. */
export type KeyParts = readonly string[];

export class ResourceLoader<T> {
  private readonly loader: DataLoader<string, T | null>;
  /** Keys known to name the same resource as another key (alias → the key it is loaded by). */
  private readonly aliases = new Map<string, string>();
  /** Each cached key → every key of the same resource (one shared set per resource). */
  private readonly groups = new Map<string, Set<string>>();

  constructor(
    fetch: (key: KeyParts) => Promise<T>,
    /** Every key the resource can be asked for by: its SID path first, then its name path when it has one. */
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
        this.group(resource, key);
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
        return Promise.all(keys.map((key) => (found.has(key) ? found.get(key)! : (byName.get(key) ?? fetchOne(key)))));
      },
      cacheMap ? { cacheMap } : {},
    );
  }

  load(...key: string[]): Promise<T | null> {
    const encoded = encode(key);
    return this.loader.load(this.aliases.get(encoded) ?? encoded);
  }

  /** What a list page, a create or an update returned: every key now answers with it, and only those. */
  prime(resource: T): void {
    this.group(resource);
  }

  /**
   * `alias` names the same resource as `of` (learnt from a list that names both): loading either
   * is one fetch, by `of`. A key already cached keeps its answer.
   */
  alias(alias: KeyParts, of: KeyParts): void {
    const [a, o] = [encode(alias), encode(of)];
    if (a !== o && !this.groups.has(a)) this.aliases.set(a, o);
  }

  /** After a delete: the key it was deleted by, and every key of its group (and of `resource`), answer null. */
  markGone(key: KeyParts, resource?: T | null): void {
    for (const k of this.related([key, ...(resource ? this.keysOf(resource) : [])])) {
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
    for (const k of this.related([key])) {
      this.groups.delete(k);
      this.loader.clear(k);
    }
  }

  /** The keys given, what they alias, and every key cached in the same group as any of those. */
  private related(keys: readonly KeyParts[]): Set<string> {
    const related = new Set<string>();
    for (const key of keys.map(encode)) {
      related.add(key);
      const target = this.aliases.get(key) ?? key;
      related.add(target);
      for (const member of this.groups.get(target) ?? []) related.add(member);
    }
    return related;
  }

  /** Makes the resource's keys (and the key it was fetched by) its group, dropping what the group held before. */
  private group(resource: T, fetchedBy?: string): void {
    const group = new Set([...(fetchedBy ? [fetchedBy] : []), ...this.keysOf(resource).map(encode)]);
    for (const key of group) {
      for (const stale of this.groups.get(key) ?? []) {
        if (group.has(stale)) continue;
        this.groups.delete(stale);
        this.loader.clear(stale);
      }
    }
    for (const key of group) {
      this.aliases.delete(key);
      this.groups.set(key, group);
      if (key !== fetchedBy) this.loader.clear(key).prime(key, resource);
    }
  }
}

function encode(key: KeyParts): string {
  return JSON.stringify(key);
}
