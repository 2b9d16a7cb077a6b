// User rules: an identity is unique per service and may not look like a user SID (users are
// fetched by either), and a new user gets the service's default service role.

import { ApiError, Code } from "../engine/errors.js";
import { mintSid } from "../engine/sid.mint.js";
import { twilioDate } from "../engine/values.js";
import type { ServiceRow } from "../service/service.table.js";
import type { Store } from "../store/store.js";
import { isSid } from "../../sids.js";
import type { UserRow } from "./user.table.js";

export interface UserInput {
  identity: string;
  friendlyName?: string | null;
  attributes?: string;
  roleSid?: string;
}

/** Inserts a user whose identity the caller has found free. */
export function insertUser(store: Store, service: ServiceRow, input: UserInput): UserRow {
  if (isSid("US", input.identity)) {
    throw new ApiError(400, Code.identityLooksLikeUserSid, `Identity ${input.identity} should not match the user SID pattern`);
  }
  const now = twilioDate();
  return store.users.insert({
    sid: mintSid("US"),
    account_sid: service.account_sid,
    service_sid: service.sid,
    identity: input.identity,
    friendly_name: input.friendlyName ?? null,
    attributes: input.attributes ?? "{}",
    role_sid: input.roleSid ?? service.settings.default_service_role_sid,
    date_created: now,
    date_updated: now,
  });
}

/**
 * The user with this identity, created if there is none: "When Programmable Chat encounters a new
 * Identity in a Service instance, a new User instance is created for that identity"
 * (https://www.twilio.com/docs/chat/rest/user-resource). Memberships and invites do this.
 */
export function ensureUser(store: Store, service: ServiceRow, identity: string): UserRow {
  return store.users.withIdentity(service.account_sid, service.sid, identity) ?? insertUser(store, service, { identity });
}
