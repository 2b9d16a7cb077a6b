import { isNotFound } from "../../chat-api/index.js";
import type { GraphQLContext } from "../context.js";
import { rethrowUpstream } from "../errors/error.mapping.js";
import { roleKey } from "../loaders.js";
import { roleFromResource } from "./role.mapper.js";
import type { Role } from "./role.type.js";

/** What a role lookup can cost: the service's roles page (shared by every lookup in it), then the role by SID when it is not on that page. */
export const ROLE_LOOKUP_REQUESTS = 2;

/**
 * A role of a service by SID (a default role, a member's or an invite's role): one roles page per service, shared by all.
 * Null when the service is gone by the time its roles are listed (deleted after the page that
 * listed it was fetched), just as `service(sid:)` and `node(id:)` are null for what no longer exists.
 */
export async function roleOfService({ loaders }: GraphQLContext, serviceSid: string, roleSid: string | null): Promise<Role | null> {
  if (!roleSid) return null;
  try {
    const roles = await loaders.serviceRoles.load(serviceSid);
    const resource = roles.find((role) => role.sid === roleSid) ?? (await loaders.role.load(roleKey(serviceSid, roleSid)));
    return resource && roleFromResource(resource);
  } catch (error) {
    if (isNotFound(error)) return null;
    return rethrowUpstream(error);
  }
}
