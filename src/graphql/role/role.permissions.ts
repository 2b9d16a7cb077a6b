// The permissions a role may hold, by its type: checked before a role is created or changed, and
// offered to role editors by `rolePermissions(type:)`. Source (the emulator holds the same lists,
// and role.permissions.test.ts keeps them equal): the "Permission values" of Twilio's Chat Role
// resource (https://www.twilio.com/docs/chat/rest/role-resource), service-scope values for a
// DEPLOYMENT role and channel-scope values for a CHANNEL role, plus the member-attribute and
// notification-level permissions Twilio services grant their default roles today
// (editAnyMemberAttributes, editOwnMemberAttributes, editNotificationLevel).

import { RoleType } from "./role.type.js";

const SHARED = [
  "addMember",
  "deleteAnyMessage",
  "destroyChannel",
  "editAnyMessage",
  "editAnyMessageAttributes",
  "editAnyUserInfo",
  "editChannelAttributes",
  "editChannelName",
  "editOwnMessage",
  "editOwnMessageAttributes",
  "editOwnUserInfo",
  "inviteMember",
  "removeMember",
  "editAnyMemberAttributes",
] as const;

/** Each type's permissions, sorted. */
export const ROLE_PERMISSIONS: Readonly<Record<RoleType, readonly string[]>> = {
  [RoleType.DEPLOYMENT]: [...SHARED, "createChannel", "joinChannel"].sort(),
  [RoleType.CHANNEL]: [
    ...SHARED,
    "deleteOwnMessage",
    "leaveChannel",
    "sendMediaMessage",
    "sendMessage",
    "editOwnMemberAttributes",
    "editNotificationLevel",
  ].sort(),
};

/** Twilio: a role holds at least one permission; 50 is the emulator's bound on one request. */
export const PERMISSIONS_MAX = 50;

/** The values of `permissions` that a role of `type` cannot hold, in the order given. */
export function permissionsNotOf(type: RoleType, permissions: readonly string[]): string[] {
  const allowed = new Set(ROLE_PERMISSIONS[type]);
  return [...new Set(permissions)].filter((permission) => !allowed.has(permission));
}

/** The userError message for permissions a role of `type` cannot hold. */
export function notPermissionsMessage(type: RoleType, unknown: readonly string[]): string {
  const shown = unknown.slice(0, 5).map((p) => JSON.stringify(p.length > 64 ? `${p.slice(0, 64)}…` : p));
  const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : "";
  const verb = unknown.length === 1 ? "is not a permission" : "are not permissions";
  return `${shown.join(", ")}${more} ${verb} of a ${type.toUpperCase()} role`;
}
