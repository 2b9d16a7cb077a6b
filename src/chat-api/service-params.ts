// Typed parameters of `POST /v2/Services/{Sid}` and their mapping to Twilio's form keys.
// The mapping is one table: each row names the form key exactly as the OpenAPI spec does and how
// to read its value from the nested params. Rows are in the order twilio's own client writes
// them (rest/chat/v2/service.js `update`), so the encoded body is byte-identical to its body.

import type { FormFields, FormValue } from "./form.js";

export interface ChannelNotificationParams {
  enabled?: boolean;
  /** `null` clears the template (sent as an empty value). */
  template?: string | null;
  sound?: string | null;
}

export interface NewMessageNotificationParams extends ChannelNotificationParams {
  badgeCountEnabled?: boolean;
}

export interface NotificationsParams {
  logEnabled?: boolean;
  newMessage?: NewMessageNotificationParams;
  addedToChannel?: ChannelNotificationParams;
  removedFromChannel?: ChannelNotificationParams;
  invitedToChannel?: ChannelNotificationParams;
}

/**
 * Settings of a Service update, camelCase and nested. `undefined` leaves a setting unchanged;
 * `null` (string settings only) sends an empty value, which clears it upstream.
 */
export interface ServiceUpdateParams {
  friendlyName?: string;
  defaultServiceRoleSid?: string;
  defaultChannelRoleSid?: string;
  defaultChannelCreatorRoleSid?: string;
  readStatusEnabled?: boolean;
  reachabilityEnabled?: boolean;
  typingIndicatorTimeout?: number;
  /** Deprecated upstream; still accepted. */
  consumptionReportInterval?: number;
  notifications?: NotificationsParams;
  preWebhookUrl?: string | null;
  postWebhookUrl?: string | null;
  webhookMethod?: "GET" | "POST";
  webhookFilters?: string[];
  limits?: { channelMembers?: number; userChannels?: number };
  media?: { compatibilityMessage?: string | null };
  preWebhookRetryCount?: number;
  postWebhookRetryCount?: number;
}

type Row = readonly [formKey: string, read: (p: ServiceUpdateParams) => FormValue];

const n = (p: ServiceUpdateParams) => p.notifications;

/** Form key ← params, one row per key of the spec's `UpdateServiceRequest`. */
export const SERVICE_UPDATE_FIELDS: readonly Row[] = [
  ["FriendlyName", (p) => p.friendlyName],
  ["DefaultServiceRoleSid", (p) => p.defaultServiceRoleSid],
  ["DefaultChannelRoleSid", (p) => p.defaultChannelRoleSid],
  ["DefaultChannelCreatorRoleSid", (p) => p.defaultChannelCreatorRoleSid],
  ["ReadStatusEnabled", (p) => p.readStatusEnabled],
  ["ReachabilityEnabled", (p) => p.reachabilityEnabled],
  ["TypingIndicatorTimeout", (p) => p.typingIndicatorTimeout],
  ["ConsumptionReportInterval", (p) => p.consumptionReportInterval],
  ["Notifications.NewMessage.Enabled", (p) => n(p)?.newMessage?.enabled],
  ["Notifications.NewMessage.Template", (p) => n(p)?.newMessage?.template],
  ["Notifications.NewMessage.Sound", (p) => n(p)?.newMessage?.sound],
  ["Notifications.NewMessage.BadgeCountEnabled", (p) => n(p)?.newMessage?.badgeCountEnabled],
  ["Notifications.AddedToChannel.Enabled", (p) => n(p)?.addedToChannel?.enabled],
  ["Notifications.AddedToChannel.Template", (p) => n(p)?.addedToChannel?.template],
  ["Notifications.AddedToChannel.Sound", (p) => n(p)?.addedToChannel?.sound],
  ["Notifications.RemovedFromChannel.Enabled", (p) => n(p)?.removedFromChannel?.enabled],
  ["Notifications.RemovedFromChannel.Template", (p) => n(p)?.removedFromChannel?.template],
  ["Notifications.RemovedFromChannel.Sound", (p) => n(p)?.removedFromChannel?.sound],
  ["Notifications.InvitedToChannel.Enabled", (p) => n(p)?.invitedToChannel?.enabled],
  ["Notifications.InvitedToChannel.Template", (p) => n(p)?.invitedToChannel?.template],
  ["Notifications.InvitedToChannel.Sound", (p) => n(p)?.invitedToChannel?.sound],
  ["PreWebhookUrl", (p) => p.preWebhookUrl],
  ["PostWebhookUrl", (p) => p.postWebhookUrl],
  ["WebhookMethod", (p) => p.webhookMethod],
  // An empty list is sent as one empty value, which clears the filters upstream; twilio-node
  // would send nothing (and so could never clear them). The only place our bytes differ.
  ["WebhookFilters", (p) => (p.webhookFilters?.length === 0 ? "" : p.webhookFilters)],
  ["Limits.ChannelMembers", (p) => p.limits?.channelMembers],
  ["Limits.UserChannels", (p) => p.limits?.userChannels],
  ["Media.CompatibilityMessage", (p) => p.media?.compatibilityMessage],
  ["PreWebhookRetryCount", (p) => p.preWebhookRetryCount],
  ["PostWebhookRetryCount", (p) => p.postWebhookRetryCount],
  ["Notifications.LogEnabled", (p) => n(p)?.logEnabled],
];

/** The form fields for an update: only the settings that are set, keyed as Twilio names them. */
export function serviceUpdateFields(params: ServiceUpdateParams): FormFields {
  const fields: Record<string, FormValue> = {};
  for (const [formKey, read] of SERVICE_UPDATE_FIELDS) {
    const value = read(params);
    if (value !== undefined) fields[formKey] = value;
  }
  return fields;
}
