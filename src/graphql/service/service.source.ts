import type { ServiceResource } from "../../chat-api/index.js";
import type { GraphQLContext } from "../context.js";
import type { PageSource } from "../connection/connection.paginate.js";
import { SERVICE_SID_PATTERN } from "../../sids.js";

/** The account's services as pages; every listed service primes the service loader. */
export function servicesSource({ client, loaders, walk }: GraphQLContext): PageSource<ServiceResource> {
  return {
    sidPattern: SERVICE_SID_PATTERN,
    scope: "services",
    walk,
    sidOf: (service) => service.sid,
    async fetchPage(query) {
      const page = await client.listServices(query);
      page.items.forEach(loaders.primeService);
      return page;
    },
  };
}
