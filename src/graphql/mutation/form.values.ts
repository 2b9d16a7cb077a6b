// How input values travel as Twilio form values: dates in ISO 8601 to the second, a cleared
// string as the empty value, JSON attributes as text, and the spec's form keys of an operation
// (to point a refusal at the input field it names).

import { operationInfo, type OperationId } from "../../twilio/operation.js";
import { formKeyPatterns, type FormKeyPatterns } from "../errors/user-error.mapping.js";

export function dateForm(date: Date | null | undefined): string | undefined {
  return date ? date.toISOString().replace(/\.\d{3}Z$/, "Z") : undefined;
}

/** `null` clears a string setting upstream (sent as an empty value); undefined leaves it out. */
export function clearable(value: string | null | undefined): string | undefined {
  return value === null ? "" : value;
}

const patterns = new Map<OperationId, FormKeyPatterns>();

/** The form keys of an operation, as patterns that find them in Twilio's error messages. */
export function formKeysOf(id: OperationId): FormKeyPatterns {
  let found = patterns.get(id);
  if (!found) patterns.set(id, (found = formKeyPatterns(operationInfo(id).formKeys)));
  return found;
}
