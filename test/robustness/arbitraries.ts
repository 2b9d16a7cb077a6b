// fast-check arbitraries for hostile GraphQL input: every kind of string (unicode, control
// characters, lone surrogates, form-encoding metacharacters, near-miss SIDs and URLs, up to
// 10,000 characters), integers far outside GraphQL's 32-bit Int, and values of the wrong type.
//
// Sizes are bounded so that one request body stays under chatql's 100 KB limit: a body that is
// too large is refused with 413 before GraphQL sees it, which would test the wrong thing here.

import fc from "fast-check";

const HEX = "0123456789abcdefABCDEF".split("");

const controlChar = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom("\u007f", "\u0085", "\u2028", "\u2029", "\ufeff", "\u200b", "\u202e", "\ufe0f", "\ufffd"),
);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
/** Characters that mean something in form encoding, JSON, SQL or Twilio's dotted keys. */
const metaChar = fc.constantFrom("%", "&", "=", "+", ".", '"', "\\", "'", ";", "--", "%00", "%zz", "\u0000", " ", "[]", "{}");

const nastyString = fc.string({
  unit: fc.oneof(controlChar, loneSurrogate, metaChar, fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 })),
  maxLength: 60,
});

/** 256 to 10,000 UTF-16 units: a short random pattern repeated (slicing may split a surrogate pair). */
export const hugeString = fc
  .tuple(fc.string({ unit: "binary", minLength: 1, maxLength: 3 }), fc.integer({ min: 250, max: 10_000 }))
  .map(([pattern, length]) => pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length));

const hex = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...HEX), minLength: min, maxLength: max });

/** Strings that look almost (or exactly) like a Twilio SID. */
export const sidLike = fc.oneof(
  fc.tuple(fc.constantFrom("IS", "RL", "is", "rl", "AC", "IS ", ""), hex(30, 34)).map(([prefix, digits]) => prefix + digits),
  fc
    .tuple(fc.constantFrom("IS", "RL"), hex(32, 32), fc.constantFrom("", "\n", " ", "\u0000", "/", "?x=1", "%2F.."))
    .map(([p, d, s]) => p + d + s),
);

const urlLike = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    "",
    "http://",
    "https://x",
    "http://localhost:4000/hook",
    "ftp://example.com/x",
    "javascript:alert(1)",
    "//example.com/x",
    "http://[::1]:80/",
    "http://ex ample.com/",
    "http://example.com/\u0000",
    "https://example.com/" + "a".repeat(3000),
    "HTTPS://EXAMPLE.COM",
    "http://user:pass@example.com/",
  ),
);

/** Any string: short or huge, ASCII or not, well-formed UTF-16 or not. */
export const anyString = fc.oneof(
  { arbitrary: fc.string({ unit: "binary", maxLength: 300 }), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 300 }), weight: 2 },
  { arbitrary: nastyString, weight: 3 },
  { arbitrary: hugeString, weight: 2 },
  { arbitrary: sidLike, weight: 2 },
  { arbitrary: urlLike, weight: 2 },
);

/** A short string, for list items (so a 110-item list stays well below the body limit). */
const shortString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  nastyString.map((s) => s.slice(0, 30)),
  fc.constantFrom("onMessageSend", "onUserUpdated", ""),
);

/** Integers in and far outside the 32-bit range, range boundaries, and non-integral numbers. */
export const anyInt = fc.oneof(
  { arbitrary: fc.integer(), weight: 3 },
  { arbitrary: fc.integer({ min: -5, max: 1005 }), weight: 3 },
  {
    arbitrary: fc.constantFrom(
      0,
      -1,
      1,
      999,
      1000,
      1001,
      2 ** 31 - 1,
      2 ** 31,
      -(2 ** 31),
      -(2 ** 31) - 1,
      2 ** 32,
      2 ** 53,
      -(2 ** 53),
      1e21,
      -0,
    ),
    weight: 2,
  },
  {
    arbitrary: fc.oneof(
      fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }),
      fc.integer({ min: Number.MIN_SAFE_INTEGER, max: -(2 ** 31) - 1 }),
    ),
    weight: 2,
  },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
);

/** A value of any JSON type: what a buggy or hostile client may put in a variable. */
export const anyJson = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  anyInt,
  anyString,
  fc.array(shortString, { maxLength: 5 }),
  fc.jsonValue({ maxDepth: 3 }).filter((v) => JSON.stringify(v).length < 20_000),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.oneof(fc.integer(), fc.boolean(), shortString, fc.constant(null)), { maxKeys: 4 }),
);

export type FieldKind = "string" | "int" | "boolean" | "id" | "enum" | "stringList" | "object";

/** A value aimed at a field of `kind`: mostly of the right GraphQL type (to reach the validators), often not. */
export function valueFor(kind: FieldKind): fc.Arbitrary<unknown> {
  const typed: Record<FieldKind, fc.Arbitrary<unknown>> = {
    string: anyString,
    id: fc.oneof(sidLike, anyString, anyInt),
    int: anyInt,
    boolean: fc.oneof(fc.boolean(), fc.constantFrom("true", "false", 0, 1)),
    enum: fc.constantFrom("GET", "POST", "get", "post", "PUT", "", "Get", " POST"),
    stringList: fc.oneof(
      fc.array(shortString, { maxLength: 110 }),
      fc.array(
        fc.oneof(
          anyString.filter((s) => s.length <= 300),
          fc.string({ minLength: 250, maxLength: 300 }),
        ),
        { maxLength: 3 },
      ),
      fc.array(fc.oneof(shortString, fc.constant(null), fc.integer()), { maxLength: 5 }),
    ),
    object: fc.oneof(fc.constant({}), fc.dictionary(fc.string({ maxLength: 12 }), anyJson, { maxKeys: 3 })),
  };
  return fc.oneof({ arbitrary: typed[kind], weight: 6 }, { arbitrary: anyJson, weight: 1 }, { arbitrary: fc.constant(null), weight: 1 });
}
