// Who may call /graphql, and with which Twilio credentials. Endpoint tokens are compared in
// constant time (SHA-256 digests of equal length through timingSafeEqual, every token checked);
// in pass-through mode the caller's own `Basic AC…:secret` becomes the upstream credentials of
// that request only.

import type { IncomingHttpHeaders } from "node:http";
import { credentialsDigest, type AuthTokenCredentials, type Credentials } from "../chat-api/index.js";
import type { AccessConfig } from "../config.js";
import { matchesAnyDigest, parseBasicAuth, secretDigest } from "../http/basic-auth.js";
import { ACCOUNT_SID_PATTERN } from "../sids.js";

export type AccessDecision =
  | {
      allowed: true;
      credentials: Credentials | null;
      /**
       * Who is calling, however the header spelled it (`bearer`, spacing, base64 padding): a digest
       * of the token or of the pass-through credentials; null without access control. What
       * per-caller limits count by.
       */
      principal: string | null;
    }
  | { allowed: false; message: string; challenge: string };

export class AccessControl {
  private readonly tokenDigests: Buffer[];

  constructor(private readonly config: AccessConfig) {
    this.tokenDigests = config.apiTokens.map(secretDigest);
  }

  /** The decision for one /graphql request, from its headers. */
  decide(headers: IncomingHttpHeaders): AccessDecision {
    const authorization = headers.authorization ?? "";
    if (this.config.credentials === "passthrough") {
      const credentials = basicCredentials(authorization);
      if (!credentials) {
        return {
          allowed: false,
          message: "Send your Twilio credentials as Authorization: Basic base64(AC…:auth token)",
          challenge: 'Basic realm="chatql"',
        };
      }
      return { allowed: true, credentials, principal: credentialsDigest(credentials) };
    }
    if (this.tokenDigests.length > 0) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match || !this.isToken(match[1]!)) {
        return { allowed: false, message: "A valid Authorization: Bearer token is required", challenge: 'Bearer realm="chatql"' };
      }
      return { allowed: true, credentials: null, principal: secretDigest(match[1]!).toString("base64url") };
    }
    return { allowed: true, credentials: null, principal: null };
  }

  private isToken(candidate: string): boolean {
    // No early exit: the time taken does not depend on which token (if any) matched.
    return matchesAnyDigest(candidate, this.tokenDigests);
  }
}

/** Characters of a pass-through secret (a Twilio auth token is 32). */
export const PASSTHROUGH_SECRET_MAX = 256;

/** `Basic base64(AC…:secret)` → credentials; null for anything else. */
export function basicCredentials(authorization: string): AuthTokenCredentials | null {
  const basic = parseBasicAuth(authorization);
  if (!basic) return null;
  const { username: accountSid, password: authToken } = basic;
  if (!ACCOUNT_SID_PATTERN.test(accountSid) || authToken.length === 0 || authToken.length > PASSTHROUGH_SECRET_MAX) return null;
  return { accountSid, authToken };
}
