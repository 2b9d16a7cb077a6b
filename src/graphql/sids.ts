// Twilio SID patterns, as the Chat v2 OpenAPI spec states them.
export const SERVICE_SID_PATTERN = /^IS[0-9a-fA-F]{32}$/;
export const ROLE_SID_PATTERN = /^RL[0-9a-fA-F]{32}$/;
