import { describe, expect, it } from "vitest";
import { longerThan } from "./chat-v2.limits.js";

describe("longerThan counts characters (code points)", () => {
  it.each([
    { label: "empty, max 0", value: "", max: 0, expected: false },
    { label: "1 char, max 0", value: "a", max: 0, expected: true },
    { label: "3 ASCII, max 3", value: "abc", max: 3, expected: false },
    { label: "4 ASCII, max 3", value: "abcd", max: 3, expected: true },
    // An emoji is two UTF-16 units but one character.
    { label: "3 emoji, max 3", value: "😀😀😀", max: 3, expected: false },
    { label: "4 emoji, max 3", value: "😀😀😀😀", max: 3, expected: true },
    { label: "mixed 3, max 3", value: "a😀b", max: 3, expected: false },
    { label: "mixed 4, max 3", value: "a😀bc", max: 3, expected: true },
    { label: "a million, max 64", value: "x".repeat(1_000_000), max: 64, expected: true },
  ])("$label", ({ value, max, expected }) => {
    expect(longerThan(value, max)).toBe(expected);
  });
});
