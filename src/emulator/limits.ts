// Every bound the emulator puts on what a caller can send or store, in one place. Together they
// cap the size of one stored service (and so of every list page: see docs/emulator.md, "Bounds",
// for each bound's source). Text lengths count code points, as a user counts characters.

/** Twilio bodies are small form posts; a bigger one is a 413, refused without buffering it. Ours. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** `Limits.ChannelMembers` / `Limits.UserChannels`. The spec: "Can be up to 1,000." */
export const MEMBERSHIP_LIMIT_MAX = 1000;

/** Service `FriendlyName`. Ours: Twilio documents none; the spec allows channel names 256. */
export const SERVICE_NAME_MAX = 256;

/** Role `FriendlyName`. The spec: "It can be up to 64 characters long." */
export const ROLE_NAME_MAX = 64;

/** One `Permission` value. Ours: the longest name in Twilio's catalogue has 24 characters. */
export const PERMISSION_NAME_MAX = 64;
