import { rethrowUpstream } from "../errors/error.mapping.js";
import type { GraphQLContext } from "../context.js";
import { userFromResource } from "./user.mapper.js";
import type { User } from "./user.type.js";

/**
 * The user an identity (or SID) names in a service: a message's author, a member's user, a
 * channel's creator. Null when there is none (`from: "system"`), never an error. One fetch per
 * distinct identity per operation (the user loader).
 */
export async function userOf(
  { loaders }: GraphQLContext,
  serviceSid: string,
  identityOrSid: string | null | undefined,
): Promise<User | null> {
  if (!identityOrSid) return null;
  const resource = await loaders.user.load(serviceSid, identityOrSid).catch(rethrowUpstream);
  return resource && userFromResource(resource);
}
