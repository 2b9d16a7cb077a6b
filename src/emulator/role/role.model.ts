// Role rules: a service's default roles must keep existing, so one in use as a default cannot be
// deleted until the service points its default elsewhere.

import type { RoleType } from "../../twilio/resources.js";
import { badRequest, invalidParam } from "../engine/errors.js";
import { mintInService } from "../engine/sid.mint.js";
import { twilioDate } from "../engine/values.js";
import type { ServiceRow } from "../service/service.table.js";
import type { Store } from "../store/store.js";
import type { RoleRow } from "./role.table.js";

export function createRole(
  store: Store,
  service: ServiceRow,
  role: { friendlyName: string; type: RoleType; permissions: readonly string[] },
  // A service's default roles take the service's own creation time.
  now = twilioDate(),
): RoleRow {
  return store.roles.insert({
    ...mintInService("RL", service),
    friendly_name: role.friendlyName,
    type: role.type,
    permissions: [...role.permissions],
    date_created: now,
    date_updated: now,
  });
}

/** The service defaults that name `role`. */
export function defaultsNaming(service: ServiceRow, role: RoleRow): string[] {
  const s = service.settings;
  return (
    [
      ["default_service_role_sid", s.default_service_role_sid],
      ["default_channel_role_sid", s.default_channel_role_sid],
      ["default_channel_creator_role_sid", s.default_channel_creator_role_sid],
    ] as const
  )
    .filter(([, sid]) => sid === role.sid)
    .map(([field]) => field);
}

export function deleteRole(store: Store, service: ServiceRow, role: RoleRow): void {
  const defaults = defaultsNaming(service, role);
  if (defaults.length > 0) {
    throw badRequest(`Role ${role.sid} is a default role of its service (${defaults.join(", ")}) and cannot be deleted`);
  }
  store.roles.delete(role);
}

/** A role named by a parameter: it must be a role of this service, of the given type. */
export function requireRole(store: Store, service: ServiceRow, param: string, sid: string, type: RoleType): RoleRow {
  const role = store.roles.get(service.account_sid, service.sid, sid);
  if (!role) throw invalidParam(param, `Role ${sid} does not belong to this service`);
  if (role.type !== type) throw invalidParam(param, `Role ${sid} is not a ${type} role`);
  return role;
}
