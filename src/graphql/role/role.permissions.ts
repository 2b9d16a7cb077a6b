// Role permissions as role editors meet them: the lists are Twilio's (src/twilio/role-permissions.ts,
// shared with the emulator), keyed here by the GraphQL enum, whose values are Twilio's type names.

import { ROLE_PERMISSIONS as BY_WIRE_TYPE, permissionsNotOf as notOf } from "../../twilio/role-permissions.js";
import { RoleType } from "./role.type.js";

/** Each type's permissions, sorted. */
export const ROLE_PERMISSIONS: Readonly<Record<RoleType, readonly string[]>> = {
  [RoleType.DEPLOYMENT]: BY_WIRE_TYPE.deployment,
  [RoleType.CHANNEL]: BY_WIRE_TYPE.channel,
};

/** The values of `permissions` that a role of `type` cannot hold, in the order given. */
export function permissionsNotOf(type: RoleType, permissions: readonly string[]): string[] {
  return notOf(type, permissions);
}

/** The userError message for permissions a role of `type` cannot hold. */
export function notPermissionsMessage(type: RoleType, unknown: readonly string[]): string {
  const shown = unknown.slice(0, 5).map((p) => JSON.stringify(p.length > 64 ? `${p.slice(0, 64)}…` : p));
  const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : "";
  const verb = unknown.length === 1 ? "is not a permission" : "are not permissions";
  return `${shown.join(", ")}${more} ${verb} of a ${type.toUpperCase()} role`;
}
