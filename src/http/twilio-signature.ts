// `X-Twilio-Signature`, as Twilio computes it for every webhook request: HMAC-SHA1, keyed by the
// account's auth token, over the full URL the request goes to followed by each POST parameter's
// name and value, parameters sorted by name; base64. A GET carries its parameters in the URL
// (signed as part of it) and signs no others. Source: Twilio's "Webhooks security" page and the
// `twilio` package's `getExpectedTwilioSignature`/`validateRequest`, against which
// twilio-signature.test.ts checks both sides. The emulator signs with it; chatql checks with it.

import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "X-Twilio-Signature";

export function twilioSignature(authToken: string, url: string, params: Readonly<Record<string, string>>): string {
  // Names sorted by UTF-16 code units, as JavaScript's default sort (and Twilio's libraries) order them.
  const data = Object.keys(params)
    .sort()
    .reduce((signed, name) => signed + name + params[name], url);
  return createHmac("sha1", authToken).update(Buffer.from(data, "utf8")).digest("base64");
}

/**
 * The spellings of `url` Twilio's own validator accepts a signature for: as given, and with the
 * scheme's default port removed or added (a proxy may or may not show it).
 */
export function signedUrlCandidates(url: string): string[] {
  const match = /^(https?):\/\/([^/?#]*)(.*)$/i.exec(url);
  if (!match) return [url];
  const [, scheme, authority, rest] = match as unknown as [string, string, string, string];
  // The port follows the last colon, unless that colon is inside an IPv6 literal's brackets.
  const port = /:(\d*)$/.exec(authority.slice(authority.lastIndexOf("]") + 1));
  const host = port ? authority.slice(0, authority.length - port[0].length) : authority;
  const defaultPort = scheme.toLowerCase() === "https" ? "443" : "80";
  const spelled = (withPort: string) => `${scheme}://${host}${withPort}${rest}`;
  const candidates = [url];
  if (!port) candidates.push(spelled(`:${defaultPort}`));
  else if (port[1] === defaultPort) candidates.push(spelled(""));
  return candidates;
}

/** Whether `signature` is `authToken`'s signature of any spelling of `url` with `params`; constant time per comparison. */
export function signatureMatches(authToken: string, signature: string, url: string, params: Readonly<Record<string, string>>): boolean {
  const given = Buffer.from(signature, "utf8");
  let ok = false;
  for (const candidate of signedUrlCandidates(url)) {
    const expected = Buffer.from(twilioSignature(authToken, candidate, params), "utf8");
    // The expected length is fixed (base64 of 20 bytes), so comparing lengths first leaks nothing.
    ok = (given.length === expected.length && timingSafeEqual(given, expected)) || ok;
  }
  return ok;
}
