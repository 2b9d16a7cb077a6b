/** Everything about a service that its update call can change, besides the friendly name. */
export interface ServiceSettings {
  default_service_role_sid: string | null;
  default_channel_role_sid: string | null;
  default_channel_creator_role_sid: string | null;
  read_status_enabled: boolean;
  reachability_enabled: boolean;
  typing_indicator_timeout: number;
  consumption_report_interval: number;
  limits: { channel_members: number; user_channels: number };
  pre_webhook_url: string | null;
  post_webhook_url: string | null;
  webhook_method: string;
  webhook_filters: string[];
  pre_webhook_retry_count: number;
  post_webhook_retry_count: number;
  notifications: {
    log_enabled: boolean;
    new_message: ChannelNotification & { badge_count_enabled: boolean };
    added_to_channel: ChannelNotification;
    removed_from_channel: ChannelNotification;
    invited_to_channel: ChannelNotification;
  };
  media: { size_limit_mb: number; compatibility_message: string | null };
}

/** Unset template/sound are left out of the JSON, as Twilio does, rather than sent as null. */
export interface ChannelNotification {
  enabled: boolean;
  template?: string;
  sound?: string;
}

// Defaults as Twilio's docs state them. Where the seed contradicts itself (limits: prose says
// 250/100, the example shows 100/250) we follow the prose; see docs/emulator.md.
export function defaultServiceSettings(): ServiceSettings {
  return {
    default_service_role_sid: null,
    default_channel_role_sid: null,
    default_channel_creator_role_sid: null,
    read_status_enabled: true,
    reachability_enabled: false,
    typing_indicator_timeout: 5,
    consumption_report_interval: 10,
    limits: { channel_members: 250, user_channels: 100 },
    pre_webhook_url: null,
    post_webhook_url: null,
    webhook_method: "POST",
    webhook_filters: [],
    pre_webhook_retry_count: 0,
    post_webhook_retry_count: 0,
    notifications: {
      log_enabled: false,
      new_message: { enabled: false, badge_count_enabled: false },
      added_to_channel: { enabled: false },
      removed_from_channel: { enabled: false },
      invited_to_channel: { enabled: false },
    },
    media: { size_limit_mb: 150, compatibility_message: null },
  };
}
