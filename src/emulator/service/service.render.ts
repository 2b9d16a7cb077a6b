import type { ServiceResource } from "../../twilio/resources.js";
import type { ServiceRow } from "./service.table.js";

/** The wire shape, property for property in the order of the spec's `chat.v2.service`. */
export function renderService(row: ServiceRow, origin: string): ServiceResource {
  const s = row.settings;
  const url = `${origin}/v2/Services/${row.sid}`;
  return {
    sid: row.sid,
    account_sid: row.account_sid,
    friendly_name: row.friendly_name,
    date_created: row.date_created,
    date_updated: row.date_updated,
    default_service_role_sid: s.default_service_role_sid,
    default_channel_role_sid: s.default_channel_role_sid,
    default_channel_creator_role_sid: s.default_channel_creator_role_sid,
    read_status_enabled: s.read_status_enabled,
    reachability_enabled: s.reachability_enabled,
    typing_indicator_timeout: s.typing_indicator_timeout,
    consumption_report_interval: s.consumption_report_interval,
    limits: { ...s.limits },
    pre_webhook_url: s.pre_webhook_url,
    post_webhook_url: s.post_webhook_url,
    webhook_method: s.webhook_method,
    webhook_filters: [...s.webhook_filters],
    pre_webhook_retry_count: s.pre_webhook_retry_count,
    post_webhook_retry_count: s.post_webhook_retry_count,
    notifications: structuredClone(s.notifications),
    media: { ...s.media },
    url,
    links: {
      channels: `${url}/Channels`,
      users: `${url}/Users`,
      roles: `${url}/Roles`,
      bindings: `${url}/Bindings`,
    },
  };
}
