import type { RoleType } from "../../twilio/resources.js";

export type DefaultRoleKey = "serviceAdmin" | "serviceUser" | "channelAdmin" | "channelUser";

export interface DefaultRole {
  key: DefaultRoleKey;
  friendlyName: string;
  type: RoleType;
  permissions: string[];
}

// The four roles Twilio creates with every Chat service, with the permissions its "Roles and
// Permissions" guide lists for them. Creation order is the order here, which is also the order
// they are listed in.
export const DEFAULT_ROLES: readonly DefaultRole[] = [
  {
    key: "serviceAdmin",
    friendlyName: "service admin",
    type: "deployment",
    permissions: [
      "createChannel",
      "joinChannel",
      "destroyChannel",
      "inviteMember",
      "removeMember",
      "editChannelName",
      "editChannelAttributes",
      "addMember",
      "editAnyMessage",
      "editAnyMessageAttributes",
      "editAnyUserInfo",
      "deleteAnyMessage",
    ],
  },
  {
    key: "serviceUser",
    friendlyName: "service user",
    type: "deployment",
    permissions: ["createChannel", "joinChannel", "editOwnUserInfo"],
  },
  {
    key: "channelAdmin",
    friendlyName: "channel admin",
    type: "channel",
    permissions: [
      "sendMessage",
      "sendMediaMessage",
      "leaveChannel",
      "removeMember",
      "editChannelName",
      "editChannelAttributes",
      "inviteMember",
      "addMember",
      "editAnyMessage",
      "editAnyMessageAttributes",
      "editOwnMessage",
      "editOwnMessageAttributes",
      "deleteAnyMessage",
      "deleteOwnMessage",
      "editAnyUserInfo",
      "editOwnUserInfo",
    ],
  },
  {
    key: "channelUser",
    friendlyName: "channel user",
    type: "channel",
    permissions: [
      "sendMessage",
      "sendMediaMessage",
      "leaveChannel",
      "editOwnMessage",
      "editOwnMessageAttributes",
      "deleteOwnMessage",
      "editOwnUserInfo",
    ],
  },
];
