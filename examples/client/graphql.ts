/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A user (by identity) to add to a channel; the user is created if the service has none with that identity. */
export type AddMemberInput = {
  /** Any JSON; null resets it to {}. */
  attributes?: unknown;
  /** The channel's SID (CH…) or unique name. */
  channelSid: string;
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  /** Only when recreating from a backup. */
  dateCreated?: string | null | undefined;
  /** Only when recreating from a backup. */
  dateUpdated?: string | null | undefined;
  identity: string;
  /** Index of the last message read (read receipts); null sets it back to none. */
  lastConsumedMessageIndex?: number | null | undefined;
  lastConsumptionTimestamp?: string | null | undefined;
  /** A channel role of the service (RL…); default: the service's default channel role (creator role for the channel's creator). */
  roleSid?: string | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** Fire the service's webhooks for this action (Twilio's X-Twilio-Webhook-Enabled); off by default, as in Twilio's REST API. */
  webhookEnabled?: boolean | null | undefined;
};

/** Push notification settings for one kind of channel event. Unset fields stay as they are. */
export type ChannelNotificationInput = {
  enabled?: boolean | null | undefined;
  /** Sound name; null clears it. */
  sound?: string | null | undefined;
  /** Text template; null clears it. */
  template?: string | null | undefined;
};

/** Who can see and join a channel: anyone in the service, or members and invitees. */
export type ChannelType =
  | 'PRIVATE'
  | 'PUBLIC';

/** What a channel webhook calls, and when; give the fields its type uses. */
export type ChannelWebhookConfigurationInput = {
  /** Webhook events that fire it (WEBHOOK, STUDIO). */
  filters?: Array<string> | null | undefined;
  /** The Studio flow (FW…) to start (STUDIO). */
  flowSid?: string | null | undefined;
  /** Default POST. */
  method?: WebhookMethod | null | undefined;
  /** 0 to 3 retries. */
  retryCount?: number | null | undefined;
  /** 1 to 5 keywords that fire it (TRIGGER). */
  triggers?: Array<string> | null | undefined;
  /** http(s) URL to call (WEBHOOK, TRIGGER). */
  url?: string | null | undefined;
};

/** WEBHOOK: a URL called on the filtered events; TRIGGER: a URL called on trigger keywords; STUDIO: a Studio flow. */
export type ChannelWebhookType =
  | 'STUDIO'
  | 'TRIGGER'
  | 'WEBHOOK';

/** What happened to the object of a live event. */
export type ChatEventKind =
  /** Created (a message sent, a member added or joined, a channel created). */
  | 'ADDED'
  /** Deleted, or a member removed or left: the object is as the event described it. */
  | 'REMOVED'
  /** Changed. */
  | 'UPDATED';

/** A new channel in a service. */
export type CreateChannelInput = {
  /** Any JSON; null resets it to {}. */
  attributes?: unknown;
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  /** Identity of the creator (default `system`). */
  createdBy?: string | null | undefined;
  /** Only when recreating a channel from a backup. */
  dateCreated?: string | null | undefined;
  /** Only when recreating a channel from a backup. */
  dateUpdated?: string | null | undefined;
  friendlyName?: string | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** PUBLIC (default) or PRIVATE; cannot change later. */
  type?: ChannelType | null | undefined;
  /** Unique in the service, and usable in place of the SID; null clears it. Must not look like a channel SID. */
  uniqueName?: string | null | undefined;
  /** Fire the service's webhooks for this action (Twilio's X-Twilio-Webhook-Enabled); off by default, as in Twilio's REST API. */
  webhookEnabled?: boolean | null | undefined;
};

/** A new webhook on a channel. */
export type CreateChannelWebhookInput = {
  /** The channel's SID (CH…) or unique name. */
  channelSid: string;
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  configuration?: ChannelWebhookConfigurationInput | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  type: ChannelWebhookType;
};

/** New push credentials: APN needs certificate and privateKey, GCM apiKey, FCM secret. */
export type CreateCredentialInput = {
  /** GCM: the server API key. Write-only: stored upstream, never returned or logged. */
  apiKey?: string | null | undefined;
  /** APN: the certificate, PEM. Write-only: stored upstream, never returned or logged. */
  certificate?: string | null | undefined;
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  friendlyName?: string | null | undefined;
  /** APN: the private key, PEM. Write-only: stored upstream, never returned or logged. */
  privateKey?: string | null | undefined;
  /** APN: send to Apple's sandbox (development) servers. */
  sandbox?: boolean | null | undefined;
  /** FCM: the server key (Firebase's "Server key"). Write-only: stored upstream, never returned or logged. */
  secret?: string | null | undefined;
  /** Cannot change later. */
  type: PushService;
};

/** An invitation of a user (by identity) to a channel. */
export type CreateInviteInput = {
  /** The channel's SID (CH…) or unique name. */
  channelSid: string;
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  identity: string;
  /** The channel role (RL…) the invitee gets on joining; default: the service's default channel role. */
  roleSid?: string | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
};

/** A new role in a service; its permissions must be ones its type can hold (see `rolePermissions`). */
export type CreateRoleInput = {
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  friendlyName: string;
  /** 1 to 50 permissions; repeats count once. */
  permissions: Array<string>;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** CHANNEL (a member's role in a channel) or DEPLOYMENT (a user's role in the service); cannot change later. */
  type: RoleType;
};

/** A new service: its name, and optionally every setting (applied right after creation). */
export type CreateServiceInput = {
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  consumptionReportInterval?: number | null | undefined;
  defaultChannelCreatorRoleSid?: string | null | undefined;
  defaultChannelRoleSid?: string | null | undefined;
  defaultServiceRoleSid?: string | null | undefined;
  friendlyName: string;
  limits?: LimitsInput | null | undefined;
  media?: MediaInput | null | undefined;
  notifications?: NotificationsInput | null | undefined;
  /** 0 or more. */
  postWebhookRetryCount?: number | null | undefined;
  /** http(s) URL of post-event webhooks; null clears it. */
  postWebhookUrl?: string | null | undefined;
  /** 0 or more. */
  preWebhookRetryCount?: number | null | undefined;
  /** http(s) URL of pre-event webhooks; null clears it. */
  preWebhookUrl?: string | null | undefined;
  reachabilityEnabled?: boolean | null | undefined;
  readStatusEnabled?: boolean | null | undefined;
  /** Seconds, 0 or more. */
  typingIndicatorTimeout?: number | null | undefined;
  /** Webhook events to enable; replaces the current list. */
  webhookFilters?: Array<string> | null | undefined;
  webhookMethod?: WebhookMethod | null | undefined;
};

/** A new user (an identity) in a service. */
export type CreateUserInput = {
  /** Any JSON; null resets it to {}. */
  attributes?: unknown;
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  friendlyName?: string | null | undefined;
  /** Unique in the service, case-sensitive, usable in place of the SID. Must not look like a user SID. */
  identity: string;
  /** A deployment (service) role of the service (RL…); default: the service's default service role. */
  roleSid?: string | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** Fire the service's webhooks for this action (Twilio's X-Twilio-Webhook-Enabled); off by default, as in Twilio's REST API. */
  webhookEnabled?: boolean | null | undefined;
};

/** The push binding to delete (the device stops getting notifications until its SDK registers again). */
export type DeleteBindingInput = {
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** The binding's SID (BS…). */
  sid: string;
};

/** The channel to delete, with its members, messages, invites and webhooks. */
export type DeleteChannelInput = {
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** The channel's SID (CH…) or unique name. */
  sid: string;
  /** Fire the service's webhooks for this action (Twilio's X-Twilio-Webhook-Enabled); off by default, as in Twilio's REST API. */
  webhookEnabled?: boolean | null | undefined;
};

/** The channel webhook to delete. */
export type DeleteChannelWebhookInput = {
  /** The channel's SID (CH…) or unique name. */
  channelSid: string;
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** The webhook's SID (WH…). */
  sid: string;
};

/** The push credentials to delete. */
export type DeleteCredentialInput = {
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  /** The credential's SID (CR…). */
  sid: string;
};

/** The invitation to withdraw. */
export type DeleteInviteInput = {
  /** The channel's SID (CH…) or unique name. */
  channelSid: string;
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** The invite's SID (IN…). */
  sid: string;
};

