// The filters a list takes as arguments, in one form for its cursors: each filter's values
// deduplicated and sorted, so that equal filters are one list (a cursor of one serves the other).

import { badUserInput } from "../errors/error.mapping.js";
import { IDENTITY_MAX } from "../../twilio/chat-v2.limits.js";

/** The most values one list filter takes. */
export const FILTER_VALUES_MAX = 100;

/** A filter's values in a fixed order without repeats. */
export const distinct = <T extends string>(values: readonly T[] | null | undefined): T[] => [...new Set(values ?? [])].sort();

/** An `identities` filter (members, invites, bindings): at most 100 identities of 1 to IDENTITY_MAX characters. */
export function identitiesFilter(values: readonly string[] | null | undefined): string[] {
  const identities = distinct(values);
  if (identities.length > FILTER_VALUES_MAX || identities.some((identity) => identity === "" || identity.length > IDENTITY_MAX)) {
    throw badUserInput(`"identities" takes at most ${FILTER_VALUES_MAX} identities of 1 to ${IDENTITY_MAX} characters`, "identities");
  }
  return identities;
}
