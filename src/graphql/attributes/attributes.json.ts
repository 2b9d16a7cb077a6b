// `attributes` is a JSON string upstream and `JSON` in GraphQL, both ways. A stored value that is
// not valid JSON, or nested deeper than ATTRIBUTES_MAX_DEPTH, reads as null and is reported in the
// response's `extensions.warnings` (with the field's path), never a crash: the data is the
// caller's own, and the rest of the object is fine.

import { responsePathAsArray, type GraphQLResolveInfo } from "graphql";
import { jsonDepthExceeds } from "../../json-depth.js";
import type { GraphQLContext } from "../context.js";

/**
 * Deepest nesting of stored attributes served. 16 KiB of `[[[…]]]` is 8,000 levels, and the
 * response's JSON.stringify overflows the stack at a few thousand: the whole response was a 500.
 * Ours: twice the depth chatql's own requests may carry (CHATQL_MAX_JSON_DEPTH, 32).
 */
export const ATTRIBUTES_MAX_DEPTH = 64;

export function attributesOf(raw: string | null | undefined, { warnings }: GraphQLContext, info: GraphQLResolveInfo): unknown {
  if (raw === null || raw === undefined || raw === "") return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    warnings.push({ path: responsePathAsArray(info.path), message: "The stored attributes are not valid JSON; read as null" });
    return null;
  }
  if (jsonDepthExceeds(value, ATTRIBUTES_MAX_DEPTH)) {
    warnings.push({
      path: responsePathAsArray(info.path),
      message: `The stored attributes are nested deeper than ${ATTRIBUTES_MAX_DEPTH} levels; read as null`,
    });
    return null;
  }
  return value;
}

/** The form value of an `attributes` input: JSON text; `null` resets them to `{}` (Twilio's default). */
export function attributesForm(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return value === null ? "{}" : JSON.stringify(value);
}
