// User rules: an identity is unique per service and may not look like a user SID (users are
// fetched by either), and a new user gets the service's default service role.

import { ApiError, Code, conflict } from "../engine/errors.js";
import { mintInService } from "../engine/sid.mint.js";
import { twilioDate } from "../engine/values.js";
import { requireRole } from "../role/role.model.js";
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
    ...mintInService("US", service),
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

/** A user created through the API: the identity must be free (409, 50201, "User already exists"). */
export function createUser(store: Store, service: ServiceRow, input: UserInput): UserRow {
  return store.transaction(() => {
    if (store.users.withIdentity(service.account_sid, service.sid, input.identity)) {
      throw conflict(Code.userAlreadyExists, `User already exists: ${input.identity}`);
    }
    const roleSid = input.roleSid === undefined ? undefined : requireRole(store, service, "RoleSid", input.roleSid, "deployment").sid;
    return insertUser(store, service, { ...input, roleSid });
  });
}

export function updateUser(store: Store, service: ServiceRow, user: UserRow, input: Omit<UserInput, "identity">): UserRow {
  return store.transaction(() =>
    store.users.update({
      ...user,
      role_sid: input.roleSid === undefined ? user.role_sid : requireRole(store, service, "RoleSid", input.roleSid, "deployment").sid,
      attributes: input.attributes ?? user.attributes,
      friendly_name: input.friendlyName ?? user.friendly_name,
      date_updated: twilioDate(),
    }),
  );
}

/**
 * Deletes a user with its memberships and bindings. Those are deleted one by one first, so the
 * channels' member lists and the service's binding list keep their places (page tokens stay
 * valid); tokens anchored inside the user's own lists are forgotten with it.
 */
export function deleteUser(store: Store, user: UserRow): void {
  store.transaction(() => {
    for (const member of store.members.allOfUser(user.sid)) store.members.delete(member);
    for (const binding of store.bindings.allOfUser(user.sid)) store.bindings.delete(binding);
    store.users.delete(user);
    store.tombstones.forgetScope(user.sid);
  });
}
