// Twilio SID patterns, as the Chat v2 OpenAPI spec states them: a two-letter type prefix and 32
// hex digits. (The emulator, a separate part, mints and checks its own in emulator/sid.ts.)
export const ACCOUNT_SID_PATTERN = /^AC[0-9a-fA-F]{32}$/;
export const API_KEY_SID_PATTERN = /^SK[0-9a-fA-F]{32}$/;
export const SERVICE_SID_PATTERN = /^IS[0-9a-fA-F]{32}$/;
export const ROLE_SID_PATTERN = /^RL[0-9a-fA-F]{32}$/;