/** The message to delete. */
export type DeleteMessageInput = {
  /** The channel's SID (CH…) or unique name. */
  channelSid: string;
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** The message's SID (IM…). */
  sid: string;
  /** Fire the service's webhooks for this action (Twilio's X-Twilio-Webhook-Enabled); off by default, as in Twilio's REST API. */
  webhookEnabled?: boolean | null | undefined;
};

/** The role to delete. A role the service uses as a default cannot be deleted until another one replaces it there. */
export type DeleteRoleInput = {
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** The role's SID (RL…). */
  sid: string;
};

/** The service to delete. */
export type DeleteServiceInput = {
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  sid: string;
};

/** The user to delete, with their memberships and push bindings. */
export type DeleteUserInput = {
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** The user's SID (US…) or identity. */
  sid: string;
};

/** The channel a user leaves (their membership ends). */
export type LeaveChannelInput = {
  /** The channel's SID (CH…) or unique name. */
  channelSid: string;
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** The user's SID (US…) or identity. */
  userSid: string;
  /** Fire the service's webhooks for this action (Twilio's X-Twilio-Webhook-Enabled); off by default, as in Twilio's REST API. */
  webhookEnabled?: boolean | null | undefined;
};

/** Membership limits, each 1–1000. */
export type LimitsInput = {
  channelMembers?: number | null | undefined;
  userChannels?: number | null | undefined;
};

/** Media message settings. */
export type MediaInput = {
  /** Text for media messages without a body; null clears it. */
  compatibilityMessage?: string | null | undefined;
};

/** Push notification settings for new messages. */
export type NewMessageNotificationInput = {
  badgeCountEnabled?: boolean | null | undefined;
  enabled?: boolean | null | undefined;
  /** Sound name; null clears it. */
  sound?: string | null | undefined;
  /** Text template; null clears it. */
  template?: string | null | undefined;
};

/** Whether a user gets push notifications for a channel: DEFAULT, or MUTED for none. */
export type NotificationLevel =
  | 'DEFAULT'
  | 'MUTED';

/** Push notification configuration. Unset fields stay as they are. */
export type NotificationsInput = {
  addedToChannel?: ChannelNotificationInput | null | undefined;
  invitedToChannel?: ChannelNotificationInput | null | undefined;
  logEnabled?: boolean | null | undefined;
  newMessage?: NewMessageNotificationInput | null | undefined;
  removedFromChannel?: ChannelNotificationInput | null | undefined;
};

/** A push notification service: APN (Apple), FCM (Firebase Cloud Messaging), GCM (Google Cloud Messaging, FCM's predecessor). */
export type PushService =
  | 'APN'
  | 'FCM'
  | 'GCM';

/** The member to remove from a channel. */
export type RemoveMemberInput = {
  /** The channel's SID (CH…) or unique name. */
  channelSid: string;
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** The member's SID (MB…) or identity. */
  sid: string;
  /** Fire the service's webhooks for this action (Twilio's X-Twilio-Webhook-Enabled); off by default, as in Twilio's REST API. */
  webhookEnabled?: boolean | null | undefined;
};

/** What a role applies to: a channel's members, or the whole service (deployment). */
export type RoleType =
  | 'CHANNEL'
  | 'DEPLOYMENT';

/** A message to send to a channel. */
export type SendMessageInput = {
  /** Any JSON; null resets it to {}. */
  attributes?: unknown;
  body?: string | null | undefined;
  /** The channel's SID (CH…) or unique name. */
  channelSid: string;
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  /** Only when recreating from a backup. */
  dateCreated?: string | null | undefined;
  /** Only when recreating from a backup. */
  dateUpdated?: string | null | undefined;
  /** Identity of the author (default `system`). */
  from?: string | null | undefined;
  /** Identity of whoever last updated it. */
  lastUpdatedBy?: string | null | undefined;
  /** A media item (ME…) to attach. */
  mediaSid?: string | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** Fire the service's webhooks for this action (Twilio's X-Twilio-Webhook-Enabled); off by default, as in Twilio's REST API. */
  webhookEnabled?: boolean | null | undefined;
};

/** Changes to a channel. Unset fields stay as they are. */
export type UpdateChannelInput = {
  /** Any JSON; null resets it to {}. */
  attributes?: unknown;
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  /** Identity of the creator (default `system`). */
  createdBy?: string | null | undefined;
  /** Only when recreating a channel from a backup. */
  dateCreated?: string | null | undefined;
  /** Only when recreating a channel from a backup. */
  dateUpdated?: string | null | undefined;
  friendlyName?: string | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** The channel's SID (CH…) or unique name. */
  sid: string;
  /** Unique in the service, and usable in place of the SID; null clears it. Must not look like a channel SID. */
  uniqueName?: string | null | undefined;
  /** Fire the service's webhooks for this action (Twilio's X-Twilio-Webhook-Enabled); off by default, as in Twilio's REST API. */
  webhookEnabled?: boolean | null | undefined;
};

/** Changes to a channel webhook's configuration. Unset fields stay as they are. */
export type UpdateChannelWebhookInput = {
  /** The channel's SID (CH…) or unique name. */
  channelSid: string;
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  configuration?: ChannelWebhookConfigurationInput | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** The webhook's SID (WH…). */
  sid: string;
};

/** Changes to push credentials (a new name, or rotated secrets). Unset fields stay as they are. */
export type UpdateCredentialInput = {
  /** GCM: the server API key. Write-only: stored upstream, never returned or logged. */
  apiKey?: string | null | undefined;
  /** APN: the certificate, PEM. Write-only: stored upstream, never returned or logged. */
  certificate?: string | null | undefined;
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  friendlyName?: string | null | undefined;
  /** APN: the private key, PEM. Write-only: stored upstream, never returned or logged. */
  privateKey?: string | null | undefined;
  /** APN: send to Apple's sandbox (development) servers. */
  sandbox?: boolean | null | undefined;
  /** FCM: the server key (Firebase's "Server key"). Write-only: stored upstream, never returned or logged. */
  secret?: string | null | undefined;
  /** The credential's SID (CR…). */
  sid: string;
};

/** Changes to a membership (its role, read horizon, attributes). Unset fields stay as they are. */
export type UpdateMemberInput = {
  /** Any JSON; null resets it to {}. */
  attributes?: unknown;
  /** The channel's SID (CH…) or unique name. */
  channelSid: string;
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  /** Only when recreating from a backup. */
  dateCreated?: string | null | undefined;
  /** Only when recreating from a backup. */
  dateUpdated?: string | null | undefined;
  /** Index of the last message read (read receipts); null sets it back to none. */
  lastConsumedMessageIndex?: number | null | undefined;
  lastConsumptionTimestamp?: string | null | undefined;
  /** A channel role of the service (RL…); default: the service's default channel role (creator role for the channel's creator). */
  roleSid?: string | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** The member's SID (MB…) or identity. */
  sid: string;
  /** Fire the service's webhooks for this action (Twilio's X-Twilio-Webhook-Enabled); off by default, as in Twilio's REST API. */
  webhookEnabled?: boolean | null | undefined;
};

/** Changes to a message (it is then marked edited). Unset fields stay as they are. */
export type UpdateMessageInput = {
  /** Any JSON; null resets it to {}. */
  attributes?: unknown;
  body?: string | null | undefined;
  /** The channel's SID (CH…) or unique name. */
  channelSid: string;
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  /** Only when recreating from a backup. */
  dateCreated?: string | null | undefined;
  /** Only when recreating from a backup. */
  dateUpdated?: string | null | undefined;
  /** Identity of the author (default `system`). */
  from?: string | null | undefined;
  /** Identity of whoever last updated it. */
  lastUpdatedBy?: string | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** The message's SID (IM…). */
  sid: string;
  /** Fire the service's webhooks for this action (Twilio's X-Twilio-Webhook-Enabled); off by default, as in Twilio's REST API. */
  webhookEnabled?: boolean | null | undefined;
};

/** A role's new set of permissions (it replaces the old one). */
export type UpdateRoleInput = {
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  /** 1 to 50 permissions of the role's type; repeats count once. */
  permissions: Array<string>;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** The role's SID (RL…). */
  sid: string;
};

