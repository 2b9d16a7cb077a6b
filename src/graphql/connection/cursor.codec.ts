// Connection cursors. Twilio pages are addressed by query parameters (PageSize, Page, PageToken)
// that only the upstream understands, so a cursor remembers the page its item was on, the item's
// position there and its SID. Resuming re-reads that page and finds the SID again: stable while
// items are created (appended) or deleted, and never a guess at Twilio's token format.
//
// A list whose items carry their own order (messages: `index`) also records the item's order key,
// so a cursor whose item is gone from its page (deleted, or pushed off a newest-first page by new
// items) still splits the page, and the pages beyond it, into older and newer. Every cursor also
// records digests of up to two items on each side of it on its page: when its own item was deleted,
// a surviving neighbour still marks its place, where its old position would be off by one for
// every other item deleted before it on the page.
//
// Cursors are opaque and signed. The page query, with a digest of the connection it belongs to
// (its scope, e.g. one service's roles), is encrypted once per page (AES-256-GCM); each cursor adds
// its index and SID and is signed as a whole (HMAC-SHA256). A digest, not the scope itself: a
// filtered list's scope holds its whole filter (up to 100 identities of 256 characters), too long
// for a cursor that must fit MAX_CURSOR_LENGTH. Keys come from CHATQL_CURSOR_SECRET, or are random
// per process. A cursor that was altered, made by hand, signed by another key or issued for
// another connection is refused before it reaches an upstream request, and even a valid one is
// re-validated (parameters, PageSize within CHAT_MAX_PAGE_SIZE, the SID's kind).

import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

export type PageQuery = Record<string, string>;

export interface Cursor {
  /** Query parameters of the upstream page the item was read from. */
  page: PageQuery;
  /** The item's index on that page when it was read. */
  index: number;
  /** The item's SID. */
  sid: string;
  /** The item's order key (messages: `index`), when its list has one. */
  order?: number;
  /** `sidDigest`s of the items next to it on its page as read, nearest first; absent when it had none. */
  neighbours?: Neighbours;
}

/** Items on either side of a cursor's item on its page as read (`before`: lower on the page), nearest first. */
export interface Neighbours {
  before: readonly string[];
  after: readonly string[];
}

/** How many neighbours a cursor records on each side. */
export const NEIGHBOURS = 2;
const DIGEST_BYTES = 8;

/** A short digest of a SID: how a cursor names its neighbours (64 bits: no two items of a page collide in practice). */
export function sidDigest(sid: string): string {
  return createHash("sha256").update(sid, "latin1").digest().toString("hex", 0, DIGEST_BYTES);
}

/**
 * What a cursor keeps of its connection's scope: only ever compared, so a fixed-size digest does
 * (SHA-256, 43 characters). The scope goes in as JSON, which escapes lone surrogates that UTF-8
 * would all turn into U+FFFD: scopes that differ stay different.
 */
function scopeDigest(scope: string): string {
  return createHash("sha256").update(JSON.stringify(scope), "utf8").digest("base64url");
}

/** A page's query, encrypted with its scope's digest: shared by the cursors of every item on the page. */
export interface SealedPage {
  readonly bytes: Buffer;
}

/** 6: the scope's digest in place of the scope (5 added the neighbours' digests). Cursors of older versions are refused like any foreign cursor. */
const VERSION = 6;
const PAGE_PARAMS = new Set(["PageSize", "Page", "PageToken", "Order"]);
/** Truncated HMAC: 128 bits is far beyond guessing, and keeps cursors short. */
const MAC_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SID_BYTES = 34;
/** Version, index on the page, and flags: whether an order key follows (bit 0), how many neighbours before (bits 1–2) and after (bits 3–4). */
const HEAD_BYTES = 4;
const ORDER_BYTES = 8;
/** Characters of a cursor read at all: a genuine one with an ASCII page value of PAGE_VALUE_MAX is under 2 KB, whatever its scope. */
const MAX_CURSOR_LENGTH = 4096;
/** Characters of one page parameter a cursor may carry (an upstream PageToken is a few dozen). */
export const PAGE_VALUE_MAX = 1024;

export class CursorCodec {
  private readonly encryptionKey: Buffer;
  private readonly macKey: Buffer;

  /** `secret`: shared by every replica that must accept each other's cursors; random when null. */
  constructor(
    secret: string | null,
    private readonly maxPageSize: number,
  ) {
    const master = secret === null ? randomBytes(32) : Buffer.from(secret, "utf8");
    this.encryptionKey = Buffer.from(hkdfSync("sha256", master, "", "chatql cursor encryption", 32));
    this.macKey = Buffer.from(hkdfSync("sha256", master, "", "chatql cursor signature", 32));
  }

