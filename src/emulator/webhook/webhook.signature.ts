// `X-Twilio-Signature`, as Twilio computes it for every webhook request: HMAC-SHA1, keyed by the
// account's auth token, over the full URL the request goes to followed by each POST parameter's
// name and value, parameters sorted by name; base64. A GET carries its parameters in the URL
// (signed as part of it) and signs no others. Source: Twilio's "Webhooks security" page and the
// `twilio` package's `getExpectedTwilioSignature`, against which webhook.signature.test.ts checks it.

import { createHmac } from "node:crypto";

export const SIGNATURE_HEADER = "X-Twilio-Signature";

export function twilioSignature(authToken: string, url: string, params: Readonly<Record<string, string>>): string {
  // Names sorted by UTF-16 code units, as JavaScript's default sort (and Twilio's libraries) order them.
  const data = Object.keys(params)
    .sort()
    .reduce((signed, name) => signed + name + params[name], url);
  return createHmac("sha1", authToken).update(Buffer.from(data, "utf8")).digest("base64");
}
