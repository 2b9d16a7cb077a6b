import { describe, expect, it, vi } from "vitest";
import { jsonBytes, jsonFits, withinResponseSize } from "./response-size.js";

const long = 'ab\u0001"\\é😀'.repeat(100); // escapes, two-, three- and four-byte characters, over the memo length
const nullPrototype = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1, b: "two" });

describe("jsonBytes", () => {
  it.each<[string, unknown]>([
    ["an empty object", {}],
    ["an empty array", []],
    ["null, booleans", [null, true, false]],
    ["numbers", [0, -0, 1.5, -12, 1e21, 5e-7, Number.MAX_SAFE_INTEGER]],
    ["NaN and infinities (written as null)", [Number.NaN, Number.POSITIVE_INFINITY]],
    ["plain strings", ["", "a", "service 1"]],
    ["escapes and control characters", ['"quoted"', "back\\slash", "\n\t\u0001\u001f\u007f"]],
    ["characters past ASCII", ["é", "€", "😀", "\ud800 lone surrogate"]],
    ["a long string repeated (sized once)", { a: long, b: long, c: [long, long] }],
    ["undefined and functions in an object (left out)", { a: undefined, b: () => 1, c: 3 }],
    ["undefined and functions in an array (written as null)", [undefined, () => 1, 3]],
    ["keys that need escaping", { 'k"1': 1, é: 2, "\n": 3 }],
    ["a Date (its toJSON)", { at: new Date(Date.UTC(2026, 10, 28)) }],
    ["an object without a prototype (graphql-js results)", { data: nullPrototype }],
    [
      "a GraphQL result",
      { data: { services: { nodes: [{ sid: "IS1", limits: { channelMembers: 250 } }] } }, errors: [{ message: "m", path: ["a", 0] }] },
    ],
  ])("%s: the bytes JSON.stringify writes, and fits exactly those", (_name, value) => {
    const bytes = Buffer.byteLength(JSON.stringify(value));
    expect(jsonBytes(value)).toBe(bytes);
    expect(jsonFits(value, bytes)).toBe(true);
    expect(jsonFits(value, bytes - 1)).toBe(false);
  });

  it("does not size a string whose length alone is over the limit: it is not copied to find out", () => {
    const long = "é".repeat(1_000_000);
    const stringify = vi.spyOn(JSON, "stringify");
    try {
      expect(jsonFits({ data: { body: long } }, 1024)).toBe(false);
      expect(jsonBytes({ data: { body: long } }, 1024)).toBeGreaterThan(1024);
      expect(stringify).not.toHaveBeenCalled();
    } finally {
      stringify.mockRestore();
    }
  });

  it("stops once over the limit: a result repeating a 1 MB string 10,000 times is not measured to its end", () => {
    const big = "x".repeat(1_000_000);
    const result = { data: Array.from({ length: 10_000 }, () => ({ body: big })) };
    expect(jsonBytes(result, 5_000_000)).toBeGreaterThan(5_000_000);
    // Not the 10 GB the whole would be: it stopped a string past the limit.
    expect(jsonBytes(result, 5_000_000)).toBeLessThan(7_000_000);
  });
});

describe("withinResponseSize", () => {
  const result = { data: { service: { friendlyName: "x".repeat(100) } } };
  const size = Buffer.byteLength(JSON.stringify(result));

  it("keeps a result of exactly the limit", () => {
    expect(withinResponseSize(result, size)).toBe(result);
  });

  it("replaces a result a byte over it by one RESPONSE_TOO_LARGE error", () => {
    expect(withinResponseSize(result, size - 1)).toEqual({
      data: null,
      errors: [
        {
          message: expect.stringContaining(`larger than ${size - 1} bytes`),
          extensions: { code: "RESPONSE_TOO_LARGE", maxBytes: size - 1 },
        },
      ],
    });
  });
});
