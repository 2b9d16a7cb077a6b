// A per-request loader for one kind of resource that Twilio lets you fetch by more than one key
// (a channel by SID or unique name, a user by SID or identity, a member by SID or identity).
// Each resource is fetched at most once per operation by any of its keys: a fetch or a list page
// primes every key of what came back, so asking for a user by identity after a message named
// its author costs nothing. Concurrent loads of one key share one request; a 404 is null.
//
// The keys of one resource form a group. When it changes (renamed, unique name cleared) or goes,
// every key of its group is dropped with it, so an old name can never answer with the resource
// it used to name (nor a delete by that old name reach it).

import DataLoader from "dataloader";
import { isNotFound } from "../../chat-api/index.js";

/** The keys of one resource, each a path of parts (`[serviceSid, channelSidOrUniqueName]`); its SID path first. */
export type KeyParts = readonly string[];

export class ResourceLoader<T> {
  private readonly loader: DataLoader<string, T | null>;
  /** Each cached key → every key of the same resource (shared set). */
  private readonly groups = new Map<string, Set<string>>();

  constructor(
    fetch: (key: KeyParts) => Promise<T>,
    /** Every key the resource can be asked for by: its SID path first, then its name path when it has one. */
    private readonly keysOf: (resource: T) => readonly KeyParts[],
    cacheMap?: Map<string, Promise<T | null>>,
  ) {
    this.loader = new DataLoader<string, T | null>(
      (keys) =>
        Promise.all(
          keys.map(async (key) => {
            try {
              const resource = await fetch(JSON.parse(key) as KeyParts);
              this.group(resource, key);
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

  /** What a list page, a create or an update returned: every key now answers with it, and only those. */
  prime(resource: T): void {
    this.group(resource);
  }

  /** After a delete: the key it was deleted by, and every key of its group (and of `resource`), answer null. */
  markGone(key: KeyParts, resource?: T | null): void {
    const keys = new Set([encode(key), ...(resource ? this.keysOf(resource).map(encode) : [])]);
    for (const k of [...keys]) for (const member of this.groups.get(k) ?? []) keys.add(member);
    for (const k of keys) {
      this.groups.delete(k);
      this.loader.clear(k).prime(k, null);
    }
  }

  /** Makes the resource's keys its group, dropping what the group held before (except `fetchedBy`, in flight). */
  private group(resource: T, fetchedBy?: string): void {
    const keys = this.keysOf(resource).map(encode);
    const previous = new Set<string>();
    for (const key of keys) for (const member of this.groups.get(key) ?? []) previous.add(member);
    const group = new Set(keys);
    for (const key of previous) {
      if (group.has(key)) continue;
      this.groups.delete(key);
      this.loader.clear(key);
    }
    for (const key of keys) {
      this.groups.set(key, group);
      if (key !== fetchedBy) this.loader.clear(key).prime(key, resource);
    }
  }
}

function encode(key: KeyParts): string {
  return JSON.stringify(key);
}
