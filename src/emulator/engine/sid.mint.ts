import { randomBytes } from "node:crypto";
import type { SidPrefix } from "../../sids.js";

// Minting is the emulator's job alone (src/sids.ts holds the patterns everyone checks against).
// Lowercase hex, as Twilio mints them; `RQ` names a request (the Twilio-Request-Id header).
export function mintSid(prefix: SidPrefix | "RQ"): string {
  return prefix + randomBytes(16).toString("hex");
}

/** A new row's SID and the account and service it lives in. */
export function mintInService(prefix: SidPrefix, service: { sid: string; account_sid: string }) {
  return { sid: mintSid(prefix), account_sid: service.account_sid, service_sid: service.sid };
}

/** A new row's SID and the account, service and channel it lives in. */
export function mintInChannel(prefix: SidPrefix, channel: { sid: string; account_sid: string; service_sid: string }) {
  return { sid: mintSid(prefix), account_sid: channel.account_sid, service_sid: channel.service_sid, channel_sid: channel.sid };
}
