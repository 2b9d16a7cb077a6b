// HTTP Basic credentials and constant-time secret comparison, shared by chatql's access control
// (pass-through Twilio credentials, endpoint tokens) and the emulator's account check.

import { createHash, timingSafeEqual } from "node:crypto";

export interface BasicCredentials {
  username: string;
  /** Everything after the first colon: a password may itself contain colons. */
  password: string;
}

// Strict base64 (padding only at the end), so `Basic ***` or `Basic a=b` is not credentials.
const BASIC = /^Basic\s+([A-Za-z0-9+/]+={0,2})\s*$/i;

/** `Basic base64(username:password)` → its parts; null for any other header (or none). */
export function parseBasicAuth(header: string | undefined): BasicCredentials | null {
  const match = header === undefined ? null : BASIC.exec(header);
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return null;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * A secret's SHA-256 digest. Secrets are compared as digests, which all have the same length,
 * so neither the length nor the content of a configured secret leaks through timing.
 */
export function secretDigest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}

/** Whether `candidate` matches one of `digests`, checking every one (no early exit). */
export function matchesAnyDigest(candidate: string, digests: readonly Buffer[]): boolean {
  const candidateDigest = secretDigest(candidate);
  let matched = false;
  for (const digest of digests) matched = timingSafeEqual(digest, candidateDigest) || matched;
  return matched;
}

/** Constant-time equality of two secrets. */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(secretDigest(a), secretDigest(b));
}
