import { describe, expect, it } from "vitest";
import { DateTimeResolver } from "graphql-scalars";
import { DateTime, isoString } from "./date-time.scalar.js";

describe("DateTime scalar", () => {
  it.each([
    ["a Date", new Date(Date.UTC(2026, 10, 28, 16, 3, 6)), "2026-11-28T16:03:06.000Z"],
    ["a Date with milliseconds", new Date(Date.UTC(2015, 6, 30, 20, 0, 0, 42)), "2015-07-30T20:00:00.042Z"],
    ["Twilio's date string", "2026-11-28T16:03:06Z", "2026-11-28T16:03:06.000Z"],
  ])("serializes %s to the ISO string itself, not a Date", (_, value, wire) => {
    const out = DateTime.serialize(value);
    expect(typeof out).toBe("string");
    expect(out).toBe(wire);
    // What the response carried before: the same text once stringified.
    expect(JSON.stringify(out)).toBe(JSON.stringify(DateTimeResolver.serialize(value)));
  });

  it.each([
    ["an invalid Date", new Date(Number.NaN)],
    ["a string that is no date", "yesterday"],
    ["a boolean", true],
  ])("refuses %s as graphql-scalars does", (_, value) => {
    expect(() => DateTime.serialize(value)).toThrow(/DateTime cannot/);
  });

  it("keeps graphql-scalars' name, description and input parsing", () => {
    expect(DateTime.name).toBe(DateTimeResolver.name);
    expect(DateTime.description).toBe(DateTimeResolver.description);
    expect(DateTime.parseValue("2026-11-28T16:03:06Z")).toEqual(new Date(Date.UTC(2026, 10, 28, 16, 3, 6)));
  });
});

describe("isoString", () => {
  it.each([
    ["the epoch", 0],
    ["before the epoch", -1],
    ["the first instant of year 1000", Date.UTC(1000, 0, 1)],
    ["the last millisecond before year 1000 (toISOString's own)", Date.UTC(1000, 0, 1) - 1],
    ["a leap day", Date.UTC(2024, 1, 29, 23, 59, 59, 999)],
    ["single-digit milliseconds", Date.UTC(2026, 0, 2, 3, 4, 5, 6)],
    ["two-digit milliseconds", Date.UTC(2026, 8, 9, 10, 11, 12, 34)],
    ["the last millisecond of 9999", Date.UTC(9999, 11, 31, 23, 59, 59, 999)],
    ["year 10000 (toISOString's own)", Date.UTC(10000, 0, 1)],
    ["year -1 (toISOString's own)", Date.UTC(-1, 0, 1)],
  ])("writes %s as toISOString does", (_, ms) => {
    const date = new Date(ms);
    expect(isoString(date)).toBe(date.toISOString());
  });

  it("agrees with toISOString over 20,000 instants spread over the years 0000-9999", () => {
    const [from, to] = [Date.UTC(0, 0, 1), Date.UTC(9999, 11, 31, 23, 59, 59, 999)];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 20_000; i++) {
      const date = new Date(Math.floor(from + next() * (to - from)));
      expect(isoString(date)).toBe(date.toISOString());
    }
  });

  it("throws as toISOString does for an invalid date", () => {
    expect(() => isoString(new Date(Number.NaN))).toThrow(RangeError);
  });
});
