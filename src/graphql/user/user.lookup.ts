import { rethrowUpstream } from "../errors/error.mapping.js";
import type { GraphQLContext } from "../context.js";
import { userFromResource } from "./user.mapper.js";
import type { User } from "./user.type.js";
import { mappedOnce } from "../node/service-resource.mapper.js";

const userFrom = mappedOnce(userFromResource);

/**
 * The user an identity names in a service: a message's author, a member's user, a channel's
 * creator. Null when there is none (`from: "system"`), never an error. One fetch per distinct
 * identity per operation (the user loader).
 *
 * Twilio's user path takes a SID or an identity, so an identity that looks like a user SID (a
 * message `from: "US…"`) fetches the user with that SID: only a user whose identity is the one
 * asked for answers.
 */
export async function userOf({ loaders }: GraphQLContext, serviceSid: string, identity: string | null | undefined): Promise<User | null> {
  if (!identity) return null;
  const resource = await loaders.user.load(serviceSid, identity).catch(rethrowUpstream);
  return resource && resource.identity === identity ? userFrom(resource) : null;
}

/** The user with this SID in a service (`Service.user(sid:)`, a user channel's user); null when there is none. */
export async function userBySid({ loaders }: GraphQLContext, serviceSid: string, sid: string | null | undefined): Promise<User | null> {
  if (!sid) return null;
  const resource = await loaders.user.load(serviceSid, sid).catch(rethrowUpstream);
  // SIDs' hex digits may come back in another case than they were asked in.
  return resource && resource.sid.toLowerCase() === sid.toLowerCase() ? userFrom(resource) : null;
}
