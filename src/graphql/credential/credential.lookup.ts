import type { GraphQLContext } from "../context.js";
import { rethrowUpstream } from "../errors/error.mapping.js";
import { credentialFromResource } from "./credential.mapper.js";
import type { Credential } from "./credential.type.js";

/** The account's credential with this SID (a binding's, or asked for by SID); null when there is none. */
export async function credentialOf({ loaders }: GraphQLContext, sid: string | null | undefined): Promise<Credential | null> {
  if (!sid) return null;
  const resource = await loaders.credential.load(sid).catch(rethrowUpstream);
  return resource && credentialFromResource(resource);
}
