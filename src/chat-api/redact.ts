// Removes secrets from text chatql did not write itself (upstream error messages, library errors,
// log lines). An upstream can echo a secret in many shapes, so each secret is matched in every
// encoding we can name: as is, URL-encoded, hex, and base64/base64url at each of the three byte
// alignments it can have inside a longer base64 string (`base64("AC…:" + token)`), all
// case-insensitively (an upper-cased echo is still a leak).

export const REDACTED = "[redacted]";

/** Shorter strings would match ordinary text; chatql's own secrets are far longer. */
const MIN_SECRET_LENGTH = 4;

export class Redactor {
  private readonly pattern: RegExp | null;
  readonly secrets: readonly string[];

  constructor(secrets: Iterable<string>) {
    this.secrets = [...secrets];
    const variants = new Set<string>();
    for (const secret of this.secrets) {
      if (secret.length < MIN_SECRET_LENGTH) continue;
      for (const variant of encodingsOf(secret)) if (variant.length >= MIN_SECRET_LENGTH) variants.add(variant);
    }
    // Longest first, so a whole `Basic …` value goes before the token inside it.
    const alternatives = [...variants].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.pattern = alternatives.length > 0 ? new RegExp(alternatives.join("|"), "gi") : null;
  }

  redact(text: string): string {
    return this.pattern === null ? text : text.replace(this.pattern, REDACTED);
  }

  /** A redactor for this one's secrets and `more`. */
  with(more: Iterable<string>): Redactor {
    return new Redactor([...this.secrets, ...more]);
  }
}

/** Every spelling of `secret` we redact. */
export function encodingsOf(secret: string): string[] {
  const bytes = Buffer.from(secret, "utf8");
  const out = [secret, encodeURIComponent(secret), bytes.toString("hex")];
  for (const base64 of alignedBase64(bytes)) {
    const url = base64.replaceAll("+", "-").replaceAll("/", "_");
    out.push(base64, url, encodeURIComponent(base64));
  }
  return out;
}

/**
 * The base64 characters that depend only on `bytes`, for each offset (0, 1, 2) the bytes can
 * start at inside a longer encoded string: characters shared with a neighbouring byte are cut.
 */
function alignedBase64(bytes: Buffer): string[] {
  const out: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes])
      .toString("base64")
      .replace(/=+$/, "");
    const lead = [0, 2, 3][offset]!; // characters that also encode the padding bytes before
    const trail = (offset + bytes.length) % 3 === 0 ? 0 : 1; // a character shared with the next byte
    out.push(encoded.slice(lead, encoded.length - trail));
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
