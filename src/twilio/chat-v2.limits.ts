// The bounds of what a Chat v2 resource may hold, in one table: chatql's GraphQL inputs refuse
// what is past them before any upstream call, and the emulator refuses it as Twilio would (400).
// Where Twilio documents a bound it is quoted with its source; where it documents none, "Ours"
// marks chatql's choice, which both sides then share (docs/emulator.md, "Bounds"). Text lengths
// count code points, as a user counts characters.

/**
 * Whether `value` has more than `max` code points (not UTF-16 units, so an emoji is one
 * character as a user sees it), without spreading a huge value into an array to find out.
 */
export function longerThan(value: string, max: number): boolean {
  if (value.length <= max) return false; // a code point takes one or two UTF-16 units
  if (value.length > 2 * max) return true;
  let count = 0;
  for (const _ of value) if (++count > max) return true;
  return false;
}

// ---- services, roles and their settings ----

/** `Limits.ChannelMembers` / `Limits.UserChannels`. The spec: "Can be up to 1,000." */
export const MEMBERSHIP_LIMIT_MAX = 1000;

/** Service `FriendlyName`. Ours: Twilio documents none; the spec allows channel names 256. */
export const SERVICE_NAME_MAX = 256;

/** Role `FriendlyName`. The spec: "It can be up to 64 characters long." */
export const ROLE_NAME_MAX = 64;

/** One `Permission` value. Ours: the longest name in Twilio's catalogue has 24 characters. */
export const PERMISSION_NAME_MAX = 64;

/** `Permission` values in one request. Ours: Twilio's catalogue has about two dozen names. */
export const PERMISSIONS_MAX = 50;

/** `Notifications.*.Template`. Ours: its push must fit a 4 KB APNs payload. */
export const NOTIFICATION_TEMPLATE_MAX = 1024;

/** `Notifications.*.Sound` (a sound file's name). Ours. */
export const NOTIFICATION_SOUND_MAX = 255;

/** `Media.CompatibilityMessage`. Ours. */
export const COMPATIBILITY_MESSAGE_MAX = 1024;

/** `PreWebhookUrl` / `PostWebhookUrl`. Ours: the long-standing safe URL length. */
export const WEBHOOK_URL_MAX = 2048;

/** `WebhookFilters` (and a channel webhook's `Configuration.Filters`) values in one request. Ours: more than the 23 events there are. */
export const WEBHOOK_FILTERS_MAX = 50;

/** Twilio's pre-event webhooks ("Webhook Events" page, https://www.twilio.com/docs/chat/webhook-events). */
export const PRE_EVENTS: readonly string[] = [
  "onMessageSend",
  "onMessageUpdate",
  "onMessageRemove",
  "onMediaMessageSend",
  "onChannelAdd",
  "onChannelUpdate",
  "onChannelDestroy",
  "onMemberAdd",
  "onMemberUpdate",
  "onMemberRemove",
  "onUserUpdate",
];

/** Twilio's post-event webhooks (the same page). */
export const POST_EVENTS: readonly string[] = [
  "onMessageSent",
  "onMessageUpdated",
  "onMessageRemoved",
  "onMediaMessageSent",
  "onChannelAdded",
  "onChannelUpdated",
  "onChannelDestroyed",
  "onMemberAdded",
  "onMemberUpdated",
  "onMemberRemoved",
  "onUserAdded",
  "onUserUpdated",
];

/** The events a `WebhookFilters` value may name: the pre-event and post-event webhooks. */
export const WEBHOOK_EVENTS: ReadonlySet<string> = new Set([...PRE_EVENTS, ...POST_EVENTS]);

// ---- the channel side (issue #11) ----

/**
 * Channel `FriendlyName` and `UniqueName`. The spec says 64 on create and 256 on update; we take
 * 256 for both, so a renamed channel can always be recreated as it is.
 */
export const CHANNEL_NAME_MAX = 256;

/** Every `Attributes` (a JSON text). Ours: Twilio documents none for Chat; Conversations caps a conversation's at 16 KB. */
export const ATTRIBUTES_MAX_BYTES = 16 * 1024;

/** An identity (`Identity`, `CreatedBy`, `From`, `LastUpdatedBy`). Ours: Conversations documents 256 characters for one. */
export const IDENTITY_MAX = 256;

/** A message `Body`: "Programmable Chat limits Message Body to 32 KiB" (https://www.twilio.com/docs/api/errors/50504). */
export const MESSAGE_BODY_MAX_BYTES = 32 * 1024;

/** `Configuration.Triggers` values: the spec says "up to a total of 5 trigger strings". */
export const WEBHOOK_TRIGGERS_MAX = 5;

/** One trigger string. Ours: it is matched against message bodies; 256 leaves room for any phrase. */
export const WEBHOOK_TRIGGER_MAX = 256;

/** `Configuration.RetryCount`: the spec says "an integer between 0 and 3, inclusive". */
export const WEBHOOK_RETRY_COUNT_MAX = 3;

/**
 * Webhooks one channel may have. Ours: the spec's largest page of channel webhooks is 5, and
 * Conversations documents five scoped webhooks per conversation.
 */
export const CHANNEL_WEBHOOKS_MAX = 5;

// ---- the user side (issue #12) ----

/** User `FriendlyName`. Ours: Twilio documents none; the same as an identity. */
export const USER_NAME_MAX = 256;

/** Credential `FriendlyName`: the spec says "It can be up to 64 characters long." */
export const CREDENTIAL_NAME_MAX = 64;

/** APN `Certificate` and `PrivateKey`, in UTF-8 bytes. Ours: a PEM certificate or key is a few KB. */
export const CREDENTIAL_PEM_MAX_BYTES = 16 * 1024;

/** GCM `ApiKey` and FCM `Secret`, in UTF-8 bytes. Ours: a server key is under 200 characters. */
export const CREDENTIAL_KEY_MAX_BYTES = 4 * 1024;

/** A seeded binding's `Endpoint` (a device token or registration id). Ours: FCM tokens run to about 160 characters. */
export const BINDING_ENDPOINT_MAX = 1024;

/** The message types a binding may subscribe to: the four push notification kinds of a service. */
export const BINDING_MESSAGE_TYPES: ReadonlySet<string> = new Set([
  "new_message",
  "added_to_channel",
  "removed_from_channel",
  "invited_to_channel",
]);
