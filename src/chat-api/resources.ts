// The JSON shapes of the Chat v2 REST resources, exactly as Twilio's OpenAPI spec
// (`chat.v2.service`, `chat.v2.service.role`) names them. Shared by the emulator, which
// produces them, and the REST client, which consumes them.

export interface NewMessageNotificationResource {
  enabled?: boolean;
  template?: string;
  sound?: string;
  badge_count_enabled?: boolean;
}

export interface ChannelNotificationResource {
  enabled?: boolean;
  template?: string;
  sound?: string;
}

export interface NotificationsResource {
  log_enabled?: boolean;
  new_message?: NewMessageNotificationResource;
  added_to_channel?: ChannelNotificationResource;
  removed_from_channel?: ChannelNotificationResource;
  invited_to_channel?: ChannelNotificationResource;
}

export interface ServiceResource {
  sid: string;
  account_sid: string;
  friendly_name: string | null;
  date_created: string | null;
  date_updated: string | null;
  default_service_role_sid: string | null;
  default_channel_role_sid: string | null;
  default_channel_creator_role_sid: string | null;
  read_status_enabled: boolean | null;
  reachability_enabled: boolean | null;
  typing_indicator_timeout: number;
  consumption_report_interval: number;
  limits: { channel_members?: number; user_channels?: number } | null;
  pre_webhook_url: string | null;
  post_webhook_url: string | null;
  webhook_method: string | null;
  webhook_filters: string[] | null;
  pre_webhook_retry_count: number;
  post_webhook_retry_count: number;
  notifications: NotificationsResource | null;
  media: { size_limit_mb?: number; compatibility_message?: string | null } | null;
  url: string | null;
  links: Record<string, string> | null;
}

export type RoleType = "channel" | "deployment";

export interface RoleResource {
  sid: string;
  account_sid: string;
  service_sid: string;
  friendly_name: string | null;
  type: RoleType;
  permissions: string[] | null;
  date_created: string | null;
  date_updated: string | null;
  url: string | null;
}

/** The `meta` object of every Twilio list response. */
export interface ListMeta {
  first_page_url: string;
  key: string;
  next_page_url: string | null;
  page: number;
  page_size: number;
  previous_page_url: string | null;
  url: string;
}

/** Twilio's error body: `{code, message, more_info, status}`. */
export interface TwilioErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
}

/** `GET /v2/Services` response body. */
export interface ServiceListResponse {
  services: ServiceResource[];
  meta: ListMeta;
}

/** `GET /v2/Services/{ServiceSid}/Roles` response body. */
export interface RoleListResponse {
  roles: RoleResource[];
  meta: ListMeta;
}
