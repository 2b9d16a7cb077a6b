// application/x-www-form-urlencoded encoding, byte-compatible with what Twilio's node client sends:
// it runs `qs.stringify(data, { arrayFormat: "repeat" })` (twilio/lib/base/RequestClient.js), so:
//  - keys are sent as given (Twilio's dotted names, e.g. `Notifications.NewMessage.Enabled`),
//    percent-encoded like values;
//  - RFC 3986 encoding: only `A-Z a-z 0-9 - . _ ~` stay literal, space is `%20` (never `+`),
//    and `! ' ( ) *` are escaped too (encodeURIComponent alone leaves them);
//  - text is UTF-8; a lone surrogate becomes U+FFFD (`%EF%BF%BD`), as qs does;
//  - booleans `true`/`false`, numbers via String() (so -0 is `0`);
//  - arrays repeat the key (`WebhookFilters=a&WebhookFilters=b`); an empty array sends nothing,
//    like qs — so an empty list cannot "clear" a list field through this encoding either;
//  - `undefined` (also inside arrays) is omitted;
//  - `null` is sent as an empty value (`PreWebhookUrl=`). That is what qs — and therefore the
//    twilio client — sends for null, and it is how Twilio clears a string setting such as a
//    webhook URL.
// Key order is insertion order.

export type FormScalar = string | number | boolean | null | undefined;
export type FormValue = FormScalar | readonly FormScalar[];
export type FormFields = Readonly<Record<string, FormValue>>;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` with each lone surrogate replaced by U+FFFD, as TextEncoder writes it: encodeURIComponent throws on one. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\ufffd");
}

/** Percent-encodes one key or value exactly as qs's default (RFC 3986) formatter does. */
export function encodeFormComponent(text: string): string {
  return encodeURIComponent(wellFormed(text)).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}

function scalarText(value: string | number | boolean | null): string {
  return value === null ? "" : String(value);
}

/** Encodes fields into a form body, e.g. `{ A: ["x", "y"], B: true }` → `A=x&A=y&B=true`. */
export function encodeForm(fields: FormFields): string {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    const values: readonly FormScalar[] = Array.isArray(value) ? value : [value as FormScalar];
    for (const item of values) {
      if (item === undefined) continue;
      pairs.push(encodeFormComponent(key) + "=" + encodeFormComponent(scalarText(item)));
    }
  }
  return pairs.join("&");
}
