import { randomBytes } from "node:crypto";

// Twilio SIDs: a two-letter type prefix and 32 hex digits. We mint lowercase hex (as Twilio
// does) but accept either case on input, because the spec's patterns are case-insensitive.
export type SidPrefix = "AC" | "IS" | "RL" | "RQ" | "SK";

export function newSid(prefix: SidPrefix): string {
  return prefix + randomBytes(16).toString("hex");
}

const patterns = new Map<SidPrefix, RegExp>();

export function isSid(prefix: SidPrefix, value: string): boolean {
  let re = patterns.get(prefix);
  if (!re) {
    re = new RegExp(`^${prefix}[0-9a-fA-F]{32}$`);
    patterns.set(prefix, re);
  }
  return re.test(value);
}
