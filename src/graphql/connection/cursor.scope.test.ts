// A cursor carries its connection's scope, and a filtered list's scope holds the whole filter
// (up to 8 KiB of identities, URL-encoded: 30 of 256 ASCII characters; 100 identities of 256 made
// a cursor of 70,000 characters before scopes were digested). Cursors of the largest filters must
// still be short enough to be read back, and still be refused on a list that differs in one value.

import { describe, expect, it } from "vitest";
import { CursorCodec, PAGE_VALUE_MAX, sidDigest, type PageQuery } from "./cursor.codec.js";
import { FILTER_QUERY_MAX_BYTES, FILTER_VALUES_MAX, distinct, filterQueryBytes, identitiesFilter } from "./list.filter.js";
import { PushService } from "../credential/credential.type.js";
import { BINDING_SID_PATTERN, CHANNEL_SID_PATTERN, INVITE_SID_PATTERN, MEMBER_SID_PATTERN } from "../../sids.js";
import { IDENTITY_MAX } from "../../twilio/chat-v2.limits.js";

/** `MAX_CURSOR_LENGTH` in cursor.codec.ts: longer cursors are not read at all. */
const MAX_CURSOR_LENGTH = 4096;
const codec = new CursorCodec("a-cursor-secret-of-at-least-32-chars", 100);
const CH = "CH" + "0".repeat(32);
const IS = "IS" + "0".repeat(32);

/**
 * The largest filter allowed of identities of `IDENTITY_MAX` characters made of `unit` (multi-byte
 * units make longer UTF-8): as many as FILTER_VALUES_MAX and FILTER_QUERY_MAX_BYTES let through.
 */
const identities = (unit: string) => {
  const list: string[] = [];
  for (let i = 0; i < FILTER_VALUES_MAX; i++) {
    const next = `${i}.`.padEnd(IDENTITY_MAX, unit).slice(0, IDENTITY_MAX);
    if (filterQueryBytes("Identity", [...list, next]) > FILTER_QUERY_MAX_BYTES) break;
    list.push(next);
  }
  return list;
};
/** The list with its last identity one character different. */
const oneChanged = (list: readonly string[]) => [...list.slice(0, -1), list.at(-1)!.slice(0, -1) + "!"];
const ALL_TYPES = distinct(Object.values(PushService));

// Scopes built as the resolvers build them (member, invite and binding resolvers).
const members = (list: readonly string[]) => JSON.stringify(["members", CH, identitiesFilter(list)]);
const invites = (list: readonly string[]) => JSON.stringify(["invites", CH, identitiesFilter(list)]);
const bindings = (list: readonly string[], types: readonly string[] = ALL_TYPES) =>
  JSON.stringify(["bindings", IS, identitiesFilter(list), types]);

// The largest page a cursor carries: every parameter, a PageToken of PAGE_VALUE_MAX, an order key and four neighbours.
const PAGE: PageQuery = { PageSize: "100", Page: "99", PageToken: "PT" + "a".repeat(PAGE_VALUE_MAX - 2), Order: "desc" };
const NEIGHBOURS = { before: ["a", "b"].map(sidDigest), after: ["c", "d"].map(sidDigest) };

const cases = [
  ["members", members, "MB" + "1".repeat(32), MEMBER_SID_PATTERN],
  ["invites", invites, "IN" + "1".repeat(32), INVITE_SID_PATTERN],
  ["bindings of every type", bindings, "BS" + "1".repeat(32), BINDING_SID_PATTERN],
] as const;

describe.each(cases)("a cursor of %s", (_name, scopeOf, sid, sidPattern) => {
  const encode = (scope: string) => codec.encode(codec.seal(PAGE, scope), 7, sid, 12345, NEIGHBOURS);

  it.each([
    ["ASCII", "x"],
    ["two-byte", "é"],
    ["three-byte", "名"],
  ])(
    `filtered by the most %s identities of ${IDENTITY_MAX} characters allowed is as long as an unfiltered one, and round-trips`,
    (_kind, unit) => {
      const scope = scopeOf(identities(unit));
      const encoded = encode(scope);
      expect(encoded.length).toBe(encode(scopeOf([])).length);
      expect(encoded.length).toBeLessThan(MAX_CURSOR_LENGTH);
      expect(codec.decode(encoded, scope, sidPattern)).toEqual({ page: PAGE, index: 7, sid, order: 12345, neighbours: NEIGHBOURS });
    },
  );

  it.each([
    ["one identity changed", identities("x"), oneChanged(identities("x"))],
    ["one identity left out", identities("x"), identities("x").slice(1)],
    ["no filter", identities("x"), []],
  ])("is refused on a list with %s", (_name, issued, other) => {
    const encoded = encode(scopeOf(issued));
    expect(codec.decode(encoded, scopeOf(issued), sidPattern)).not.toBeNull();
    expect(codec.decode(encoded, scopeOf(other), sidPattern)).toBeNull();
  });
});

describe("a bindings cursor", () => {
  it.each([
    ["fewer types", ALL_TYPES.slice(1)],
    ["no type filter", []],
  ])("is refused on the same identities with %s", (_name, types) => {
    const encoded = codec.encode(codec.seal(PAGE, bindings(identities("x"))), 0, "BS" + "1".repeat(32));
    expect(codec.decode(encoded, bindings(identities("x")), BINDING_SID_PATTERN)).not.toBeNull();
    expect(codec.decode(encoded, bindings(identities("x"), types), BINDING_SID_PATTERN)).toBeNull();
  });

  it("is refused on another service, and on a user's bindings", () => {
    const encoded = codec.encode(codec.seal(PAGE, bindings([])), 0, "BS" + "1".repeat(32));
    expect(codec.decode(encoded, bindings([]), BINDING_SID_PATTERN)).not.toBeNull();
    expect(codec.decode(encoded, JSON.stringify(["bindings", "IS" + "1".repeat(32), [], ALL_TYPES]), BINDING_SID_PATTERN)).toBeNull();
    expect(codec.decode(encoded, JSON.stringify(["bindings of user", IS, ALL_TYPES]), BINDING_SID_PATTERN)).toBeNull();
  });
});

it("keeps apart scopes that differ only in a lone surrogate (UTF-8 reads both as U+FFFD)", () => {
  // A user's identity, as read from upstream, goes into the scope of that user's channels as is.
  const scope = (identity: string) => `channels of user ${IS}/${identity}`;
  const encoded = codec.encode(codec.seal(PAGE, scope("a\ud800")), 0, "CH" + "1".repeat(32));
  expect(codec.decode(encoded, scope("a\ud800"), CHANNEL_SID_PATTERN)).not.toBeNull();
  expect(codec.decode(encoded, scope("a\udc00"), CHANNEL_SID_PATTERN)).toBeNull();
});
