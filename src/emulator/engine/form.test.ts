import { describe, expect, it } from "vitest";
import { ApiError } from "./errors.js";
import { camelCased, parseForm } from "./form.js";

describe("parseForm", () => {
  it.each([
    { input: "", expected: {} },
    { input: "a=1", expected: { a: ["1"] } },
    { input: "a=1&a=2&b=x", expected: { a: ["1", "2"], b: ["x"] } },
    { input: "Notifications.LogEnabled=true", expected: { "Notifications.LogEnabled": ["true"] } },
    { input: "name=hello+world%21", expected: { name: ["hello world!"] } },
    { input: "emoji=%F0%9F%98%80", expected: { emoji: ["😀"] } },
    { input: "flag&empty=", expected: { flag: [""], empty: [""] } },
    { input: "a=1&&b=2&", expected: { a: ["1"], b: ["2"] } },
    { input: "a=x%3Dy%26z", expected: { a: ["x=y&z"] } },
    { input: "k%2Ey=v", expected: { "k.y": ["v"] } },
  ])("$input", ({ input, expected }) => {
    const params = parseForm(input);
    expect(Object.fromEntries(params.keys().map((k) => [k, params.getAll(k)]))).toEqual(expected);
  });

  it.each([
    ["bad escape", "a=%zz"],
    ["truncated escape", "a=%4"],
    ["invalid UTF-8 escape", "a=%C3%28"],
    ["lone surrogate escape", "a=%ED%A0%80"],
    ["bad escape in key", "%G1=1"],
  ])("rejects %s with a 400", (_name, input) => {
    expect(() => parseForm(input)).toThrow(ApiError);
    try {
      parseForm(input);
    } catch (e) {
      expect((e as ApiError).status).toBe(400);
      expect((e as ApiError).code).toBe(20001);
    }
  });

  it("rejects raw bytes that are not UTF-8", () => {
    expect(() => parseForm(new Uint8Array([0x61, 0x3d, 0xc3]))).toThrow(ApiError);
  });

  it("get() returns the first of repeated values", () => {
    expect(parseForm("a=1&a=2").get("a")).toBe("1");
    expect(parseForm("a=1").get("b")).toBeUndefined();
  });
});

describe("parseForm bounds the number of pairs", () => {
  const pairs = (n: number, key = (i: number) => `k${i}`) => Array.from({ length: n }, (_, i) => `${key(i)}=1`).join("&");

  it("accepts 256 pairs", () => {
    expect(parseForm(pairs(256)).keys()).toHaveLength(256);
  });

  it("accepts 256 pairs among empty segments, which do not count", () => {
    expect(parseForm("&&" + pairs(256).replaceAll("&", "&&") + "&").keys()).toHaveLength(256);
  });

  it.each([
    ["257 distinct keys", pairs(257)],
    ["one key repeated 257 times", pairs(257, () => "WebhookFilters")],
    ["a 1 MiB body of bare keys", "a&".repeat(512 * 1024)],
  ])("refuses %s with a 400", (_name, input) => {
    let error: unknown;
    try {
      parseForm(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).toBody()).toMatchObject({
      status: 400,
      code: 20001,
      message: "Too many parameters: a request may have at most 256",
    });
  });
});

describe("camelCased", () => {
  it.each([
    { form: { FriendlyName: "a", UniqueName: "b" }, keys: ["FriendlyName"], prefix: "", want: { friendlyName: "a" } },
    { form: { FriendlyName: "a" }, keys: ["FriendlyName", "Attributes"], prefix: "", want: { friendlyName: "a", attributes: undefined } },
    {
      form: { "Configuration.FlowSid": "FW1", "Configuration.Url": "u" },
      keys: ["Configuration.FlowSid"],
      prefix: "Configuration.",
      want: { flowSid: "FW1" },
    },
    { form: {}, keys: [], prefix: "", want: {} },
  ])("$keys under prefix '$prefix'", ({ form, keys, prefix, want }) => {
    const got = camelCased(form as Record<string, unknown>, keys, prefix);
    expect(got).toStrictEqual(want);
    expect(Object.keys(got)).toEqual(Object.keys(want)); // a key not sent is there, undefined
  });
});
