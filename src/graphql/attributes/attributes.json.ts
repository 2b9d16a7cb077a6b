// `attributes` is a JSON string upstream and `JSON` in GraphQL, both ways. A stored value that is
// not valid JSON reads as null and is reported in the response's `extensions.warnings` (with the
// field's path), never a crash: the data is the caller's own, and the rest of the object is fine.

import { responsePathAsArray, type GraphQLResolveInfo } from "graphql";
import type { GraphQLContext } from "../context.js";

/** Twilio's limit is not documented for Chat; 16 KiB is what the emulator holds and refuses beyond. */
export const ATTRIBUTES_MAX_BYTES = 16 * 1024;

export function attributesOf(raw: string | null | undefined, { warnings }: GraphQLContext, info: GraphQLResolveInfo): unknown {
  if (raw === null || raw === undefined || raw === "") return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    warnings.push({ path: responsePathAsArray(info.path), message: "The stored attributes are not valid JSON; read as null" });
    return null;
  }
}

/** The form value of an `attributes` input: JSON text; `null` resets them to `{}` (Twilio's default). */
export function attributesForm(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return value === null ? "{}" : JSON.stringify(value);
}
