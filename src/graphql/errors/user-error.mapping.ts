// A Twilio refusal on a mutation becomes a `userErrors` entry: a 400 whose message names the form
// parameter it rejected ("Limits.ChannelMembers") points at the input field it came from
// (["input", "limits", "channelMembers"]); a conflict (409: a unique name or identity taken) or a
// count limit (403 with a Chat code) is the caller's to fix too, with the field its code names.

import { ChatApiError, isBadRequest, isHttpStatus, isNotFound, SERVICE_UPDATE_FIELDS } from "../../chat-api/index.js";
import { notFound, rethrowUpstream } from "./error.mapping.js";
import { userError, UserErrorCode, type UserError } from "./user-error.type.js";

/** A mutation's form keys, longest first, so "Notifications.NewMessage.Enabled" wins over a key it contains. */
export type FormKeyPatterns = ReadonlyArray<readonly [string, RegExp]>;

/** Patterns that find a form key named on its own in a message (a sentence's full stop may follow it). */
export function formKeyPatterns(keys: readonly string[]): FormKeyPatterns {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((key) => [key, new RegExp(`(?<![\\w.])${key.replace(/\./g, "\\.")}(?!\\w|\\.\\w)`)] as const);
}

const SERVICE_FORM_KEYS = formKeyPatterns(SERVICE_UPDATE_FIELDS.map(([formKey]) => formKey));

/** Twilio Chat codes of refusals the caller can fix, and the input field each is about. */
const CODE_FIELDS: Readonly<Record<number, { code: UserErrorCode; field: string | null }>> = {
  50306: { code: UserErrorCode.INVALID_FORMAT, field: "uniqueName" },
  50307: { code: UserErrorCode.ALREADY_EXISTS, field: "uniqueName" },
  50201: { code: UserErrorCode.ALREADY_EXISTS, field: "identity" },
  50206: { code: UserErrorCode.INVALID_FORMAT, field: "identity" },
  50212: { code: UserErrorCode.ALREADY_EXISTS, field: "identity" },
  50404: { code: UserErrorCode.ALREADY_EXISTS, field: "identity" },
  50403: { code: UserErrorCode.LIMIT_EXCEEDED, field: null },
  50208: { code: UserErrorCode.LIMIT_EXCEEDED, field: null },
  50504: { code: UserErrorCode.TOO_LONG, field: "body" },
  50104: { code: UserErrorCode.INVALID_FORMAT, field: "permissions" },
};

/** `Notifications.NewMessage.Enabled` → `["input", "notifications", "newMessage", "enabled"]`. */
export function inputPathOfFormKey(formKey: string): string[] {
  return ["input", ...formKey.split(".").map((part) => part.charAt(0).toLowerCase() + part.slice(1))];
}

/**
 * The form key a Twilio error message names, if any (the longest, so dotted keys win). Quoted
 * text is the rejected value, not a parameter name: a value that happens to spell another key
 * must not move the blame there.
 */
export function formKeyInMessage(message: string, keys: FormKeyPatterns = SERVICE_FORM_KEYS): string | null {
  const unquoted = message.replace(/'[^']*'|"[^"]*"/g, "''");
  return keys.find(([, pattern]) => pattern.test(unquoted))?.[0] ?? null;
}

export function userErrorFromUpstream(error: ChatApiError, suffix = "", keys: FormKeyPatterns = SERVICE_FORM_KEYS): UserError {
  const known = error.twilioCode !== null ? CODE_FIELDS[error.twilioCode] : undefined;
  if (known) return userError(known.field ? ["input", known.field] : null, known.code, error.message + suffix);
  const key = formKeyInMessage(error.message, keys);
  return userError(key ? inputPathOfFormKey(key) : null, UserErrorCode.REJECTED_BY_UPSTREAM, error.message + suffix);
}

/** A refusal the caller can act on: a 400, a conflict (409), or a Chat count limit (403 with a 5xxxx code). */
function isUserFixable(error: unknown): error is ChatApiError {
  if (isBadRequest(error) || isHttpStatus(error, 409)) return true;
  return isHttpStatus(error, 403) && error.twilioCode !== null && error.twilioCode >= 50000 && error.twilioCode < 60000;
}

/**
 * How a mutation's upstream failure reaches the client: a refusal the caller can fix as its
 * userErrors (`keys`: the operation's form keys, to point at the field), a 404 of the target as
 * NOT_FOUND (when `notFoundMessage` names it), anything else as its top-level error.
 */
export function userErrorsOrThrow(error: unknown, notFoundMessage?: string, keys?: FormKeyPatterns): UserError[] {
  if (isUserFixable(error)) return [userErrorFromUpstream(error, "", keys)];
  if (notFoundMessage !== undefined && isNotFound(error)) throw notFound(notFoundMessage, error);
  return rethrowUpstream(error);
}
