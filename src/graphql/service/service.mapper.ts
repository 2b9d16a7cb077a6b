// Twilio's snake_case Service JSON → the GraphQL Service object. Absent or `{}` sub-objects become
// objects of nulls; integers the spec defines as non-null with a default take that default (0).

import type { ChannelNotificationResource, ServiceResource } from "../../chat-api/index.js";
import { serviceGlobalId } from "../node/global-id.codec.js";
import { parseDate } from "../dates.js";
import {
  ChannelNotification,
  NewMessageNotification,
  Service,
  ServiceLimits,
  ServiceMedia,
  ServiceNotifications,
  WebhookMethod,
} from "./service.type.js";

export function serviceFromResource(resource: ServiceResource): Service {
  const notifications = resource.notifications ?? {};
  return Object.assign(new Service(), {
    id: serviceGlobalId(resource.sid),
    sid: resource.sid,
    accountSid: resource.account_sid,
    friendlyName: resource.friendly_name ?? null,
    dateCreated: parseDate(resource.date_created),
    dateUpdated: parseDate(resource.date_updated),
    defaultServiceRoleSid: resource.default_service_role_sid ?? null,
    defaultChannelRoleSid: resource.default_channel_role_sid ?? null,
    defaultChannelCreatorRoleSid: resource.default_channel_creator_role_sid ?? null,
    readStatusEnabled: resource.read_status_enabled ?? null,
    reachabilityEnabled: resource.reachability_enabled ?? null,
    typingIndicatorTimeout: resource.typing_indicator_timeout ?? 0,
    consumptionReportInterval: resource.consumption_report_interval ?? 0,
    limits: Object.assign(new ServiceLimits(), {
      channelMembers: resource.limits?.channel_members ?? null,
      userChannels: resource.limits?.user_channels ?? null,
    }),
    preWebhookUrl: resource.pre_webhook_url || null,
    postWebhookUrl: resource.post_webhook_url || null,
    webhookMethod: webhookMethodOf(resource.webhook_method),
    webhookFilters: resource.webhook_filters ?? [],
    preWebhookRetryCount: resource.pre_webhook_retry_count ?? 0,
    postWebhookRetryCount: resource.post_webhook_retry_count ?? 0,
    notifications: Object.assign(new ServiceNotifications(), {
      logEnabled: notifications.log_enabled ?? null,
      newMessage: Object.assign(new NewMessageNotification(), channelNotification(notifications.new_message), {
        badgeCountEnabled: notifications.new_message?.badge_count_enabled ?? null,
      }),
      addedToChannel: channelNotification(notifications.added_to_channel),
      removedFromChannel: channelNotification(notifications.removed_from_channel),
      invitedToChannel: channelNotification(notifications.invited_to_channel),
    }),
    media: Object.assign(new ServiceMedia(), {
      sizeLimitMb: resource.media?.size_limit_mb ?? null,
      compatibilityMessage: resource.media?.compatibility_message ?? null,
    }),
    url: resource.url ?? null,
  });
}

function channelNotification(resource: ChannelNotificationResource | undefined): ChannelNotification {
  return Object.assign(new ChannelNotification(), {
    enabled: resource?.enabled ?? null,
    template: resource?.template ?? null,
    sound: resource?.sound ?? null,
  });
}

function webhookMethodOf(value: string | null | undefined): WebhookMethod | null {
  const upper = value?.toUpperCase();
  return upper === "GET" || upper === "POST" ? WebhookMethod[upper] : null;
}
