// A service chatql did not fetch: Query.service answers with its SID alone when the query reads
// nothing of the service but what is addressed by that SID (its lists, a user by identity), so the
// lists go out in the first wave. Whether the service exists is then told by those lists: their
// 404 is NOT_FOUND (and `service` null, the lists being non-null); a lookup under it that finds
// nothing asks for the service before it answers null (one fetch, on that path only).

import type { GraphQLContext } from "../context.js";
import { notFound, rethrowUpstream } from "../errors/error.mapping.js";
import { serviceGlobalId } from "../node/global-id.codec.js";
import { Service } from "./service.type.js";

/** The fields of a Service answered without fetching it. */
export const SERVICE_FIELDS_WITHOUT_FETCH: ReadonlySet<string> = new Set(["__typename", "id", "sid", "channels", "users", "roles", "user"]);
/** Those among them that call the upstream by the service's SID, so tell whether it exists. */
export const SERVICE_WITNESSES: ReadonlySet<string> = new Set(["channels", "users", "roles", "user"]);

const unfetched = new WeakSet<Service>();

/** The service `sid` names, not fetched: only `id` and `sid` are set. */
export function serviceRef(sid: string): Service {
  const service = Object.assign(new Service(), { id: serviceGlobalId(sid), sid });
  unfetched.add(service);
  return service;
}

/**
 * For a lookup under `service` that found nothing: NOT_FOUND when the service was not fetched and
 * does not exist (so a missing service is not mistaken for a missing child), else nothing.
 */
export async function checkServiceExists({ loaders }: GraphQLContext, service: Service): Promise<void> {
  if (!unfetched.has(service)) return;
  const resource = await loaders.service.load(service.sid).catch(rethrowUpstream);
  if (!resource) throw notFound(`There is no service ${service.sid}`);
}