  /** Encrypts a page query for the connection `scope` (once per page). */
  seal(page: PageQuery, scope: string): SealedPage {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.encryptionKey, iv);
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify([scopeDigest(scope), page]), "utf8"), cipher.final()]);
    return { bytes: Buffer.concat([iv, cipher.getAuthTag(), ciphertext]) };
  }

  /** `neighbours`: the `sidDigest`s of the items next to it on its page as read (at most `NEIGHBOURS` a side are kept). */
  encode(sealed: SealedPage, index: number, sid: string, order?: number | null, neighbours?: Neighbours): string {
    const hasOrder = typeof order === "number" && Number.isFinite(order);
    const before = (neighbours?.before ?? []).slice(0, NEIGHBOURS);
    const after = (neighbours?.after ?? []).slice(0, NEIGHBOURS);
    const head = Buffer.alloc(HEAD_BYTES + (hasOrder ? ORDER_BYTES : 0));
    head.writeUInt8(VERSION, 0);
    head.writeUInt16BE(index, 1);
    head.writeUInt8((hasOrder ? 1 : 0) | (before.length << 1) | (after.length << 3), 3);
    if (hasOrder) head.writeDoubleBE(order!, HEAD_BYTES);
    const digests = [...before, ...after].map((digest) =>
      Buffer.from(digest.padEnd(DIGEST_BYTES * 2, "0").slice(0, DIGEST_BYTES * 2), "hex"),
    );
    const body = Buffer.concat([head, ...digests, Buffer.from(sid.padEnd(SID_BYTES).slice(0, SID_BYTES), "latin1"), sealed.bytes]);
    return Buffer.concat([body, this.mac(body)]).toString("base64url");
  }

  /** The cursor, or null when the string is not an untampered cursor chatql issued for this connection and kind of item. */
  decode(value: string, scope: string, sidPattern: RegExp): Cursor | null {
    if (value.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
    const raw = Buffer.from(value, "base64url");
    if (raw.length < HEAD_BYTES + SID_BYTES + IV_BYTES + TAG_BYTES + MAC_BYTES) return null;
    const body = raw.subarray(0, raw.length - MAC_BYTES);
    if (!timingSafeEqual(raw.subarray(raw.length - MAC_BYTES), this.mac(body)) || body.readUInt8(0) !== VERSION) return null;
    const index = body.readUInt16BE(1);
    const flags = body.readUInt8(3);
    const orderBytes = (flags & 1) * ORDER_BYTES;
    const [before, after] = [(flags >> 1) & 3, (flags >> 3) & 3];
    const digestsAt = HEAD_BYTES + orderBytes;
    const sidAt = digestsAt + (before + after) * DIGEST_BYTES;
    if (flags > 31 || before > NEIGHBOURS || after > NEIGHBOURS || body.length < sidAt + SID_BYTES + IV_BYTES + TAG_BYTES) return null;
    const order = orderBytes > 0 ? body.readDoubleBE(HEAD_BYTES) : undefined;
    const digest = (i: number) => body.toString("hex", digestsAt + i * DIGEST_BYTES, digestsAt + (i + 1) * DIGEST_BYTES);
    const neighbours =
      before + after > 0
        ? {
            before: Array.from({ length: before }, (_, i) => digest(i)),
            after: Array.from({ length: after }, (_, i) => digest(before + i)),
          }
        : undefined;
    const sid = body
      .subarray(sidAt, sidAt + SID_BYTES)
      .toString("latin1")
      .trimEnd();
    const sealed = body.subarray(sidAt + SID_BYTES);
    try {
      const decipher = createDecipheriv("aes-256-gcm", this.encryptionKey, sealed.subarray(0, IV_BYTES));
      decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const plain = Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
      const [sealedScope, page] = JSON.parse(plain) as [unknown, unknown];
      if (sealedScope !== scopeDigest(scope)) return null;
      const checked = this.checked(page, index, sid, order, sidPattern);
      return checked && neighbours ? { ...checked, neighbours } : checked;
    } catch {
      return null;
    }
  }

  private mac(payload: Buffer): Buffer {
    return createHmac("sha256", this.macKey).update(payload).digest().subarray(0, MAC_BYTES);
  }

  // Signed or not, everything that reaches an upstream request is checked again.
  private checked(page: unknown, index: number, sid: string, order: number | undefined, sidPattern: RegExp): Cursor | null {
    if (typeof page !== "object" || page === null || Array.isArray(page)) return null;
    for (const [key, value] of Object.entries(page)) {
      if (!PAGE_PARAMS.has(key) || typeof value !== "string" || value.length > PAGE_VALUE_MAX) return null;
    }
    const direction = (page as PageQuery).Order;
    if (direction !== undefined && direction !== "asc" && direction !== "desc") return null;
    const pageSize = (page as PageQuery).PageSize;
    if (pageSize !== undefined && !(/^\d{1,4}$/.test(pageSize) && Number(pageSize) >= 1 && Number(pageSize) <= this.maxPageSize))
      return null;
    if (index > this.maxPageSize || !sidPattern.test(sid)) return null;
    if (order !== undefined && !Number.isFinite(order)) return null;
    return order === undefined ? { page: page as PageQuery, index, sid } : { page: page as PageQuery, index, sid, order };
  }
}
