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

export async function validateInput(input: object, path: string[] = ["input"]): Promise<UserError[]> {
  const errors = await validate(input, { forbidUnknownValues: false });
  return errors.flatMap((error) => flatten(error, path));
}

function flatten(error: ValidationError, parentPath: string[]): UserError[] {
  const path = [...parentPath, error.property];
  const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) =>
    userError(path, CODES[constraint] ?? UserErrorCode.INVALID_FORMAT, message),
  );
  return own.concat((error.children ?? []).flatMap((child) => flatten(child, path)));
}
