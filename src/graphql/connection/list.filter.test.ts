import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { IDENTITY_MAX } from "../../twilio/chat-v2.limits.js";
import { distinct, FILTER_QUERY_MAX_BYTES, FILTER_VALUES_MAX, filterQueryBytes, identitiesFilter } from "./list.filter.js";

const many = (n: number) => Array.from({ length: n }, (_, i) => `user-${String(i).padStart(3, "0")}`);

it("encodedTo is exact", () => {
  for (const bytes of [FILTER_QUERY_MAX_BYTES, FILTER_QUERY_MAX_BYTES + 1]) {
    const identities = encodedTo(bytes);
    expect(filterQueryBytes("Identity", identities)).toBe(bytes);
    expect(identities.length).toBeLessThan(FILTER_VALUES_MAX);
    expect(identities.every((identity) => identity.length <= IDENTITY_MAX)).toBe(true);
  }
});

/** Distinct identities (at most IDENTITY_MAX characters each, "é" encoded as 6 bytes) that add exactly `bytes` to the URL. */
function encodedTo(bytes: number): string[] {
  const identities: string[] = [];
  while (filterQueryBytes("Identity", identities) < bytes) {
    const prefix = `${identities.length}-é`;
    const whole = prefix + "x".repeat(IDENTITY_MAX - prefix.length);
    const room = bytes - filterQueryBytes("Identity", [...identities, prefix]);
    identities.push(room >= IDENTITY_MAX - prefix.length ? whole : prefix + "x".repeat(Math.max(0, room)));
  }
  return identities;
}

describe("identitiesFilter", () => {
  it.each([
    { name: "none", values: null, want: [] },
    { name: "repeats folded, sorted", values: ["b", "a", "b"], want: ["a", "b"] },
    { name: `${FILTER_VALUES_MAX} identities`, values: many(FILTER_VALUES_MAX), want: many(FILTER_VALUES_MAX) },
    {
      name: `${FILTER_VALUES_MAX + 1} values, one a repeat`,
      values: [...many(FILTER_VALUES_MAX), "user-000"],
      want: many(FILTER_VALUES_MAX),
    },
    { name: `an identity of ${IDENTITY_MAX} characters`, values: ["x".repeat(IDENTITY_MAX)], want: ["x".repeat(IDENTITY_MAX)] },
    { name: `identities adding ${FILTER_QUERY_MAX_BYTES} bytes to the URL`, values: encodedTo(FILTER_QUERY_MAX_BYTES), want: null },
  ])("takes $name", ({ values, want }) => {
    if (want === null) expect(filterQueryBytes("Identity", values)).toBe(FILTER_QUERY_MAX_BYTES);
    expect(identitiesFilter(values)).toEqual(want ?? distinct(values));
  });

  it.each([
    { name: `${FILTER_VALUES_MAX + 1} identities`, values: many(FILTER_VALUES_MAX + 1) },
    { name: "an empty identity", values: ["a", ""] },
    { name: `an identity of ${IDENTITY_MAX + 1} characters`, values: ["x".repeat(IDENTITY_MAX + 1)] },
    { name: `identities adding ${FILTER_QUERY_MAX_BYTES + 1} bytes to the URL`, values: encodedTo(FILTER_QUERY_MAX_BYTES + 1) },
  ])("refuses $name as BAD_USER_INPUT on the argument", ({ values }) => {
    expect(values.length).toBeLessThanOrEqual(FILTER_VALUES_MAX + 1);
    const refused = (() => {
      try {
        identitiesFilter(values);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refused).toBeInstanceOf(GraphQLError);
    expect((refused as GraphQLError).extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "identities" });
  });

  it("distinct keeps one of each value, in order", () => {
    expect(distinct(["FCM", "APN", "FCM"])).toEqual(["APN", "FCM"]);
    expect(distinct(undefined)).toEqual([]);
  });
});
