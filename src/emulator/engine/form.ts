import { badRequest } from "./errors.js";
import { FORM_PAIRS_MAX } from "../limits.js";

/** Parsed `application/x-www-form-urlencoded` data: every key keeps all its values, in order. */
export class ParsedParams {
  private readonly values = new Map<string, string[]>();

  add(key: string, value: string): void {
    const list = this.values.get(key);
    if (list) list.push(value);
    else this.values.set(key, [value]);
  }

  has(key: string): boolean {
    return this.values.has(key);
  }

  /** The first value of a single-valued parameter (Twilio ignores repeats of those). */
  get(key: string): string | undefined {
    return this.values.get(key)?.[0];
  }

  /** All values of a repeated parameter such as `Permission` or `WebhookFilters`. */
  getAll(key: string): string[] {
    return this.values.get(key) ?? [];
  }

  keys(): string[] {
    return [...this.values.keys()];
  }
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function decodeComponent(raw: string): string {
  try {
    // decodeURIComponent rejects both malformed `%xx` and escapes that are not valid UTF-8.
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    throw badRequest("Malformed percent-encoding or invalid UTF-8 in request parameters");
  }
}

/**
 * Parses a query string or form body strictly: bad escapes or invalid UTF-8 are a 400, never
 * a silently mangled value (URLSearchParams would substitute U+FFFD instead).
 */
export function parseForm(input: string | Uint8Array): ParsedParams {
  let text: string;
  if (typeof input === "string") {
    text = input;
  } else {
    try {
      text = strictUtf8.decode(input);
    } catch {
      throw badRequest("Request body is not valid UTF-8");
    }
  }
  const params = new ParsedParams();
  let pairs = 0;
  // Walk with indexOf rather than split("&"), so a body of `a&a&a…` is refused after
  // FORM_PAIRS_MAX pairs instead of first becoming an array of half a million strings.
  for (let start = 0; start < text.length;) {
    const amp = text.indexOf("&", start);
    const end = amp < 0 ? text.length : amp;
    const pair = text.slice(start, end);
    start = end + 1;
    if (pair === "") continue; // tolerate `a=1&&b=2` and a trailing `&`
    if (++pairs > FORM_PAIRS_MAX) {
      throw badRequest(`Too many parameters: a request may have at most ${FORM_PAIRS_MAX}`);
    }
    const eq = pair.indexOf("=");
    const key = decodeComponent(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? "" : decodeComponent(pair.slice(eq + 1));
    params.add(key, value);
  }
  return params;
}

/** `FriendlyName` → `friendlyName`; `Configuration.FlowSid` → `flowSid` when `Configuration.` is the prefix. */
type Camel<K extends string, Prefix extends string> = K extends `${Prefix}${infer Rest}` ? Uncapitalize<Rest> : never;

/**
 * A handler's form parameters under the model's names: the spec's key less `prefix`, its first
 * letter lower case. Every key listed is there, undefined when the request did not send it.
 */
export function camelCased<F extends object, K extends keyof F & string, Prefix extends string = "">(
  form: F,
  keys: readonly K[],
  prefix = "" as Prefix,
): { [P in K as Camel<P, Prefix>]: F[P] } {
  const named = keys.map((key) => [key.charAt(prefix.length).toLowerCase() + key.slice(prefix.length + 1), form[key]] as const);
  return Object.fromEntries(named) as { [P in K as Camel<P, Prefix>]: F[P] };
}
