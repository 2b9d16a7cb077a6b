// A Twilio 400 on a mutation becomes a `userErrors` entry. Twilio's message names the form
// parameter it rejected ("Limits.ChannelMembers"); that name is mapped back to the path of the
// input field it came from (["input", "limits", "channelMembers"]).

import { isBadRequest, isNotFound, SERVICE_UPDATE_FIELDS, type ChatApiError } from "../../chat-api/index.js";
import { notFound, rethrowUpstream } from "./error.mapping.js";
import { userError, UserErrorCode, type UserError } from "./user-error.type.js";

// Longest first, so "Notifications.NewMessage.Enabled" wins over a shorter key it contains. A key
// counts as named when it stands alone (a sentence's full stop may follow it).
const FORM_KEY_PATTERNS = SERVICE_UPDATE_FIELDS.map(([formKey]) => formKey)
  .sort((a, b) => b.length - a.length)
  .map((key) => [key, new RegExp(`(?<![\\w.])${key.replace(/\./g, "\\.")}(?!\\w|\\.\\w)`)] as const);

/** `Notifications.NewMessage.Enabled` → `["input", "notifications", "newMessage", "enabled"]`. */
export function inputPathOfFormKey(formKey: string): string[] {
  return ["input", ...formKey.split(".").map((part) => part.charAt(0).toLowerCase() + part.slice(1))];
}

/**
 * The form key a Twilio error message names, if any (the longest, so dotted keys win). Quoted
 * text is the rejected value, not a parameter name: a value that happens to spell another key
 * must not move the blame there.
 */
export function formKeyInMessage(message: string): string | null {
  const unquoted = message.replace(/'[^']*'|"[^"]*"/g, "''");
  return FORM_KEY_PATTERNS.find(([, pattern]) => pattern.test(unquoted))?.[0] ?? null;
}

export function userErrorFromUpstream(error: ChatApiError, suffix = ""): UserError {
  const key = formKeyInMessage(error.message);
  return userError(key ? inputPathOfFormKey(key) : null, UserErrorCode.REJECTED_BY_UPSTREAM, error.message + suffix);
}

/**
 * How a mutation's upstream failure reaches the client: a Twilio 400 as its userErrors, a 404 of
 * the target as NOT_FOUND (when `notFoundMessage` names it), anything else as its top-level error.
 */
export function userErrorsOrThrow(error: unknown, notFoundMessage?: string): UserError[] {
  if (isBadRequest(error)) return [userErrorFromUpstream(error)];
  if (notFoundMessage !== undefined && isNotFound(error)) throw notFound(notFoundMessage, error);
  return rethrowUpstream(error);
}
