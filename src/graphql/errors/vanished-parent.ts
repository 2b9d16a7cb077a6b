// A field that names its object's parent (a channel's service, a message's channel…) is non-null:
// the parent existed when the object was read. When it was deleted since (mid-operation, or
// between the object's read and this one), the field is NOT_FOUND, as for any missing object;
// nothing the caller sent was wrong, so it is not BAD_USER_INPUT.

import { notFound } from "./error.mapping.js";

/** The parent `lookup` finds, or NOT_FOUND naming it (e.g. "The message's channel CH…"). */
export async function existingParent<T>(lookup: Promise<T | null>, which: string): Promise<T> {
  const parent = await lookup;
  if (parent === null) throw notFound(`${which} no longer exists`);
  return parent;
}
