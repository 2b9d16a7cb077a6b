import { randomBytes } from "node:crypto";
import type { SidPrefix } from "../../sids.js";

// Minting is the emulator's job alone (src/sids.ts holds the patterns everyone checks against).
// Lowercase hex, as Twilio mints them; `RQ` names a request (the Twilio-Request-Id header).
export function mintSid(prefix: SidPrefix | "RQ"): string {
  return prefix + randomBytes(16).toString("hex");
}
