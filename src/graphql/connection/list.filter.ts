// The filters a list takes as arguments, in one form for its cursors: each filter's values
// deduplicated and sorted, so that equal filters are one list (a cursor of one serves the other).

import { encodeForm } from "../../chat-api/index.js";
import { badUserInput } from "../errors/error.mapping.js";
import { IDENTITY_MAX } from "../../twilio/chat-v2.limits.js";

/** The most values one list filter takes. */
export const FILTER_VALUES_MAX = 100;

/** A filter's values in a fixed order without repeats. */
export const distinct = <T extends string>(values: readonly T[] | null | undefined): T[] => [...new Set(values ?? [])].sort();

/**
 * The most bytes a filter adds to the upstream URL (`Identity=…&Identity=…`, encoded): what common
 * HTTP servers take for a whole request line. 100 identities of 256 characters made 27 KB, which the
 * emulator (Node's 16 KiB of headers) answered 431, so the documented largest filter failed as
 * UPSTREAM_ERROR; Twilio documents no bound of its own.
 */
export const FILTER_QUERY_MAX_BYTES = 8 * 1024;

/** The bytes `values` add to a URL as repeated `name` parameters, encoded as the client sends them. */
export const filterQueryBytes = (name: string, values: readonly string[]): number => encodeForm({ [name]: values }).length;

/** An `identities` filter (members, invites, bindings): at most 100 identities of 1 to IDENTITY_MAX characters, within FILTER_QUERY_MAX_BYTES. */
export function identitiesFilter(values: readonly string[] | null | undefined): string[] {
  const identities = distinct(values);
  if (identities.length > FILTER_VALUES_MAX || identities.some((identity) => identity === "" || identity.length > IDENTITY_MAX)) {
    throw badUserInput(`"identities" takes at most ${FILTER_VALUES_MAX} identities of 1 to ${IDENTITY_MAX} characters`, "identities");
  }
  if (filterQueryBytes("Identity", identities) > FILTER_QUERY_MAX_BYTES) {
    throw badUserInput(
      `"identities" may add at most ${FILTER_QUERY_MAX_BYTES} bytes to the upstream URL, URL-encoded: pass fewer`,
      "identities",
    );
  }
  return identities;
}