/** Changes to a service. Unset fields stay as they are. */
export type UpdateServiceInput = {
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  consumptionReportInterval?: number | null | undefined;
  defaultChannelCreatorRoleSid?: string | null | undefined;
  defaultChannelRoleSid?: string | null | undefined;
  defaultServiceRoleSid?: string | null | undefined;
  friendlyName?: string | null | undefined;
  limits?: LimitsInput | null | undefined;
  media?: MediaInput | null | undefined;
  notifications?: NotificationsInput | null | undefined;
  /** 0 or more. */
  postWebhookRetryCount?: number | null | undefined;
  /** http(s) URL of post-event webhooks; null clears it. */
  postWebhookUrl?: string | null | undefined;
  /** 0 or more. */
  preWebhookRetryCount?: number | null | undefined;
  /** http(s) URL of pre-event webhooks; null clears it. */
  preWebhookUrl?: string | null | undefined;
  reachabilityEnabled?: boolean | null | undefined;
  readStatusEnabled?: boolean | null | undefined;
  sid: string;
  /** Seconds, 0 or more. */
  typingIndicatorTimeout?: number | null | undefined;
  /** Webhook events to enable; replaces the current list. */
  webhookFilters?: Array<string> | null | undefined;
  webhookMethod?: WebhookMethod | null | undefined;
};

/** Mute or unmute a channel for a user, or mark how far they have read. Unset fields stay as they are. */
export type UpdateUserChannelInput = {
  /** The channel's SID (CH…) or unique name. */
  channelSid: string;
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  /** Index of the last message read (the newest message's index marks all read); null sets it back to none. */
  lastConsumedMessageIndex?: number | null | undefined;
  lastConsumptionTimestamp?: string | null | undefined;
  /** MUTED: no push notifications from this channel. */
  notificationLevel?: NotificationLevel | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** The user's SID (US…) or identity. */
  userSid: string;
};

/** Changes to a user: role, friendly name, attributes. Unset fields stay as they are. */
export type UpdateUserInput = {
  /** Any JSON; null resets it to {}. */
  attributes?: unknown;
  /** Echoed back in the payload (Relay convention); at most 256 characters. */
  clientMutationId?: string | null | undefined;
  friendlyName?: string | null | undefined;
  /** A deployment (service) role of the service (RL…); default: the service's default service role. */
  roleSid?: string | null | undefined;
  /** The service (IS…) the object lives in. */
  serviceSid: string;
  /** The user's SID (US…) or identity. */
  sid: string;
  /** Fire the service's webhooks for this action (Twilio's X-Twilio-Webhook-Enabled); off by default, as in Twilio's REST API. */
  webhookEnabled?: boolean | null | undefined;
};

/** Where the user stands in the channel. */
export type UserChannelStatus =
  | 'INVITED'
  | 'JOINED'
  | 'NOT_PARTICIPATING';

/** HTTP method of the service's webhook calls. */
export type WebhookMethod =
  | 'GET'
  | 'POST';

export type UserDevicesQueryVariables = Exact<{
  service: string;
  identity: string;
  bindingTypes?: Array<PushService> | PushService | null | undefined;
}>;


export type UserDevicesQuery = { service: { id: string, user: { id: string, identity: string, isNotifiable: boolean | null, bindings: { nodes: Array<{ id: string, sid: string, identity: string | null, endpoint: string | null, bindingType: PushService | null, credentialSid: string | null, messageTypes: Array<string>, dateCreated: string | null, credential: { id: string, sid: string, friendlyName: string | null, type: PushService | null } | null }> } } | null } | null };

