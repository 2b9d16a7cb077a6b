// Connection cursors. Twilio pages are addressed by query parameters (PageSize, Page, PageToken)
// that only the upstream understands, so a cursor remembers the page its item was on, the item's
// position there and its SID. Resuming re-reads that page and finds the SID again: stable while
// items are created (appended) or deleted, and never a guess at Twilio's token format.

export type PageQuery = Record<string, string>;

export interface Cursor {
  /** Query parameters of the upstream page the item was read from. */
  page: PageQuery;
  /** The item's index on that page when it was read. */
  index: number;
  /** The item's SID. */
  sid: string;
}

const PREFIX = "c1:";
const PAGE_PARAMS = new Set(["PageSize", "Page", "PageToken"]);

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(PREFIX + JSON.stringify([cursor.page, cursor.index, cursor.sid]), "utf8").toString("base64url");
}

/** The cursor, or null when the string is not a cursor chatql issued for this kind of item. */
export function decodeCursor(value: string, sidPattern: RegExp): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,4096}$/.test(value)) return null;
  const plain = Buffer.from(value, "base64url").toString("utf8");
  if (!plain.startsWith(PREFIX)) return null;
  try {
    return checkedCursor(JSON.parse(plain.slice(PREFIX.length)), sidPattern);
  } catch {
    return null;
  }
}

// Everything a client could have tampered with is verified before it reaches an upstream request.
function checkedCursor(parsed: unknown, sidPattern: RegExp): Cursor | null {
  if (!Array.isArray(parsed) || parsed.length !== 3) return null;
  const [page, index, sid] = parsed as unknown[];
  if (typeof page !== "object" || page === null || Array.isArray(page)) return null;
  for (const [key, value] of Object.entries(page)) {
    if (!PAGE_PARAMS.has(key) || typeof value !== "string" || value.length > 1024) return null;
  }
  if (typeof index !== "number" || !Number.isSafeInteger(index) || index < 0 || index > 1000) return null;
  if (typeof sid !== "string" || !sidPattern.test(sid)) return null;
  return { page: page as PageQuery, index, sid };
}
