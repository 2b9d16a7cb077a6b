// Per-request DataLoaders (created with each GraphQL context, never shared across requests or
// credentials). Twilio has no fetch-many endpoint, so batching here means: each SID fetched at
// most once per operation, concurrent fetches issued in parallel, and a service's roles read in
// one list walk instead of one fetch per role.

import DataLoader from "dataloader";
import { isNotFound, type ChatApiClient, type RoleResource, type ServiceResource } from "../chat-api/index.js";
import { capped, type WalkOptions } from "./connection/connection.paginate.js";

export interface Loaders {
  /** Service by SID; null when the upstream says 404. */
  service: DataLoader<string, ServiceResource | null>;
  /** Every role of a service, by service SID (all pages). */
  serviceRoles: DataLoader<string, RoleResource[]>;
  /** One role by `serviceSid/roleSid`; null when the upstream says 404. */
  role: DataLoader<string, RoleResource | null>;
  primeService(resource: ServiceResource): void;
  primeRole(resource: RoleResource): void;
}

export function roleKey(serviceSid: string, roleSid: string): string {
  return `${serviceSid}/${roleSid}`;
}

/** Called with the loader's name each time a load is answered from its cache (for metrics). */
export type CacheHitListener = (loader: "service" | "serviceRoles" | "role") => void;

export function createLoaders(client: ChatApiClient, walk: WalkOptions, onCacheHit?: CacheHitListener): Loaders {
  const cacheMap = <V>(name: Parameters<CacheHitListener>[0]) => (onCacheHit ? new CountingMap<V>(() => onCacheHit(name)) : new Map<string, Promise<V>>());
  const service = new DataLoader<string, ServiceResource | null>(
    (sids) => Promise.all(sids.map((sid) => nullIfNotFound(client.fetchService(sid)))),
    { cacheMap: cacheMap("service") },
  );
  const role = new DataLoader<string, RoleResource | null>((keys) =>
    Promise.all(
      keys.map((key) => {
        const [serviceSid, roleSid] = key.split("/") as [string, string];
        return nullIfNotFound(client.fetchRole(serviceSid, roleSid));
      }),
    ),
    { cacheMap: cacheMap("role") },
  );
  const primeRole = (resource: RoleResource) => role.prime(roleKey(resource.service_sid, resource.sid), resource);
  const serviceRoles = new DataLoader<string, RoleResource[]>((serviceSids) =>
    Promise.all(
      serviceSids.map(async (serviceSid) => {
        try {
          const roles = await allRoles(client, serviceSid, walk);
          roles.forEach(primeRole);
          return roles;
        } catch (error) {
          return error as Error;
        }
      }),
    ),
    { cacheMap: cacheMap("serviceRoles") },
  );
  return {
    service,
    serviceRoles,
    role,
    primeService: (resource) => service.clear(resource.sid).prime(resource.sid, resource),
    primeRole,
  };
}

/** DataLoader's cache, counting lookups it answers (each one an upstream request saved). */
class CountingMap<V> extends Map<string, Promise<V>> {
  constructor(private readonly onHit: () => void) {
    super();
  }

  override get(key: string): Promise<V> | undefined {
    const value = super.get(key);
    if (value !== undefined) this.onHit();
    return value;
  }
}

/** Every page of a service's roles, within the walk's page cap. */
async function allRoles(client: ChatApiClient, serviceSid: string, walk: WalkOptions): Promise<RoleResource[]> {
  const fetchPage = capped({ walk, fetchPage: (query) => client.listRoles(serviceSid, query) }, "GET /v2/Services/{ServiceSid}/Roles");
  let page = await fetchPage({ PageSize: String(walk.maxPageSize) });
  const roles = [...page.items];
  while (page.nextQuery) {
    page = await fetchPage(page.nextQuery);
    roles.push(...page.items);
  }
  return roles;
}

// DataLoader takes an Error value as that key's failure; a 404 is an answer (null), not a failure.
async function nullIfNotFound<T>(request: Promise<T>): Promise<T | null | Error> {
  try {
    return await request;
  } catch (error) {
    if (isNotFound(error)) return null;
    return error instanceof Error ? error : new Error(String(error));
  }
}
