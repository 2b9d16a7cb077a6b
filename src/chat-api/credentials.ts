// Credentials for HTTP Basic against the Chat v2 API. Twilio accepts either the account's own
// auth token, or an API key (SK…) and its secret; in the second case the Basic username is the key
// SID, while the account SID still names the account the resources belong to.

import { createHash } from "node:crypto";

export interface AuthTokenCredentials {
  accountSid: string;
  authToken: string;
}

export interface ApiKeyCredentials {
  accountSid: string;
  apiKey: string;
  apiSecret: string;
}

export type Credentials = AuthTokenCredentials | ApiKeyCredentials;

function isApiKey(credentials: Credentials): credentials is ApiKeyCredentials {
  return "apiKey" in credentials;
}

/** A stable name for these credentials (SHA-256, base64url) to key maps and limits by; never the secret itself. */
export function credentialsDigest(credentials: Credentials): string {
  return createHash("sha256").update(JSON.stringify(credentials)).digest("base64url");
}

/** The Basic username/password pair Twilio expects for these credentials. */
function basicUserPass(credentials: Credentials): { username: string; password: string } {
  return isApiKey(credentials)
    ? { username: credentials.apiKey, password: credentials.apiSecret }
    : { username: credentials.accountSid, password: credentials.authToken };
}

/** The `Authorization` header value, `Basic base64(user:pass)`. */
export function basicAuthorization(credentials: Credentials): string {
  const { username, password } = basicUserPass(credentials);
  return "Basic " + Buffer.from(`${username}:${password}`, "utf8").toString("base64");
}

/**
 * Every string that must never show up in an error or log line: the secret itself and the
 * header derived from it (whole and base64 part). Used to scrub upstream-provided text.
 */
export function secretsOf(credentials: Credentials): string[] {
  const header = basicAuthorization(credentials);
  const secret = isApiKey(credentials) ? credentials.apiSecret : credentials.authToken;
  return [header, header.slice("Basic ".length), secret].filter((s) => s.length > 0);
}
