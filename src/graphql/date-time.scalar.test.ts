import { describe, expect, it } from "vitest";
import { DateTimeResolver } from "graphql-scalars";
import { DateTime } from "./date-time.scalar.js";

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
