// The permissions a role may hold, by its type. Source: the "Permission values" of Twilio's Chat
// Role resource (https://www.twilio.com/docs/chat/rest/role-resource): service-scope values for a
// `deployment` role, channel-scope values for a `channel` role; plus the member-attribute and
// notification-level permissions that Twilio services grant their default roles today
// (editAnyMemberAttributes, editOwnMemberAttributes, editNotificationLevel).

import type { RoleType } from "../../twilio/resources.js";

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

export const PERMISSIONS: Readonly<Record<RoleType, ReadonlySet<string>>> = {
  deployment: new Set([...SHARED, "createChannel", "joinChannel"]),
  channel: new Set([
    ...SHARED,
    "deleteOwnMessage",
    "leaveChannel",
    "sendMediaMessage",
    "sendMessage",
    "editOwnMemberAttributes",
    "editNotificationLevel",
  ]),
};
