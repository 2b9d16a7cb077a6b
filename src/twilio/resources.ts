// The Chat v2 wire shapes, named. Generated from Twilio's spec (chat-v2.generated.ts, by
// openapi-typescript from spec/twilio_chat_v2.json; `npm run generate`), so the emulator, which
// produces them, and the REST client, which consumes them, share one source neither side can
// bend to suit itself. The spec types every property optional and nullable; the properties the
// client's checks require (response-check.ts) are required here too.

import type { components, paths } from "./chat-v2.generated.js";

// `links` is a `uri-map` in the spec, which openapi-typescript turns into a map of `never`: it is a map of URLs.
type Schemas = { [K in keyof components["schemas"]]: Linked<components["schemas"][K]> };
type Linked<T> = T extends { links?: unknown } ? Omit<T, "links"> & { links?: Record<string, string> | null } : T;

/** `T` with `keys` present and non-null: what a checked response guarantees. */
export type Checked<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };

// The spec leaves these sub-objects untyped ("An object that describes…"); their shapes follow its
// descriptions and Twilio's service resource documentation.
export interface ServiceLimitsResource {
  channel_members?: number;
  user_channels?: number;
}

export interface ChannelNotificationResource {
  enabled?: boolean;
  template?: string;
  sound?: string;
}

export interface NewMessageNotificationResource extends ChannelNotificationResource {
  badge_count_enabled?: boolean;
}

export interface NotificationsResource {
  log_enabled?: boolean;
  new_message?: NewMessageNotificationResource;
  added_to_channel?: ChannelNotificationResource;
  removed_from_channel?: ChannelNotificationResource;
  invited_to_channel?: ChannelNotificationResource;
}

export interface MediaResource {
  size_limit_mb?: number;
  compatibility_message?: string | null;
}

type ServiceSchema = Omit<Schemas["chat.v2.service"], "limits" | "notifications" | "media"> & {
  limits?: ServiceLimitsResource | null;
  notifications?: NotificationsResource | null;
  media?: MediaResource | null;
};

export const SERVICE_REQUIRED = ["sid", "account_sid"] as const;
export type ServiceResource = Checked<ServiceSchema, (typeof SERVICE_REQUIRED)[number]>;

export const ROLE_REQUIRED = ["sid", "account_sid", "service_sid", "type"] as const;
export type RoleResource = Checked<Schemas["chat.v2.service.role"], (typeof ROLE_REQUIRED)[number]>;
export type RoleType = Schemas["role_enum_role_type"];

/**
 * A member, invite or user is someone's: chatql keys them by identity (loaders, `Member.user`),
 * so one without an identity is a broken answer, not an identity of "".
 */
export const IDENTITY_REQUIRED = ["identity"] as const;

/**
 * What the client's checks require of a schema besides its SID and account (which every check
 * requires). The client's generic result types (operation.call.ts) read it too.
 */
export const REQUIRED_BEYOND_SPEC = {
  "chat.v2.service": SERVICE_REQUIRED,
  "chat.v2.service.role": ROLE_REQUIRED,
  "chat.v2.service.channel.member": IDENTITY_REQUIRED,
  "chat.v2.service.channel.invite": IDENTITY_REQUIRED,
  "chat.v2.service.user": IDENTITY_REQUIRED,
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** The `meta` object of every Twilio list response. */
export type ListMeta = NonNullable<paths["/v2/Services"]["get"]["responses"][200]["content"]["application/json"]["meta"]>;

/** Twilio's error body: `{code, message, more_info, status}` (not in the spec, which has no error schemas). */
export interface TwilioErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
}

// ---- every family, as the client hands them out: the spec's schema with what its checks require ----

/** The properties every resource the client returns has: its SID and its account. */
export type WireResource<S extends keyof Schemas> = Checked<Schemas[S], Extract<"sid" | "account_sid", keyof Schemas[S]>>;

export type ChannelResource = WireResource<"chat.v2.service.channel">;
export type ChannelType = Schemas["channel_enum_channel_type"];
export type MemberResource = Checked<Schemas["chat.v2.service.channel.member"], "sid" | "account_sid" | (typeof IDENTITY_REQUIRED)[number]>;
export type MessageResource = WireResource<"chat.v2.service.channel.message">;
export type InviteResource = Checked<Schemas["chat.v2.service.channel.invite"], "sid" | "account_sid" | (typeof IDENTITY_REQUIRED)[number]>;
export type ChannelWebhookResource = WireResource<"chat.v2.service.channel.channel_webhook">;
export type UserResource = Checked<Schemas["chat.v2.service.user"], "sid" | "account_sid" | (typeof IDENTITY_REQUIRED)[number]>;
export type UserChannelResource = Checked<Schemas["chat.v2.service.user.user_channel"], "account_sid">;
export type BindingResource = WireResource<"chat.v2.service.binding">;
export type UserBindingResource = WireResource<"chat.v2.service.user.user_binding">;
export type CredentialResource = WireResource<"chat.v2.credential">;
