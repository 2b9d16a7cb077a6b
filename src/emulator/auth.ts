import { createHash, timingSafeEqual } from "node:crypto";
import { unauthorized } from "./errors.js";
import { isSid } from "./sid.js";

export interface AccountCredential {
  accountSid: string;
  authToken: string;
}

// Compare digests rather than the raw strings so that neither the length nor the content
// of a configured token leaks through timing.
function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}

function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * Checks HTTP Basic credentials and returns the authenticated account SID.
 *
 * Without `accounts`, any `AC` + 32 hex username with a non-empty password is accepted, so
 * tests can invent accounts freely. With `accounts`, only the exact configured pairs pass.
 */
export class Authenticator {
  private readonly accounts: AccountCredential[] | undefined;

  constructor(accounts?: AccountCredential[]) {
    this.accounts = accounts?.map((a) => ({ ...a }));
  }

  authenticate(header: string | undefined): string {
    const match = header ? /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header) : null;
    if (!match) throw unauthorized();
    const decoded = Buffer.from(match[1], "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) throw unauthorized();
    const username = decoded.slice(0, colon);
    const password = decoded.slice(colon + 1);
    if (!isSid("AC", username) || password === "") throw unauthorized();

    if (this.accounts) {
      let ok = false;
      // Walk every entry, so the time taken does not depend on which one matched.
      for (const account of this.accounts) {
        const userOk = sameSecret(account.accountSid, username);
        const passOk = sameSecret(account.authToken, password);
        ok = (userOk && passOk) || ok;
      }
      if (!ok) throw unauthorized();
    }
    return username;
  }
}
