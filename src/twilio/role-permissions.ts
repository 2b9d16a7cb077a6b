// The permissions a role may hold, by its type: what the emulator accepts and what chatql checks
// before a role is written, from one list. Source: the "Permission values" of Twilio's Chat Role
// resource (https://www.twilio.com/docs/chat/rest/role-resource): service-scope values for a
// `deployment` role, channel-scope values for a `channel` role; plus the member-attribute and
// notification-level permissions that Twilio services grant their default roles today
// (editAnyMemberAttributes, editOwnMemberAttributes, editNotificationLevel).

import type { RoleType } from "./resources.js";

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
];

/** Each role type's permissions, sorted. */
export const ROLE_PERMISSIONS: Readonly<Record<RoleType, readonly string[]>> = {
  deployment: [...SHARED, "createChannel", "joinChannel"].sort(),
  channel: [
    ...SHARED,
    "deleteOwnMessage",
    "leaveChannel",
    "sendMediaMessage",
    "sendMessage",
    "editOwnMemberAttributes",
    "editNotificationLevel",
  ].sort(),
};

/** The values of `permissions` that a role of `type` cannot hold, each once, in the order given. */
export function permissionsNotOf(type: RoleType, permissions: readonly string[]): string[] {
  const allowed = new Set(ROLE_PERMISSIONS[type]);
  return [...new Set(permissions)].filter((permission) => !allowed.has(permission));
}
