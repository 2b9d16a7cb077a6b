// Runs the class-validator rules declared on an input class and turns each failure into a
// `UserError` whose `field` is the path into the mutation's arguments.

import { validate, type ValidationError } from "class-validator";
import { userError, UserErrorCode, type UserError } from "./user-error.type.js";

/** class-validator constraint name → stable UserError code. */
const CODES: Record<string, UserErrorCode> = {
  isDefined: UserErrorCode.REQUIRED,
  isNotEmpty: UserErrorCode.REQUIRED,
  minLength: UserErrorCode.REQUIRED,
  maxLength: UserErrorCode.TOO_LONG,
  arrayMaxSize: UserErrorCode.TOO_LONG,
  min: UserErrorCode.OUT_OF_RANGE,
  max: UserErrorCode.OUT_OF_RANGE,
  isUrl: UserErrorCode.INVALID_URL,
  matches: UserErrorCode.INVALID_SID,
};

/**
 * Input fields where `null` means "clear this setting". Anywhere else an explicit `null` has no
 * meaning upstream (a boolean or a limit cannot be cleared), so it is refused here rather than
 * sent as an empty value for Twilio to reject.
 */
const CLEARABLE_WITH_NULL = new Set([
  "clientMutationId",
  "preWebhookUrl",
  "postWebhookUrl",
  "template",
  "sound",
  "compatibilityMessage",
  // A channel's unique name is cleared, its attributes reset to {}, a read horizon set back to none.
  "uniqueName",
  "attributes",
  "lastConsumedMessageIndex",
]);

/** Inputs whose value is the caller's own JSON: its contents are data, not fields to check. */
const OPAQUE_JSON = new Set(["attributes"]);

export async function validateInput(input: object, path: string[] = ["input"]): Promise<UserError[]> {
  const errors = await validate(input, { forbidUnknownValues: false });
  return nullErrors(input, path).concat(errors.flatMap((error) => flatten(error, path)));
}

function nullErrors(value: object, path: string[]): UserError[] {
  return Object.entries(value).flatMap(([key, field]) => {
    if (field === null && !CLEARABLE_WITH_NULL.has(key)) {
      return [userError([...path, key], UserErrorCode.INVALID_FORMAT, `${key} cannot be null: leave it out to keep the current value`)];
    }
    const nested = field !== null && typeof field === "object" && !Array.isArray(field) && !OPAQUE_JSON.has(key);
    return nested ? nullErrors(field, [...path, key]) : [];
  });
}

function flatten(error: ValidationError, parentPath: string[]): UserError[] {
  const path = [...parentPath, error.property];
  const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) =>
    userError(path, CODES[constraint] ?? UserErrorCode.INVALID_FORMAT, message),
  );
  return own.concat((error.children ?? []).flatMap((child) => flatten(child, path)));
}
