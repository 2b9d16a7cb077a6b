// A Twilio 400 on a mutation becomes a `userErrors` entry. Twilio's message names the form
// parameter it rejected ("Limits.ChannelMembers"); that name is mapped back to the path of the
// input field it came from (["input", "limits", "channelMembers"]).

import { SERVICE_UPDATE_FIELDS, type ChatApiError } from "../../chat-api/index.js";
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

/** The form key a Twilio error message names, if any (the longest, so dotted keys win). */
export function formKeyInMessage(message: string): string | null {
  return FORM_KEY_PATTERNS.find(([, pattern]) => pattern.test(message))?.[0] ?? null;
}

export function userErrorFromUpstream(error: ChatApiError, suffix = ""): UserError {
  const key = formKeyInMessage(error.message);
  return userError(key ? inputPathOfFormKey(key) : null, UserErrorCode.REJECTED_BY_UPSTREAM, error.message + suffix);
}
