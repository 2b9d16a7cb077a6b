import { createHmac, hkdfSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CursorCodec, PAGE_VALUE_MAX, sidDigest, type Cursor } from "./cursor.codec.js";
import { ROLE_SID_PATTERN, SERVICE_SID_PATTERN } from "../../sids.js";

const SECRET = "a-cursor-secret-of-at-least-32-chars";
const IS = "IS" + "0123456789abcdef".repeat(2);
const SCOPE = "services";
const cursor: Cursor = { page: { PageSize: "8", Page: "1", PageToken: "PAIS00" }, index: 3, sid: IS };
const codec = new CursorCodec(SECRET, 100);
const encode = (c: Cursor, scope = SCOPE, using = codec) => using.encode(using.seal(c.page, scope), c.index, c.sid);

/** Re-signs edited cursor bytes with the codec's own key: what an attacker cannot do, to test the checks behind the signature. */
function resigned(bytes: Buffer): string {
  const macKey = Buffer.from(hkdfSync("sha256", Buffer.from(SECRET), "", "chatql cursor signature", 32));
  const body = bytes.subarray(0, bytes.length - 16);
  return Buffer.concat([body, createHmac("sha256", macKey).update(body).digest().subarray(0, 16)]).toString("base64url");
}

describe("cursor codec", () => {
  it("round-trips", () => {
    expect(codec.decode(encode(cursor), SCOPE, SERVICE_SID_PATTERN)).toEqual(cursor);
  });

  it.each([
    ["no order key", undefined],
    ["order key 0", 0],
    ["a message index", 12345],
    ["a large order key", 2 ** 48 + 7],
  ])("round-trips with %s", (_name, order) => {
    const encoded = codec.encode(codec.seal(cursor.page, SCOPE), cursor.index, cursor.sid, order);
    expect(codec.decode(encoded, SCOPE, SERVICE_SID_PATTERN)).toEqual(order === undefined ? cursor : { ...cursor, order });
  });

  it("round-trips the digests of up to two neighbours a side, with an order key or without", () => {
    const sids = [1, 2, 3, 4, 5].map((n) => "IS" + String(n).padStart(32, "0"));
    const digests = sids.map(sidDigest);
    const page = codec.seal(cursor.page, SCOPE);
    const withBoth = codec.decode(
      codec.encode(page, 3, IS, 9, { before: digests.slice(0, 3), after: [digests[3]!] }),
      SCOPE,
      SERVICE_SID_PATTERN,
    );
    expect(withBoth).toEqual({ ...cursor, order: 9, neighbours: { before: digests.slice(0, 2), after: [digests[3]] } });
    const afterOnly = codec.decode(
      codec.encode(page, 0, IS, undefined, { before: [], after: digests.slice(0, 2) }),
      SCOPE,
      SERVICE_SID_PATTERN,
    );
    expect(afterOnly?.neighbours).toEqual({ before: [], after: digests.slice(0, 2) });
    expect(digests[0]).toMatch(/^[0-9a-f]{16}$/);
    // A digest, not the neighbour's SID, is what the cursor carries.
    expect(Buffer.from(codec.encode(page, 0, IS, undefined, { before: [], after: digests }), "base64url").toString("latin1")).not.toContain(
      sids[0],
    );
  });

  it("leaves out an order key that is not a finite number, and refuses one that was signed anyway", () => {
    const encoded = codec.encode(codec.seal(cursor.page, SCOPE), cursor.index, cursor.sid, Number.NaN);
    expect(codec.decode(encoded, SCOPE, SERVICE_SID_PATTERN)).toEqual(cursor);
    const bytes = Buffer.from(codec.encode(codec.seal(cursor.page, SCOPE), cursor.index, cursor.sid, 7), "base64url");
    bytes.writeDoubleBE(Number.POSITIVE_INFINITY, 4);
    expect(codec.decode(resigned(bytes), SCOPE, SERVICE_SID_PATTERN)).toBeNull();
  });

  it("refuses a genuine cursor of the previous version (3: no order key), signed with the same key", () => {
    // Version 3: version byte, index (u16), the SID padded to 34 bytes, the sealed page, the MAC.
    const sid = Buffer.from(cursor.sid.padEnd(34), "latin1");
    const v3 = Buffer.concat([Buffer.from([3, 0, cursor.index]), sid, codec.seal(cursor.page, SCOPE).bytes, Buffer.alloc(16)]);
    expect(codec.decode(resigned(v3), SCOPE, SERVICE_SID_PATTERN)).toBeNull();
  });

  it("is URL-safe and opaque: neither the SID as text nor the page query can be read from it", () => {
    const encoded = encode(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    const bytes = Buffer.from(encoded, "base64url").toString("latin1");
    expect(bytes).not.toContain("PageToken");
    expect(bytes).not.toContain("PAIS00");
  });

  it("is accepted by another codec with the same secret (another replica) and by no other", () => {
    const encoded = encode(cursor);
    expect(new CursorCodec(SECRET, 100).decode(encoded, SCOPE, SERVICE_SID_PATTERN)).toEqual(cursor);
    expect(new CursorCodec("another-secret-of-at-least-32-chars", 100).decode(encoded, SCOPE, SERVICE_SID_PATTERN)).toBeNull();
    expect(new CursorCodec(null, 100).decode(encoded, SCOPE, SERVICE_SID_PATTERN)).toBeNull();
  });

  it("belongs to its connection: a cursor of one service's roles is refused on another's", () => {
    const role = { ...cursor, sid: "RL" + "1".repeat(32) };
    const encoded = encode(role, "roles of IS-A");
    expect(codec.decode(encoded, "roles of IS-A", ROLE_SID_PATTERN)).toEqual(role);
    expect(codec.decode(encoded, "roles of IS-B", ROLE_SID_PATTERN)).toBeNull();
  });

  it("refuses every single-bit change", () => {
    const bytes = Buffer.from(encode(cursor), "base64url");
    for (let i = 0; i < bytes.length; i++) {
      const flipped = Buffer.from(bytes);
      flipped[i] = flipped[i]! ^ 1;
      expect(codec.decode(flipped.toString("base64url"), SCOPE, SERVICE_SID_PATTERN), `byte ${i}`).toBeNull();
    }
  });

  it.each([
    ["empty string", ""],
    ["not base64url", "a+b/c="],
    ["too short", "AAAA"],
    ["an old signed cursor (c2)", Buffer.from(`c2:${JSON.stringify([{}, 0, IS])}`).toString("base64url") + ".AAAAAAAAAAAAAAAAAAAAAA"],
    ["an old unsigned cursor (c1)", Buffer.from(`c1:${JSON.stringify([{ PageSize: "100000" }, 0, IS])}`).toString("base64url")],
    ["oversized", "A".repeat(5000)],
  ])("rejects %s", (_name, value) => {
    expect(codec.decode(value, SCOPE, SERVICE_SID_PATTERN)).toBeNull();
  });

  // Even correctly signed and encrypted, a cursor is checked again before it reaches an upstream request.
  it.each([
    ["unknown page parameter", { ...cursor, page: { Url: "http://evil" } }],
    ["PageSize above CHAT_MAX_PAGE_SIZE", { ...cursor, page: { PageSize: "101" } }],
    ["PageSize of zero", { ...cursor, page: { PageSize: "0" } }],
    ["index beyond a page", { ...cursor, index: 101 }],
    ["SID of another type", { ...cursor, sid: "RL" + "0".repeat(32) }],
  ])("rejects a genuine cursor with %s", (_name, bad) => {
    expect(codec.decode(encode(bad as Cursor), SCOPE, SERVICE_SID_PATTERN)).toBeNull();
  });

  it(`accepts a page parameter of PAGE_VALUE_MAX (${PAGE_VALUE_MAX}) characters, and refuses one more`, () => {
    const token = (n: number) => "PT" + "a".repeat(n - 2);
    const at = encode({ ...cursor, page: { PageSize: "50", PageToken: token(PAGE_VALUE_MAX) } });
    expect(at.length).toBeLessThan(4096);
    expect(codec.decode(at, SCOPE, SERVICE_SID_PATTERN)?.page.PageToken).toBe(token(PAGE_VALUE_MAX));
    expect(
      codec.decode(encode({ ...cursor, page: { PageSize: "50", PageToken: token(PAGE_VALUE_MAX + 1) } }), SCOPE, SERVICE_SID_PATTERN),
    ).toBeNull();
  });

  it("accepts PageSize at the limit, and checks the signature before anything else", () => {
    expect(codec.decode(encode({ ...cursor, page: { PageSize: "100" } }), SCOPE, SERVICE_SID_PATTERN)).not.toBeNull();
    // A re-signed cursor whose version byte was changed: the signature holds, the version does not.
    const bytes = Buffer.from(encode(cursor), "base64url");
    bytes[0] = 9;
    expect(codec.decode(resigned(bytes), SCOPE, SERVICE_SID_PATTERN)).toBeNull();
  });
});
