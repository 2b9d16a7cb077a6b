import { parseBasicAuth, sameSecret } from "../http/basic-auth.js";
import { ACCOUNT_SID_PATTERN } from "../sids.js";
import { unauthorized } from "./engine/errors.js";

export interface AccountCredential {
  accountSid: string;
  authToken: string;
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

  /** The account and the auth token it authenticated with (the key of its webhooks' signatures). */
  authenticate(header: string | undefined): AccountCredential {
    const credentials = parseBasicAuth(header);
    if (!credentials) throw unauthorized();
    const { username, password } = credentials;
    if (!ACCOUNT_SID_PATTERN.test(username) || password === "") throw unauthorized();

    if (this.accounts) {
      let ok = false;
      // Walk every entry, comparing digests (sameSecret), so the time taken depends neither on
      // which entry matched nor on the configured tokens' lengths.
      for (const account of this.accounts) {
        const userOk = sameSecret(account.accountSid, username);
        const passOk = sameSecret(account.authToken, password);
        ok = (userOk && passOk) || ok;
      }
      if (!ok) throw unauthorized();
    }
    return { accountSid: username, authToken: password };
  }
}
