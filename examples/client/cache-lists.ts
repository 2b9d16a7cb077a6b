// Generated from schema.graphql by codegen/cache-lists.cjs (`npm run codegen`); do not edit.

/** Objects without an id reached from an entity: settings and parts that belong to their parent. */
export const VALUE_TYPES: string[] = [
  "ChannelNotification",
  "ChannelWebhookConfiguration",
  "NewMessageNotification",
  "ServiceLimits",
  "ServiceMedia",
  "ServiceNotifications"
];

/** The other objects without an id: Relay connection plumbing and mutation payloads. */
export const OTHER_ID_LESS_TYPES: string[] = [
  "AddMemberPayload",
  "BindingConnection",
  "BindingEdge",
  "ChannelConnection",
  "ChannelEdge",
  "ChannelEvent",
  "ChannelWebhookConnection",
  "ChannelWebhookEdge",
  "CreateChannelPayload",
  "CreateChannelWebhookPayload",
  "CreateCredentialPayload",
  "CreateInvitePayload",
  "CreateRolePayload",
  "CreateServicePayload",
  "CreateUserPayload",
  "CredentialConnection",
  "CredentialEdge",
  "DeleteBindingPayload",
  "DeleteChannelPayload",
  "DeleteChannelWebhookPayload",
  "DeleteCredentialPayload",
  "DeleteInvitePayload",
  "DeleteMessagePayload",
  "DeleteRolePayload",
  "DeleteServicePayload",
  "DeleteUserPayload",
  "InviteConnection",
  "InviteEdge",
  "LeaveChannelPayload",
  "MemberConnection",
  "MemberEdge",
  "MemberEvent",
  "MessageConnection",
  "MessageEdge",
  "MessageEvent",
  "PageInfo",
  "RemoveMemberPayload",
  "RoleConnection",
  "RoleEdge",
  "SendMessagePayload",
  "ServiceConnection",
  "ServiceEdge",
  "UpdateChannelPayload",
  "UpdateChannelWebhookPayload",
  "UpdateCredentialPayload",
  "UpdateMemberPayload",
  "UpdateMessagePayload",
  "UpdateRolePayload",
  "UpdateServicePayload",
  "UpdateUserChannelPayload",
  "UpdateUserPayload",
  "UserChannelConnection",
  "UserChannelEdge",
  "UserConnection",
  "UserEdge",
  "UserError"
];

/** Fields that return a Relay connection, by the type that has them. */
export const CONNECTION_FIELDS: Record<string, string[]> = {
  "Channel": [
    "invites",
    "members",
    "messages",
    "webhooks"
  ],
  "Query": [
    "credentials",
    "services"
  ],
  "Service": [
    "bindings",
    "channels",
    "roles",
    "users"
  ],
  "User": [
    "bindings",
    "channels"
  ]
};

/** Connection arguments other than paging (`Type.field` → names): different filters are different lists. */
export const CONNECTION_FILTERS: Record<string, string[]> = {
  "Channel.invites": [
    "identities"
  ],
  "Channel.members": [
    "identities"
  ],
  "Service.bindings": [
    "bindingTypes",
    "identities"
  ],
  "Service.channels": [
    "types"
  ],
  "User.bindings": [
    "bindingTypes"
  ]
};

/** Interfaces and the object types that implement them (for fragments such as `... on Service`). */
export const POSSIBLE_TYPES: Record<string, string[]> = {
  "Node": [
    "Binding",
    "Channel",
    "ChannelWebhook",
    "Credential",
    "Invite",
    "Member",
    "Message",
    "Role",
    "Service",
    "User",
    "UserChannel"
  ]
};
