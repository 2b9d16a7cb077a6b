import { describe, expect, it } from "vitest";
import { ApiError } from "./errors.js";
import { checkJson, checkUrl, parseBoolean, parseDateTime, parseInteger } from "./values.js";

/** The parsed value, or "400" when the parser refuses it with Twilio's 20001. */
function outcome(parse: () => unknown): unknown {
  try {
    return parse();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).toBody()).toMatchObject({ status: 400, code: 20001 });
    return "400";
  }
}

describe("value parsers", () => {
  it.each([
    { parser: "integer", value: "0", expected: 0 },
    { parser: "integer", value: "1000", expected: 1000 },
    { parser: "integer", value: "-1", expected: "400" },
    { parser: "integer", value: "1001", expected: "400" },
    { parser: "integer", value: "1.5", expected: "400" },
    { parser: "integer", value: "", expected: "400" },
    { parser: "integer", value: "1e3", expected: "400" },
    { parser: "boolean", value: "true", expected: true },
    { parser: "boolean", value: "FALSE", expected: false },
    { parser: "boolean", value: "1", expected: "400" },
    { parser: "boolean", value: "", expected: "400" },
    { parser: "url", value: "https://example.com/x?y=1", expected: "https://example.com/x?y=1" },
    { parser: "url", value: "/relative", expected: "400" },
    { parser: "url", value: "ftp://example.com", expected: "400" },
    { parser: "date", value: "2015-07-30T20:00:00Z", expected: "2015-07-30T20:00:00Z" },
    { parser: "date", value: "2015-07-30T20:00:00.999Z", expected: "2015-07-30T20:00:00Z" },
    { parser: "date", value: "2015-07-30T22:00:00+02:00", expected: "2015-07-30T20:00:00Z" },
    { parser: "date", value: "2016-02-29T00:00:00Z", expected: "2016-02-29T00:00:00Z" },
    { parser: "date", value: "2015-02-29T00:00:00Z", expected: "400" },
    { parser: "date", value: "2015-07-30", expected: "400" },
    { parser: "date", value: "2015-07-30T20:00:00", expected: "400" },
    { parser: "date", value: "2015-13-01T00:00:00Z", expected: "400" },
    { parser: "date", value: "yesterday", expected: "400" },
    // The zone offset must not carry the instant out of four-digit years (RFC 3339 cannot write it).
    { parser: "date", value: "0000-01-01T00:00:00Z", expected: "0000-01-01T00:00:00Z" },
    { parser: "date", value: "0000-01-01T00:30:00+00:30", expected: "0000-01-01T00:00:00Z" },
    { parser: "date", value: "0000-01-01T00:00:00+00:30", expected: "400" },
    { parser: "date", value: "9999-12-31T23:59:59Z", expected: "9999-12-31T23:59:59Z" },
    { parser: "date", value: "9999-12-31T23:29:59-00:30", expected: "9999-12-31T23:59:59Z" },
    { parser: "date", value: "9999-12-31T23:59:59.999999Z", expected: "9999-12-31T23:59:59Z" },
    { parser: "date", value: "9999-12-31T23:59:59-00:01", expected: "400" },
    { parser: "json", value: '{"a":1}', expected: '{"a":1}' },
    { parser: "json", value: "[]", expected: "[]" },
    { parser: "json", value: "{nope", expected: "400" },
    { parser: "json", value: "", expected: "400" },
  ])("$parser '$value' → $expected", ({ parser, value, expected }) => {
    const parse = {
      integer: () => parseInteger(value, "X", 0, 1000),
      boolean: () => parseBoolean(value, "X"),
      url: () => checkUrl(value, "X"),
      date: () => parseDateTime(value, "X"),
      json: () => checkJson(value, "X"),
    }[parser]!;
    expect(outcome(parse)).toEqual(expected);
  });
});
