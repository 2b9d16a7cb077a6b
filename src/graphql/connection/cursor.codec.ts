// Connection cursors. Twilio pages are addressed by query parameters (PageSize, Page, PageToken)
// that only the upstream understands, so a cursor remembers the page its item was on, the item's
// position there and its SID. Resuming re-reads that page and finds the SID again: stable while
// items are created (appended) or deleted, and never a guess at Twilio's token format.
//
// Cursors are opaque to clients and signed (HMAC-SHA256 with CHATQL_CURSOR_SECRET, or a random
// per-process key): a hand-made or altered cursor is refused before it reaches an upstream request,
// and even a signed one is re-validated (parameters, PageSize within CHAT_MAX_PAGE_SIZE, SID shape).

import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export type PageQuery = Record<string, string>;

export interface Cursor {
  /** Query parameters of the upstream page the item was read from. */
  page: PageQuery;
  /** The item's index on that page when it was read. */
  index: number;
  /** The item's SID. */
  sid: string;
}

const VERSION = "c2:";
const PAGE_PARAMS = new Set(["PageSize", "Page", "PageToken"]);
/** Truncated HMAC: 128 bits is far beyond guessing, and keeps cursors short. */
const MAC_BYTES = 16;
const MAX_CURSOR_LENGTH = 4096;

export class CursorCodec {
  private readonly key: Buffer;

  /** `secret`: shared by every replica that must accept each other's cursors; random when null. */
  constructor(
    secret: string | null,
    private readonly maxPageSize: number,
  ) {
    this.key = secret === null ? randomBytes(32) : Buffer.from(secret, "utf8");
  }

  encode(cursor: Cursor): string {
    const payload = Buffer.from(VERSION + JSON.stringify([cursor.page, cursor.index, cursor.sid]), "utf8");
    return payload.toString("base64url") + "." + this.mac(payload).toString("base64url");
  }

  /** The cursor, or null when the string is not an untampered cursor chatql issued for this kind of item. */
  decode(value: string, sidPattern: RegExp): Cursor | null {
    if (value.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(value)) return null;
    const [body, mac] = value.split(".") as [string, string];
    const payload = Buffer.from(body, "base64url");
    const given = Buffer.from(mac, "base64url");
    if (given.length !== MAC_BYTES || !timingSafeEqual(given, this.mac(payload))) return null;
    const plain = payload.toString("utf8");
    if (!plain.startsWith(VERSION)) return null;
    try {
      return this.checked(JSON.parse(plain.slice(VERSION.length)), sidPattern);
    } catch {
      return null;
    }
  }

  private mac(payload: Buffer): Buffer {
    return createHmac("sha256", this.key).update(payload).digest().subarray(0, MAC_BYTES);
  }

  // Signed or not, everything that reaches an upstream request is checked again.
  private checked(parsed: unknown, sidPattern: RegExp): Cursor | null {
    if (!Array.isArray(parsed) || parsed.length !== 3) return null;
    const [page, index, sid] = parsed as unknown[];
    if (typeof page !== "object" || page === null || Array.isArray(page)) return null;
    for (const [key, value] of Object.entries(page)) {
      if (!PAGE_PARAMS.has(key) || typeof value !== "string" || value.length > 1024) return null;
    }
    const pageSize = (page as PageQuery).PageSize;
    if (pageSize !== undefined && !(/^\d{1,4}$/.test(pageSize) && Number(pageSize) >= 1 && Number(pageSize) <= this.maxPageSize)) return null;
    if (typeof index !== "number" || !Number.isSafeInteger(index) || index < 0 || index > this.maxPageSize) return null;
    if (typeof sid !== "string" || !sidPattern.test(sid)) return null;
    return { page: page as PageQuery, index, sid };
  }
}
