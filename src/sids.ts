// Twilio SID patterns, as the Chat v2 OpenAPI spec states them: a two-letter type prefix and 32
// hex digits, either case. One home for every prefix the Chat v2 API names, for the GraphQL
// layer's input checks and the emulator alike (the emulator mints its own in emulator/engine).

/** The type prefix of each kind of SID that Chat v2 names. */
export const SID_PREFIX = {
  account: "AC",
  apiKey: "SK",
  service: "IS",
  role: "RL",
  channel: "CH",
  member: "MB",
  message: "IM",
  invite: "IN",
  channelWebhook: "WH",
  user: "US",
  binding: "BS",
  credential: "CR",
  /** A Studio flow, named by a channel webhook of type `studio`. */
  flow: "FW",
  /** A media item attached to a message. */
  media: "ME",
} as const;

export type SidPrefix = (typeof SID_PREFIX)[keyof typeof SID_PREFIX];

const patterns = new Map<string, RegExp>();

/** `^<prefix>[0-9a-fA-F]{32}$`, as the spec writes every SID pattern. */
export function sidPattern(prefix: SidPrefix): RegExp {
  let re = patterns.get(prefix);
  if (!re) {
    re = new RegExp(`^${prefix}[0-9a-fA-F]{32}$`);
    patterns.set(prefix, re);
  }
  return re;
}

export function isSid(prefix: SidPrefix, value: string): boolean {
  return sidPattern(prefix).test(value);
}

export const ACCOUNT_SID_PATTERN = sidPattern("AC");
export const API_KEY_SID_PATTERN = sidPattern("SK");
export const SERVICE_SID_PATTERN = sidPattern("IS");
export const ROLE_SID_PATTERN = sidPattern("RL");
export const CHANNEL_SID_PATTERN = sidPattern("CH");
export const MEMBER_SID_PATTERN = sidPattern("MB");
export const MESSAGE_SID_PATTERN = sidPattern("IM");
export const INVITE_SID_PATTERN = sidPattern("IN");
export const CHANNEL_WEBHOOK_SID_PATTERN = sidPattern("WH");
export const USER_SID_PATTERN = sidPattern("US");
export const BINDING_SID_PATTERN = sidPattern("BS");
export const CREDENTIAL_SID_PATTERN = sidPattern("CR");
