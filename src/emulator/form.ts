import { badRequest } from "./errors.js";

/** Parsed `application/x-www-form-urlencoded` data: every key keeps all its values, in order. */
export class FormParams {
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
export function parseForm(input: string | Uint8Array): FormParams {
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
  const params = new FormParams();
  if (text === "") return params;
  for (const pair of text.split("&")) {
    if (pair === "") continue; // tolerate `a=1&&b=2` and a trailing `&`
    const eq = pair.indexOf("=");
    const key = decodeComponent(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? "" : decodeComponent(pair.slice(eq + 1));
    params.add(key, value);
  }
  return params;
}
