import type { RoleResource } from "../../chat-api/index.js";
import type { GraphQLContext } from "../context.js";
import type { PageSource } from "../connection/connection.paginate.js";
import { ROLE_SID_PATTERN } from "../../sids.js";

/** One service's roles as pages; every listed role primes the role loader. */
export function rolesSource({ client, loaders, walk }: GraphQLContext, serviceSid: string): PageSource<RoleResource> {
  return {
    sidPattern: ROLE_SID_PATTERN,
    scope: `roles of ${serviceSid}`,
    walk,
    sidOf: (role) => role.sid,
    async fetchPage(query) {
      const page = await client.listRoles(serviceSid, query);
      page.items.forEach(loaders.primeRole);
      return page;
    },
  };
}