export type ServiceBindingsQueryVariables = Exact<{
  service: string;
  identities?: Array<string> | string | null | undefined;
  bindingTypes?: Array<PushService> | PushService | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ServiceBindingsQuery = { service: { id: string, bindings: { edges: Array<{ cursor: string, node: { id: string, sid: string, identity: string | null, endpoint: string | null, bindingType: PushService | null, credentialSid: string | null, messageTypes: Array<string>, dateCreated: string | null, user: { id: string, identity: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type DeleteBindingMutationVariables = Exact<{
  input: DeleteBindingInput;
}>;


export type DeleteBindingMutation = { deleteBinding: { deletedBindingSid: string | null, deletedBindingId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type BindingFieldsFragment = { id: string, sid: string, identity: string | null, endpoint: string | null, bindingType: PushService | null, credentialSid: string | null, messageTypes: Array<string>, dateCreated: string | null };

export type CreateChannelMutationVariables = Exact<{
  input: CreateChannelInput;
}>;


export type CreateChannelMutation = { createChannel: { clientMutationId: string | null, channel: { id: string, sid: string, friendlyName: string | null, uniqueName: string | null, attributes: unknown, type: ChannelType | null, createdBy: string | null, membersCount: number | null, messagesCount: number | null, dateCreated: string | null, dateUpdated: string | null, creator: { id: string, identity: string } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type UpdateChannelMutationVariables = Exact<{
  input: UpdateChannelInput;
}>;


export type UpdateChannelMutation = { updateChannel: { channel: { id: string, sid: string, friendlyName: string | null, uniqueName: string | null, attributes: unknown, type: ChannelType | null, createdBy: string | null, membersCount: number | null, messagesCount: number | null, dateCreated: string | null, dateUpdated: string | null, creator: { id: string, identity: string } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type DeleteChannelMutationVariables = Exact<{
  input: DeleteChannelInput;
}>;


export type DeleteChannelMutation = { deleteChannel: { deletedChannelSid: string | null, deletedChannelId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type AddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type AddMemberMutation = { addMember: { member: { id: string, sid: string, identity: string, lastConsumedMessageIndex: number | null, attributes: unknown, role: { id: string, friendlyName: string | null, type: RoleType | null } | null, user: { id: string, identity: string, friendlyName: string | null } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type MarkReadMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;


export type MarkReadMutation = { updateMember: { member: { id: string, lastConsumedMessageIndex: number | null, lastConsumptionTimestamp: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type RemoveMemberMutation = { removeMember: { deletedMemberSid: string | null, deletedMemberId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { sendMessage: { message: { id: string, sid: string, index: number | null, body: string | null, attributes: unknown, from: string | null, wasEdited: boolean | null, dateCreated: string | null, author: { id: string, identity: string, friendlyName: string | null } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type UpdateMessageMutationVariables = Exact<{
  input: UpdateMessageInput;
}>;


export type UpdateMessageMutation = { updateMessage: { message: { id: string, sid: string, index: number | null, body: string | null, attributes: unknown, from: string | null, wasEdited: boolean | null, dateCreated: string | null, author: { id: string, identity: string, friendlyName: string | null } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type DeleteMessageMutationVariables = Exact<{
  input: DeleteMessageInput;
}>;


export type DeleteMessageMutation = { deleteMessage: { deletedMessageSid: string | null, deletedMessageId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type CreateInviteMutationVariables = Exact<{
  input: CreateInviteInput;
}>;


export type CreateInviteMutation = { createInvite: { invite: { id: string, sid: string, identity: string, roleSid: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type DeleteInviteMutationVariables = Exact<{
  input: DeleteInviteInput;
}>;


export type DeleteInviteMutation = { deleteInvite: { deletedInviteSid: string | null, deletedInviteId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type CreateChannelWebhookMutationVariables = Exact<{
  input: CreateChannelWebhookInput;
}>;


export type CreateChannelWebhookMutation = { createChannelWebhook: { webhook: { id: string, sid: string, type: ChannelWebhookType | null, configuration: { url: string | null, method: WebhookMethod | null, filters: Array<string>, triggers: Array<string>, flowSid: string | null, retryCount: number | null } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type UpdateChannelWebhookMutationVariables = Exact<{
  input: UpdateChannelWebhookInput;
}>;


export type UpdateChannelWebhookMutation = { updateChannelWebhook: { webhook: { id: string, configuration: { url: string | null, filters: Array<string> } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type DeleteChannelWebhookMutationVariables = Exact<{
  input: DeleteChannelWebhookInput;
}>;


export type DeleteChannelWebhookMutation = { deleteChannelWebhook: { deletedWebhookSid: string | null, deletedWebhookId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type ChatScreenQueryVariables = Exact<{
  service: string;
  me: string;
  channels?: number | null | undefined;
  messages?: number | null | undefined;
}>;


export type ChatScreenQuery = { service: { id: string, channels: { edges: Array<{ cursor: string, node: { id: string, sid: string, friendlyName: string | null, uniqueName: string | null, messagesCount: number | null, member: { id: string, lastConsumedMessageIndex: number | null } | null, messages: { nodes: Array<{ id: string, sid: string, index: number | null, body: string | null, attributes: unknown, from: string | null, wasEdited: boolean | null, dateCreated: string | null, author: { id: string, identity: string, friendlyName: string | null } | null }> } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type MessageThreadQueryVariables = Exact<{
  service: string;
  channel: string;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type MessageThreadQuery = { service: { id: string, channel: { id: string, sid: string, friendlyName: string | null, messages: { edges: Array<{ cursor: string, node: { id: string, sid: string, index: number | null, body: string | null, attributes: unknown, from: string | null, wasEdited: boolean | null, dateCreated: string | null, author: { id: string, identity: string, friendlyName: string | null } | null } }>, pageInfo: { hasPreviousPage: boolean, startCursor: string | null } } } | null } | null };

export type ChannelByUniqueNameQueryVariables = Exact<{
  service: string;
  uniqueName: string;
}>;


export type ChannelByUniqueNameQuery = { service: { id: string, channel: { id: string, sid: string, friendlyName: string | null, uniqueName: string | null, attributes: unknown, type: ChannelType | null, createdBy: string | null, membersCount: number | null, messagesCount: number | null, dateCreated: string | null, dateUpdated: string | null, creator: { id: string, identity: string } | null } | null } | null };

export type ChannelMembersQueryVariables = Exact<{
  service: string;
  channel: string;
  identities?: Array<string> | string | null | undefined;
}>;


export type ChannelMembersQuery = { service: { id: string, channel: { id: string, members: { nodes: Array<{ id: string, sid: string, identity: string, lastConsumedMessageIndex: number | null, attributes: unknown, role: { id: string, friendlyName: string | null, type: RoleType | null } | null, user: { id: string, identity: string, friendlyName: string | null } | null }> }, invites: { nodes: Array<{ id: string, sid: string, identity: string, role: { id: string, friendlyName: string | null } | null }> } } | null } | null };

export type MessageFieldsFragment = { id: string, sid: string, index: number | null, body: string | null, attributes: unknown, from: string | null, wasEdited: boolean | null, dateCreated: string | null, author: { id: string, identity: string, friendlyName: string | null } | null };

export type ChannelFieldsFragment = { id: string, sid: string, friendlyName: string | null, uniqueName: string | null, attributes: unknown, type: ChannelType | null, createdBy: string | null, membersCount: number | null, messagesCount: number | null, dateCreated: string | null, dateUpdated: string | null, creator: { id: string, identity: string } | null };

export type MemberFieldsFragment = { id: string, sid: string, identity: string, lastConsumedMessageIndex: number | null, attributes: unknown, role: { id: string, friendlyName: string | null, type: RoleType | null } | null, user: { id: string, identity: string, friendlyName: string | null } | null };

export type PushCredentialsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PushCredentialsQuery = { credentials: { nodes: Array<{ id: string, sid: string, friendlyName: string | null, type: PushService | null, sandbox: boolean | null, dateCreated: string | null, dateUpdated: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PushCredentialQueryVariables = Exact<{
  sid: string;
}>;


export type PushCredentialQuery = { credential: { id: string, sid: string, friendlyName: string | null, type: PushService | null, sandbox: boolean | null, dateCreated: string | null, dateUpdated: string | null } | null };

export type CreateCredentialMutationVariables = Exact<{
  input: CreateCredentialInput;
}>;


export type CreateCredentialMutation = { createCredential: { clientMutationId: string | null, credential: { id: string, sid: string, friendlyName: string | null, type: PushService | null, sandbox: boolean | null, dateCreated: string | null, dateUpdated: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type UpdateCredentialMutationVariables = Exact<{
  input: UpdateCredentialInput;
}>;


export type UpdateCredentialMutation = { updateCredential: { credential: { id: string, sid: string, friendlyName: string | null, type: PushService | null, sandbox: boolean | null, dateCreated: string | null, dateUpdated: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type DeleteCredentialMutationVariables = Exact<{
  input: DeleteCredentialInput;
}>;


export type DeleteCredentialMutation = { deleteCredential: { deletedCredentialSid: string | null, deletedCredentialId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type CredentialFieldsFragment = { id: string, sid: string, friendlyName: string | null, type: PushService | null, sandbox: boolean | null, dateCreated: string | null, dateUpdated: string | null };

export type CreateServiceMutationVariables = Exact<{
  input: CreateServiceInput;
}>;


export type CreateServiceMutation = { createService: { clientMutationId: string | null, service: { id: string, sid: string, accountSid: string, friendlyName: string | null, dateCreated: string | null, dateUpdated: string | null, defaultServiceRoleSid: string | null, defaultChannelRoleSid: string | null, defaultChannelCreatorRoleSid: string | null, readStatusEnabled: boolean | null, reachabilityEnabled: boolean | null, typingIndicatorTimeout: number, consumptionReportInterval: number, preWebhookUrl: string | null, postWebhookUrl: string | null, webhookMethod: WebhookMethod | null, webhookFilters: Array<string>, preWebhookRetryCount: number, postWebhookRetryCount: number, url: string | null, limits: { channelMembers: number | null, userChannels: number | null }, notifications: { logEnabled: boolean | null, newMessage: { enabled: boolean | null, template: string | null, sound: string | null, badgeCountEnabled: boolean | null }, addedToChannel: { enabled: boolean | null, template: string | null, sound: string | null }, removedFromChannel: { enabled: boolean | null, template: string | null, sound: string | null }, invitedToChannel: { enabled: boolean | null, template: string | null, sound: string | null } }, media: { sizeLimitMb: number | null, compatibilityMessage: string | null } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type UpdateServiceMutationVariables = Exact<{
  input: UpdateServiceInput;
}>;


export type UpdateServiceMutation = { updateService: { clientMutationId: string | null, service: { id: string, sid: string, accountSid: string, friendlyName: string | null, dateCreated: string | null, dateUpdated: string | null, defaultServiceRoleSid: string | null, defaultChannelRoleSid: string | null, defaultChannelCreatorRoleSid: string | null, readStatusEnabled: boolean | null, reachabilityEnabled: boolean | null, typingIndicatorTimeout: number, consumptionReportInterval: number, preWebhookUrl: string | null, postWebhookUrl: string | null, webhookMethod: WebhookMethod | null, webhookFilters: Array<string>, preWebhookRetryCount: number, postWebhookRetryCount: number, url: string | null, limits: { channelMembers: number | null, userChannels: number | null }, notifications: { logEnabled: boolean | null, newMessage: { enabled: boolean | null, template: string | null, sound: string | null, badgeCountEnabled: boolean | null }, addedToChannel: { enabled: boolean | null, template: string | null, sound: string | null }, removedFromChannel: { enabled: boolean | null, template: string | null, sound: string | null }, invitedToChannel: { enabled: boolean | null, template: string | null, sound: string | null } }, media: { sizeLimitMb: number | null, compatibilityMessage: string | null } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type DeleteServiceMutationVariables = Exact<{
  input: DeleteServiceInput;
}>;


export type DeleteServiceMutation = { deleteService: { clientMutationId: string | null, deletedServiceSid: string | null, deletedServiceId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type GetServiceQueryVariables = Exact<{
  sid: string;
}>;


export type GetServiceQuery = { service: { id: string, sid: string, accountSid: string, friendlyName: string | null, dateCreated: string | null, dateUpdated: string | null, defaultServiceRoleSid: string | null, defaultChannelRoleSid: string | null, defaultChannelCreatorRoleSid: string | null, readStatusEnabled: boolean | null, reachabilityEnabled: boolean | null, typingIndicatorTimeout: number, consumptionReportInterval: number, preWebhookUrl: string | null, postWebhookUrl: string | null, webhookMethod: WebhookMethod | null, webhookFilters: Array<string>, preWebhookRetryCount: number, postWebhookRetryCount: number, url: string | null, limits: { channelMembers: number | null, userChannels: number | null }, notifications: { logEnabled: boolean | null, newMessage: { enabled: boolean | null, template: string | null, sound: string | null, badgeCountEnabled: boolean | null }, addedToChannel: { enabled: boolean | null, template: string | null, sound: string | null }, removedFromChannel: { enabled: boolean | null, template: string | null, sound: string | null }, invitedToChannel: { enabled: boolean | null, template: string | null, sound: string | null } }, media: { sizeLimitMb: number | null, compatibilityMessage: string | null } } | null };

export type ListServicesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ListServicesQuery = { services: { edges: Array<{ cursor: string, node: { id: string, sid: string, friendlyName: string | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ServicesWithDefaultRolesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ServicesWithDefaultRolesQuery = { services: { nodes: Array<{ id: string, sid: string, defaultServiceRole: { id: string, friendlyName: string | null } | null, defaultChannelRole: { id: string, friendlyName: string | null } | null, defaultChannelCreatorRole: { id: string, friendlyName: string | null } | null }> } };

export type ServiceRolesQueryVariables = Exact<{
  sid: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ServiceRolesQuery = { service: { id: string, sid: string, defaultServiceRole: { id: string, sid: string, serviceSid: string, accountSid: string, friendlyName: string | null, type: RoleType | null, permissions: Array<string>, dateCreated: string | null, dateUpdated: string | null, url: string | null } | null, defaultChannelRole: { id: string, sid: string, serviceSid: string, accountSid: string, friendlyName: string | null, type: RoleType | null, permissions: Array<string>, dateCreated: string | null, dateUpdated: string | null, url: string | null } | null, defaultChannelCreatorRole: { id: string, sid: string, serviceSid: string, accountSid: string, friendlyName: string | null, type: RoleType | null, permissions: Array<string>, dateCreated: string | null, dateUpdated: string | null, url: string | null } | null, roles: { nodes: Array<{ id: string, sid: string, serviceSid: string, accountSid: string, friendlyName: string | null, type: RoleType | null, permissions: Array<string>, dateCreated: string | null, dateUpdated: string | null, url: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type NodeByIdQueryVariables = Exact<{
  id: string;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Binding', id: string }
    | { __typename: 'Channel', id: string }
    | { __typename: 'ChannelWebhook', id: string }
    | { __typename: 'Credential', id: string }
    | { __typename: 'Invite', id: string }
    | { __typename: 'Member', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'Role', sid: string, serviceSid: string, friendlyName: string | null, id: string }
    | { __typename: 'Service', sid: string, friendlyName: string | null, id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'UserChannel', id: string }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type NodesByIdsQuery = { nodes: Array<
    | { __typename: 'Binding', id: string }
    | { __typename: 'Channel', id: string }
    | { __typename: 'ChannelWebhook', id: string }
    | { __typename: 'Credential', id: string }
    | { __typename: 'Invite', id: string }
    | { __typename: 'Member', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'Service', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'UserChannel', id: string }
   | null> };

export type ServiceMembershipQueryVariables = Exact<{
  sid: string;
}>;


export type ServiceMembershipQuery = { service: { id: string, friendlyName: string | null, limits: { channelMembers: number | null }, notifications: { addedToChannel: { enabled: boolean | null } } } | null };

export type ServiceMessagingQueryVariables = Exact<{
  sid: string;
}>;


export type ServiceMessagingQuery = { service: { id: string, limits: { userChannels: number | null }, notifications: { newMessage: { enabled: boolean | null, template: string | null } }, media: { sizeLimitMb: number | null, compatibilityMessage: string | null } } | null };

export type RoleEditorQueryVariables = Exact<{
  service: string;
}>;


export type RoleEditorQuery = { channelPermissions: Array<string>, deploymentPermissions: Array<string>, service: { id: string, sid: string, defaultServiceRoleSid: string | null, defaultChannelRoleSid: string | null, defaultChannelCreatorRoleSid: string | null, roles: { nodes: Array<{ id: string, sid: string, serviceSid: string, accountSid: string, friendlyName: string | null, type: RoleType | null, permissions: Array<string>, dateCreated: string | null, dateUpdated: string | null, url: string | null }> } } | null };

export type CreateRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type CreateRoleMutation = { createRole: { clientMutationId: string | null, role: { id: string, sid: string, serviceSid: string, accountSid: string, friendlyName: string | null, type: RoleType | null, permissions: Array<string>, dateCreated: string | null, dateUpdated: string | null, url: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type UpdateRoleMutationVariables = Exact<{
  input: UpdateRoleInput;
}>;


export type UpdateRoleMutation = { updateRole: { role: { id: string, sid: string, serviceSid: string, accountSid: string, friendlyName: string | null, type: RoleType | null, permissions: Array<string>, dateCreated: string | null, dateUpdated: string | null, url: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type DeleteRoleMutationVariables = Exact<{
  input: DeleteRoleInput;
}>;


export type DeleteRoleMutation = { deleteRole: { deletedRoleSid: string | null, deletedRoleId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type ServiceFieldsFragment = { id: string, sid: string, accountSid: string, friendlyName: string | null, dateCreated: string | null, dateUpdated: string | null, defaultServiceRoleSid: string | null, defaultChannelRoleSid: string | null, defaultChannelCreatorRoleSid: string | null, readStatusEnabled: boolean | null, reachabilityEnabled: boolean | null, typingIndicatorTimeout: number, consumptionReportInterval: number, preWebhookUrl: string | null, postWebhookUrl: string | null, webhookMethod: WebhookMethod | null, webhookFilters: Array<string>, preWebhookRetryCount: number, postWebhookRetryCount: number, url: string | null, limits: { channelMembers: number | null, userChannels: number | null }, notifications: { logEnabled: boolean | null, newMessage: { enabled: boolean | null, template: string | null, sound: string | null, badgeCountEnabled: boolean | null }, addedToChannel: { enabled: boolean | null, template: string | null, sound: string | null }, removedFromChannel: { enabled: boolean | null, template: string | null, sound: string | null }, invitedToChannel: { enabled: boolean | null, template: string | null, sound: string | null } }, media: { sizeLimitMb: number | null, compatibilityMessage: string | null } };

export type RoleFieldsFragment = { id: string, sid: string, serviceSid: string, accountSid: string, friendlyName: string | null, type: RoleType | null, permissions: Array<string>, dateCreated: string | null, dateUpdated: string | null, url: string | null };

export type MessageEventsSubscriptionVariables = Exact<{
  channel: string;
}>;


export type MessageEventsSubscription = { messageEvents: { kind: ChatEventKind, actorIdentity: string | null, messageId: string, message: { id: string, sid: string, index: number | null, body: string | null, attributes: unknown, from: string | null, wasEdited: boolean | null, dateCreated: string | null, author: { id: string, identity: string, friendlyName: string | null } | null } | null } };

export type MemberEventsSubscriptionVariables = Exact<{
  channel: string;
}>;


export type MemberEventsSubscription = { memberEvents: { kind: ChatEventKind, actorIdentity: string | null, memberId: string, member: { id: string, identity: string, lastConsumedMessageIndex: number | null } | null } };

export type ChannelEventsSubscriptionVariables = Exact<{
  service: string;
}>;


export type ChannelEventsSubscription = { channelEvents: { kind: ChatEventKind, actorIdentity: string | null, channelId: string, channel: { id: string, sid: string, friendlyName: string | null, messagesCount: number | null } | null } };

export type UserErrorFieldsFragment = { field: Array<string> | null, message: string, code: string };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { clientMutationId: string | null, user: { id: string, sid: string, identity: string, friendlyName: string | null, attributes: unknown, roleSid: string | null, joinedChannelsCount: number | null, dateCreated: string | null, dateUpdated: string | null, role: { id: string, friendlyName: string | null } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { user: { id: string, sid: string, identity: string, friendlyName: string | null, attributes: unknown, roleSid: string | null, joinedChannelsCount: number | null, dateCreated: string | null, dateUpdated: string | null, role: { id: string, friendlyName: string | null } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type DeleteUserMutationVariables = Exact<{
  input: DeleteUserInput;
}>;


export type DeleteUserMutation = { deleteUser: { deletedUserSid: string | null, deletedUserId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type UpdateUserChannelMutationVariables = Exact<{
  input: UpdateUserChannelInput;
}>;


export type UpdateUserChannelMutation = { updateUserChannel: { userChannel: { id: string, channelSid: string, memberSid: string | null, status: UserChannelStatus | null, unreadMessagesCount: number | null, lastConsumedMessageIndex: number | null, notificationLevel: NotificationLevel | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type LeaveChannelMutationVariables = Exact<{
  input: LeaveChannelInput;
}>;


export type LeaveChannelMutation = { leaveChannel: { deletedUserChannelId: string | null, deletedMemberSid: string | null, deletedMemberId: string | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type AdminUsersQueryVariables = Exact<{
  service: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminUsersQuery = { service: { id: string, sid: string, users: { edges: Array<{ cursor: string, node: { id: string, sid: string, identity: string, friendlyName: string | null, attributes: unknown, roleSid: string | null, joinedChannelsCount: number | null, dateCreated: string | null, dateUpdated: string | null, role: { id: string, sid: string, friendlyName: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type UserProfileQueryVariables = Exact<{
  service: string;
  sid?: string | null | undefined;
  identity?: string | null | undefined;
}>;


export type UserProfileQuery = { service: { id: string, user: { isOnline: boolean | null, isNotifiable: boolean | null, id: string, sid: string, identity: string, friendlyName: string | null, attributes: unknown, roleSid: string | null, joinedChannelsCount: number | null, dateCreated: string | null, dateUpdated: string | null, role: { id: string, friendlyName: string | null, permissions: Array<string> } | null } | null } | null };

export type UserFieldsFragment = { id: string, sid: string, identity: string, friendlyName: string | null, attributes: unknown, roleSid: string | null, joinedChannelsCount: number | null, dateCreated: string | null, dateUpdated: string | null };

export type InboxQueryVariables = Exact<{
  service: string;
  me: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InboxQuery = { service: { id: string, user: { id: string, sid: string, identity: string, channels: { edges: Array<{ cursor: string, node: { id: string, channelSid: string, memberSid: string | null, status: UserChannelStatus | null, unreadMessagesCount: number | null, lastConsumedMessageIndex: number | null, notificationLevel: NotificationLevel | null, channel: { id: string, sid: string, friendlyName: string | null, uniqueName: string | null }, lastMessage: { id: string, sid: string, index: number | null, body: string | null, from: string | null, dateCreated: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null } | null };

export type UserChannelFieldsFragment = { id: string, channelSid: string, memberSid: string | null, status: UserChannelStatus | null, unreadMessagesCount: number | null, lastConsumedMessageIndex: number | null, notificationLevel: NotificationLevel | null };

export const BindingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BindingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Binding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"bindingType"}},{"kind":"Field","name":{"kind":"Name","value":"credentialSid"}},{"kind":"Field","name":{"kind":"Name","value":"messageTypes"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}}]}}]} as unknown as DocumentNode<BindingFieldsFragment, unknown>;
export const MessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"wasEdited"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}}]}}]} as unknown as DocumentNode<MessageFieldsFragment, unknown>;
export const ChannelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueName"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"membersCount"}},{"kind":"Field","name":{"kind":"Name","value":"messagesCount"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}}]}}]} as unknown as DocumentNode<ChannelFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"lastConsumedMessageIndex"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}}]}}]} as unknown as DocumentNode<MemberFieldsFragment, unknown>;
export const CredentialFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sandbox"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}}]}}]} as unknown as DocumentNode<CredentialFieldsFragment, unknown>;
export const ServiceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"accountSid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"defaultServiceRoleSid"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannelRoleSid"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannelCreatorRoleSid"}},{"kind":"Field","name":{"kind":"Name","value":"readStatusEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reachabilityEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"typingIndicatorTimeout"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionReportInterval"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelMembers"}},{"kind":"Field","name":{"kind":"Name","value":"userChannels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preWebhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"postWebhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"webhookMethod"}},{"kind":"Field","name":{"kind":"Name","value":"webhookFilters"}},{"kind":"Field","name":{"kind":"Name","value":"preWebhookRetryCount"}},{"kind":"Field","name":{"kind":"Name","value":"postWebhookRetryCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"newMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"sound"}},{"kind":"Field","name":{"kind":"Name","value":"badgeCountEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addedToChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"sound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedFromChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"sound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedToChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"sound"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sizeLimitMb"}},{"kind":"Field","name":{"kind":"Name","value":"compatibilityMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]} as unknown as DocumentNode<ServiceFieldsFragment, unknown>;
export const RoleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"serviceSid"}},{"kind":"Field","name":{"kind":"Name","value":"accountSid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]} as unknown as DocumentNode<RoleFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"roleSid"}},{"kind":"Field","name":{"kind":"Name","value":"joinedChannelsCount"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}}]}}]} as unknown as DocumentNode<UserFieldsFragment, unknown>;
export const UserChannelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channelSid"}},{"kind":"Field","name":{"kind":"Name","value":"memberSid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unreadMessagesCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastConsumedMessageIndex"}},{"kind":"Field","name":{"kind":"Name","value":"notificationLevel"}}]}}]} as unknown as DocumentNode<UserChannelFieldsFragment, unknown>;
export const UserDevicesDocument = {"__meta__":{"hash":"sha256:a4aa7d1f100204240b51015915d40582ae49104cd4d68f89f8a4130d6a213f3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserDevices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bindingTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PushService"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"isNotifiable"}},{"kind":"Field","name":{"kind":"Name","value":"bindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"bindingTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bindingTypes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BindingFields"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BindingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Binding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"bindingType"}},{"kind":"Field","name":{"kind":"Name","value":"credentialSid"}},{"kind":"Field","name":{"kind":"Name","value":"messageTypes"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}}]}}]} as unknown as DocumentNode<UserDevicesQuery, UserDevicesQueryVariables>;
export const ServiceBindingsDocument = {"__meta__":{"hash":"sha256:a231058db6185fc135413f49db169440bc11665db559d6325a3a4b40aada507c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceBindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identities"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bindingTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PushService"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"identities"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identities"}}},{"kind":"Argument","name":{"kind":"Name","value":"bindingTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bindingTypes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BindingFields"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BindingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Binding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"bindingType"}},{"kind":"Field","name":{"kind":"Name","value":"credentialSid"}},{"kind":"Field","name":{"kind":"Name","value":"messageTypes"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}}]}}]} as unknown as DocumentNode<ServiceBindingsQuery, ServiceBindingsQueryVariables>;
export const DeleteBindingDocument = {"__meta__":{"hash":"sha256:93ed4b407c1b8485d017aa43cb53c9e74161ea20d3d8c8f48f62154b25509403"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteBindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedBindingSid"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBindingId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<DeleteBindingMutation, DeleteBindingMutationVariables>;
export const CreateChannelDocument = {"__meta__":{"hash":"sha256:54456b9bbdfbbf5d8ddecc34d194975bf3fe0922a6017f2d858f1ed5414fb678"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueName"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"membersCount"}},{"kind":"Field","name":{"kind":"Name","value":"messagesCount"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<CreateChannelMutation, CreateChannelMutationVariables>;
export const UpdateChannelDocument = {"__meta__":{"hash":"sha256:2402dda5a8eaf8fa8399ab88016bfa408ce6029cf04ac5e744c4bc35cb76f2d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueName"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"membersCount"}},{"kind":"Field","name":{"kind":"Name","value":"messagesCount"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UpdateChannelMutation, UpdateChannelMutationVariables>;
export const DeleteChannelDocument = {"__meta__":{"hash":"sha256:2a70ce5370f70834067210dc1e248d49c78605e27b518822b5795ec8a007b0fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedChannelSid"}},{"kind":"Field","name":{"kind":"Name","value":"deletedChannelId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<DeleteChannelMutation, DeleteChannelMutationVariables>;
export const AddMemberDocument = {"__meta__":{"hash":"sha256:b6db773a41c803d20a9a14f80a3c8e900fb5d594bcde24041db1506979aca381"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"lastConsumedMessageIndex"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<AddMemberMutation, AddMemberMutationVariables>;
export const MarkReadDocument = {"__meta__":{"hash":"sha256:bb281af87fafb6281730359c327ade568c93e884f1e7664086d383c9313313e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastConsumedMessageIndex"}},{"kind":"Field","name":{"kind":"Name","value":"lastConsumptionTimestamp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<MarkReadMutation, MarkReadMutationVariables>;
export const RemoveMemberDocument = {"__meta__":{"hash":"sha256:77e44781a651e71831081efb8aca5fb94fd12a359bdf3ca294561c72c3cf91b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedMemberSid"}},{"kind":"Field","name":{"kind":"Name","value":"deletedMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const SendMessageDocument = {"__meta__":{"hash":"sha256:c4ac1cf45f2f2ebbd253966fd794e116d6193342457798430090594664cef201"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"wasEdited"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<SendMessageMutation, SendMessageMutationVariables>;
export const UpdateMessageDocument = {"__meta__":{"hash":"sha256:98eb3a0a01914deb4ebafd0d0a163f57a91d97641028d0535aa5d759488ad4a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"wasEdited"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UpdateMessageMutation, UpdateMessageMutationVariables>;
export const DeleteMessageDocument = {"__meta__":{"hash":"sha256:3e47ca7339a640a2d63d449d79dc8a3eb20727499ce43d7b75e7d5ef63c90629"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedMessageSid"}},{"kind":"Field","name":{"kind":"Name","value":"deletedMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<DeleteMessageMutation, DeleteMessageMutationVariables>;
export const CreateInviteDocument = {"__meta__":{"hash":"sha256:ba4895bee299b7a0278139da55d4f4900cf3e2c45ad2c7cd8da77b6ac4b4f861"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"roleSid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<CreateInviteMutation, CreateInviteMutationVariables>;
export const DeleteInviteDocument = {"__meta__":{"hash":"sha256:d47d56a9ce34cbdb4ed308daa9110ed7d32068cdf2d2c28dcecf33e4d83fd5f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedInviteSid"}},{"kind":"Field","name":{"kind":"Name","value":"deletedInviteId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<DeleteInviteMutation, DeleteInviteMutationVariables>;
export const CreateChannelWebhookDocument = {"__meta__":{"hash":"sha256:5f6fcb3c329e651134721f6173c6d60589f5412c50777a7eb63b7afc0fdaa8f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateChannelWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChannelWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChannelWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"configuration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"filters"}},{"kind":"Field","name":{"kind":"Name","value":"triggers"}},{"kind":"Field","name":{"kind":"Name","value":"flowSid"}},{"kind":"Field","name":{"kind":"Name","value":"retryCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<CreateChannelWebhookMutation, CreateChannelWebhookMutationVariables>;
export const UpdateChannelWebhookDocument = {"__meta__":{"hash":"sha256:d21052ba7cf451faf04678ce68ff6d5890306b4552ec6ff78ecfe3f8cb55ae1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateChannelWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateChannelWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChannelWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"configuration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"filters"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UpdateChannelWebhookMutation, UpdateChannelWebhookMutationVariables>;
export const DeleteChannelWebhookDocument = {"__meta__":{"hash":"sha256:455147d68cc8dc99e0c49b7ad0f861c85783b86e93dccb09984699f6d2d384e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteChannelWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteChannelWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteChannelWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedWebhookSid"}},{"kind":"Field","name":{"kind":"Name","value":"deletedWebhookId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<DeleteChannelWebhookMutation, DeleteChannelWebhookMutationVariables>;
export const ChatScreenDocument = {"__meta__":{"hash":"sha256:a8b16054dfde885c5cd8ea5794bd39b85b16a94404be89dc8510641dc02b87b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"me"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channels"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messages"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channels"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueName"}},{"kind":"Field","name":{"kind":"Name","value":"messagesCount"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"me"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastConsumedMessageIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messages"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"wasEdited"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}}]}}]} as unknown as DocumentNode<ChatScreenQuery, ChatScreenQueryVariables>;
export const MessageThreadDocument = {"__meta__":{"hash":"sha256:78c4de3444cccb64fba9697ae7f1aef972aab25fe3c5b9a36625e3808f609f37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"wasEdited"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}}]}}]} as unknown as DocumentNode<MessageThreadQuery, MessageThreadQueryVariables>;
export const ChannelByUniqueNameDocument = {"__meta__":{"hash":"sha256:b482435a28349e5136db3fe47e54a78d5b1529eb6fade102bb4b29b599e03595"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelByUniqueName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uniqueName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uniqueName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uniqueName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueName"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"membersCount"}},{"kind":"Field","name":{"kind":"Name","value":"messagesCount"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}}]}}]}}]} as unknown as DocumentNode<ChannelByUniqueNameQuery, ChannelByUniqueNameQueryVariables>;
export const ChannelMembersDocument = {"__meta__":{"hash":"sha256:42e1a7cd4e01a2432b451420cb6eb2fffad3585ba9b430200477de990e07580e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identities"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"identities"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identities"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"lastConsumedMessageIndex"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}}]}}]} as unknown as DocumentNode<ChannelMembersQuery, ChannelMembersQueryVariables>;
export const PushCredentialsDocument = {"__meta__":{"hash":"sha256:d9501008a9f256eb6916a4cc1e1382d2fa124c08de9695e8ef6b75176da25a31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PushCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CredentialFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sandbox"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}}]}}]} as unknown as DocumentNode<PushCredentialsQuery, PushCredentialsQueryVariables>;
export const PushCredentialDocument = {"__meta__":{"hash":"sha256:73db9b4074762c0a757bec4421cd6a903f2ec0b55c5a8ff2887d17feeec7053d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PushCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CredentialFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sandbox"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}}]}}]} as unknown as DocumentNode<PushCredentialQuery, PushCredentialQueryVariables>;
export const CreateCredentialDocument = {"__meta__":{"hash":"sha256:f71e843302f4538487ddc3367b7f9b8793de8df678e1a61fb9bb7181336bd4ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CredentialFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sandbox"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<CreateCredentialMutation, CreateCredentialMutationVariables>;
export const UpdateCredentialDocument = {"__meta__":{"hash":"sha256:a7d3c3225ede6b5dd5f082b9e975146fa34fc0a36143baaf54e2cacc9d0e58f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CredentialFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Credential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sandbox"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UpdateCredentialMutation, UpdateCredentialMutationVariables>;
export const DeleteCredentialDocument = {"__meta__":{"hash":"sha256:39210011eb59e75daa41d677fb6ab876809cca8f29e5ba6d0b538b393fc98366"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedCredentialSid"}},{"kind":"Field","name":{"kind":"Name","value":"deletedCredentialId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<DeleteCredentialMutation, DeleteCredentialMutationVariables>;
export const CreateServiceDocument = {"__meta__":{"hash":"sha256:59e11a1ff7d729c11accc49a673371800fa8dafce305bbe93ef437f6f0fd2935"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"accountSid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"defaultServiceRoleSid"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannelRoleSid"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannelCreatorRoleSid"}},{"kind":"Field","name":{"kind":"Name","value":"readStatusEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reachabilityEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"typingIndicatorTimeout"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionReportInterval"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelMembers"}},{"kind":"Field","name":{"kind":"Name","value":"userChannels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preWebhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"postWebhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"webhookMethod"}},{"kind":"Field","name":{"kind":"Name","value":"webhookFilters"}},{"kind":"Field","name":{"kind":"Name","value":"preWebhookRetryCount"}},{"kind":"Field","name":{"kind":"Name","value":"postWebhookRetryCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"newMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"sound"}},{"kind":"Field","name":{"kind":"Name","value":"badgeCountEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addedToChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"sound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedFromChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"sound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedToChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"sound"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sizeLimitMb"}},{"kind":"Field","name":{"kind":"Name","value":"compatibilityMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<CreateServiceMutation, CreateServiceMutationVariables>;
export const UpdateServiceDocument = {"__meta__":{"hash":"sha256:ff68fdf6743658b9c338d11b6e4f8d2a4b0401b53d054911a0f66847d1118ea2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"accountSid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"defaultServiceRoleSid"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannelRoleSid"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannelCreatorRoleSid"}},{"kind":"Field","name":{"kind":"Name","value":"readStatusEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reachabilityEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"typingIndicatorTimeout"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionReportInterval"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelMembers"}},{"kind":"Field","name":{"kind":"Name","value":"userChannels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preWebhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"postWebhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"webhookMethod"}},{"kind":"Field","name":{"kind":"Name","value":"webhookFilters"}},{"kind":"Field","name":{"kind":"Name","value":"preWebhookRetryCount"}},{"kind":"Field","name":{"kind":"Name","value":"postWebhookRetryCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"newMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"sound"}},{"kind":"Field","name":{"kind":"Name","value":"badgeCountEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addedToChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"sound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedFromChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"sound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedToChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"sound"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sizeLimitMb"}},{"kind":"Field","name":{"kind":"Name","value":"compatibilityMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UpdateServiceMutation, UpdateServiceMutationVariables>;
export const DeleteServiceDocument = {"__meta__":{"hash":"sha256:8165b34c57eb06d5e1934aa102f9e4bc773b8f29899d88d2c492f9eb4aec69c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedServiceSid"}},{"kind":"Field","name":{"kind":"Name","value":"deletedServiceId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<DeleteServiceMutation, DeleteServiceMutationVariables>;
export const GetServiceDocument = {"__meta__":{"hash":"sha256:6cfa99d3377b64267a214842ddc520130eac61927950a653ad091d7a7c8c743c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"accountSid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"defaultServiceRoleSid"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannelRoleSid"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannelCreatorRoleSid"}},{"kind":"Field","name":{"kind":"Name","value":"readStatusEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reachabilityEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"typingIndicatorTimeout"}},{"kind":"Field","name":{"kind":"Name","value":"consumptionReportInterval"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelMembers"}},{"kind":"Field","name":{"kind":"Name","value":"userChannels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preWebhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"postWebhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"webhookMethod"}},{"kind":"Field","name":{"kind":"Name","value":"webhookFilters"}},{"kind":"Field","name":{"kind":"Name","value":"preWebhookRetryCount"}},{"kind":"Field","name":{"kind":"Name","value":"postWebhookRetryCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"newMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"sound"}},{"kind":"Field","name":{"kind":"Name","value":"badgeCountEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addedToChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"sound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedFromChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"sound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedToChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"sound"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sizeLimitMb"}},{"kind":"Field","name":{"kind":"Name","value":"compatibilityMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]} as unknown as DocumentNode<GetServiceQuery, GetServiceQueryVariables>;
export const ListServicesDocument = {"__meta__":{"hash":"sha256:41c5157efa943f9106579ac88add395e6d350128de88167e1a006f0902484a8a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListServicesQuery, ListServicesQueryVariables>;
export const ServicesWithDefaultRolesDocument = {"__meta__":{"hash":"sha256:b76bff5a7b030eff1c323defe8a55ebd1912711d69ebc8aab6798d6e71638013"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServicesWithDefaultRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"defaultServiceRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannelRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannelCreatorRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServicesWithDefaultRolesQuery, ServicesWithDefaultRolesQueryVariables>;
export const ServiceRolesDocument = {"__meta__":{"hash":"sha256:9acc232bd78e0a5383e3a103a7f695f7ddb756c336771d931ff981b0bcb6f1d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"defaultServiceRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannelRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannelCreatorRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"serviceSid"}},{"kind":"Field","name":{"kind":"Name","value":"accountSid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]} as unknown as DocumentNode<ServiceRolesQuery, ServiceRolesQueryVariables>;
export const NodeByIdDocument = {"__meta__":{"hash":"sha256:e9063dde0d61d120fcf211982eb2240ec6173ad873746d55b9b711d0bf1b0364"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"serviceSid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"__meta__":{"hash":"sha256:d420e249d2371453b74c30b894f79d533948cb4920ce5745731efb4b997784cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const ServiceMembershipDocument = {"__meta__":{"hash":"sha256:35d83bb6d61fabecc30eec2c4665be88983030aae41879c210b170b012977df6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelMembers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addedToChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceMembershipQuery, ServiceMembershipQueryVariables>;
export const ServiceMessagingDocument = {"__meta__":{"hash":"sha256:fc65ba07bb136bf3070172d4b1fa86aba4016ef8580f2d859899640abca6b129"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceMessaging"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userChannels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"template"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sizeLimitMb"}},{"kind":"Field","name":{"kind":"Name","value":"compatibilityMessage"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceMessagingQuery, ServiceMessagingQueryVariables>;
export const RoleEditorDocument = {"__meta__":{"hash":"sha256:d62f33d62e3d53608823086e1c6f83d7231a192b37e65e6253faf642c4bb4903"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleEditor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"defaultServiceRoleSid"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannelRoleSid"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannelCreatorRoleSid"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"channelPermissions"},"name":{"kind":"Name","value":"rolePermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"CHANNEL"}}]},{"kind":"Field","alias":{"kind":"Name","value":"deploymentPermissions"},"name":{"kind":"Name","value":"rolePermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"DEPLOYMENT"}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"serviceSid"}},{"kind":"Field","name":{"kind":"Name","value":"accountSid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]} as unknown as DocumentNode<RoleEditorQuery, RoleEditorQueryVariables>;
export const CreateRoleDocument = {"__meta__":{"hash":"sha256:31df68784493ca85e2c89c388f2062924a4f5f360d8ee4a5ad3eca58525d0c59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"serviceSid"}},{"kind":"Field","name":{"kind":"Name","value":"accountSid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<CreateRoleMutation, CreateRoleMutationVariables>;
export const UpdateRoleDocument = {"__meta__":{"hash":"sha256:4d3bba47b49f15030c2dc5648b3e9ebe225bfd8a4fc492afaeba08fba13b858a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"serviceSid"}},{"kind":"Field","name":{"kind":"Name","value":"accountSid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const DeleteRoleDocument = {"__meta__":{"hash":"sha256:b53ea5281d10480ab7f1b6cbcd734b16c54dfc528317f697043a68d063ca75bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedRoleSid"}},{"kind":"Field","name":{"kind":"Name","value":"deletedRoleId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<DeleteRoleMutation, DeleteRoleMutationVariables>;
export const MessageEventsDocument = {"__meta__":{"hash":"sha256:a2830fa51ef497c4d35f0f313903fb0b70c689b829132cbe03d4f8ccf3fb7f5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MessageEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"wasEdited"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}}]}}]} as unknown as DocumentNode<MessageEventsSubscription, MessageEventsSubscriptionVariables>;
export const MemberEventsDocument = {"__meta__":{"hash":"sha256:dda25c30658c809e75a49e5a1203c36f5be6698edd631fa6257abf9d3223473b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MemberEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"lastConsumedMessageIndex"}}]}}]}}]}}]} as unknown as DocumentNode<MemberEventsSubscription, MemberEventsSubscriptionVariables>;
export const ChannelEventsDocument = {"__meta__":{"hash":"sha256:aa6574ce6a7540d3053cb20fe2856e797dabbb5c912eaf91cf81defbf532e5fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChannelEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"messagesCount"}}]}}]}}]}}]} as unknown as DocumentNode<ChannelEventsSubscription, ChannelEventsSubscriptionVariables>;
export const CreateUserDocument = {"__meta__":{"hash":"sha256:00da832b38d806cc630b413fa774dbccd4fe54500fb0bfa8cf45ac0043101ceb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"roleSid"}},{"kind":"Field","name":{"kind":"Name","value":"joinedChannelsCount"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"__meta__":{"hash":"sha256:516a32a7b429ad2bb912ea1bfc83772568dc18ded006855370df8f910faa0a7f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"roleSid"}},{"kind":"Field","name":{"kind":"Name","value":"joinedChannelsCount"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const DeleteUserDocument = {"__meta__":{"hash":"sha256:42dc3e3b1e0f27e197ce7f24b12983213945886f6aadd2d3f1b6bc44ef9247c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedUserSid"}},{"kind":"Field","name":{"kind":"Name","value":"deletedUserId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<DeleteUserMutation, DeleteUserMutationVariables>;
export const UpdateUserChannelDocument = {"__meta__":{"hash":"sha256:d512450d6ebdada1959f31af7df8ae9d7e7f0f0a627f55cad7e1b2aba5c035ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUserChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserChannelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channelSid"}},{"kind":"Field","name":{"kind":"Name","value":"memberSid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unreadMessagesCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastConsumedMessageIndex"}},{"kind":"Field","name":{"kind":"Name","value":"notificationLevel"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UpdateUserChannelMutation, UpdateUserChannelMutationVariables>;
export const LeaveChannelDocument = {"__meta__":{"hash":"sha256:355f71d103ed04a97cc4f3b6eb37a3591aaa6429db2b88ec3aaae716b2452371"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedUserChannelId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedMemberSid"}},{"kind":"Field","name":{"kind":"Name","value":"deletedMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<LeaveChannelMutation, LeaveChannelMutationVariables>;
export const AdminUsersDocument = {"__meta__":{"hash":"sha256:21da70a00653ca208bf9266b0aa533cde668aa98619ea3770ca8d145f64b5a66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"roleSid"}},{"kind":"Field","name":{"kind":"Name","value":"joinedChannelsCount"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const UserProfileDocument = {"__meta__":{"hash":"sha256:451daf40a37ce356308d249473749b3562a60f3d6d6297f22e5a2e2ce9fbb5f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sid"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sid"}}},{"kind":"Argument","name":{"kind":"Name","value":"identity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"isNotifiable"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"roleSid"}},{"kind":"Field","name":{"kind":"Name","value":"joinedChannelsCount"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dateUpdated"}}]}}]} as unknown as DocumentNode<UserProfileQuery, UserProfileQueryVariables>;
export const InboxDocument = {"__meta__":{"hash":"sha256:55f65469616d33e4127983d5202030aacff27ebca089f8be94b80f158a086024"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"me"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"me"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserChannelFields"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreated"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channelSid"}},{"kind":"Field","name":{"kind":"Name","value":"memberSid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unreadMessagesCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastConsumedMessageIndex"}},{"kind":"Field","name":{"kind":"Name","value":"notificationLevel"}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;