// A user chatql did not fetch: `Service.user(identity:)` answers with the identity alone when the
// query reads of the user only what its channels list answers (Twilio's `…/Users/{UserSid}/Channels`
// takes the identity in place of the SID). Its `sid` and `id` come from the first page of that list
// (each item names the user's SID); only a user without channels on that page is fetched for them,
// so an id is never guessed. The list's 404 tells that the user (or its service) does not exist.

import { USER_SID_PATTERN } from "../../sids.js";
import type { GraphQLContext } from "../context.js";
import { notFound, rethrowUpstream } from "../errors/error.mapping.js";
import { globalId } from "../node/global-id.codec.js";
import { checkServiceExists } from "../service/service.ref.js";
import type { Service } from "../service/service.type.js";
import { User } from "./user.type.js";

/** The fields of a User answered without fetching it (when it is named by identity). */
export const USER_FIELDS_WITHOUT_FETCH: ReadonlySet<string> = new Set(["__typename", "id", "sid", "serviceSid", "identity", "channels"]);
/** Those among them that call the upstream by the user's identity, so tell whether it exists. */
export const USER_WITNESSES: ReadonlySet<string> = new Set(["channels"]);

export interface UserRef {
  service: Service;
  /** What a page of the user's channels said: the user's SID, or null when it named none. */
  learn(sid: string | null | undefined): void;
  /** The channels list failed: `sid` and `id` fail with the same error. */
  fail(error: unknown): void;
}

const refs = new WeakMap<User, UserRef>();

/** The user `identity` names in `service`, not fetched: `sid` and `id` resolve once its channels list has answered. */
export function userRef(context: GraphQLContext, service: Service, identity: string): User {
  let settle!: (outcome: { sid: string | null } | { error: unknown }) => void;
  const outcome = new Promise<{ sid: string | null } | { error: unknown }>((resolve) => (settle = resolve));
  let sid: Promise<string> | undefined;
  const sidOf = () =>
    (sid ??= outcome.then(async (said) => {
      if ("error" in said) throw said.error;
      if (said.sid) return said.sid;
      const resource = await context.loaders.user.load(service.sid, identity).catch(rethrowUpstream);
      if (resource) return resource.sid;
      await checkServiceExists(context, service);
      throw notFound(`There is no user "${identity}" in service ${service.sid}`);
    }));
  const user = Object.assign(new User(), { serviceSid: service.sid, identity });
  // Own accessors make this object a dictionary-mode one that keeps its closure until a full
  // collection (see eslint.config.js); there is one per operation, not one per list item.
  Object.defineProperty(user, "sid", { enumerable: true, get: sidOf });
  Object.defineProperty(user, "id", { enumerable: true, get: () => sidOf().then((known) => globalId("User", service.sid, known)) });
  refs.set(user, {
    service,
    learn: (known) => settle({ sid: known && USER_SID_PATTERN.test(known) ? known : null }),
    fail: (error) => settle({ error }),
  });
  return user;
}

/** The user's ref when it was not fetched (its `sid` and `id` are then promises: do not read them). */
export function userRefOf(user: User): UserRef | undefined {
  return refs.get(user);
}
