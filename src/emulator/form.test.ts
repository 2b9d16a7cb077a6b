import { describe, expect, it } from "vitest";
import { ApiError } from "./errors.js";
import { parseForm } from "./form.js";

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
