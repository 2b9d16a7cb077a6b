import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { IDENTITY_MAX } from "../../twilio/chat-v2.limits.js";
import { distinct, FILTER_VALUES_MAX, identitiesFilter } from "./list.filter.js";

const many = (n: number) => Array.from({ length: n }, (_, i) => `user-${String(i).padStart(3, "0")}`);

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
  ])("takes $name", ({ values, want }) => {
    expect(identitiesFilter(values)).toEqual(want);
  });

  it.each([
    { name: `${FILTER_VALUES_MAX + 1} identities`, values: many(FILTER_VALUES_MAX + 1) },
    { name: "an empty identity", values: ["a", ""] },
    { name: `an identity of ${IDENTITY_MAX + 1} characters`, values: ["x".repeat(IDENTITY_MAX + 1)] },
  ])("refuses $name as BAD_USER_INPUT on the argument", ({ values }) => {
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
