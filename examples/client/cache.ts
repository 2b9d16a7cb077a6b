// Normalised-cache configuration for chatql's schema, for Apollo Client's InMemoryCache and
// urql's Graphcache, built from lists that codegen reads off schema.graphql (cache-lists.ts;
// test/clients/cache-config.test.ts checks them independently). Copy the half your client needs.
//
//   new InMemoryCache(apolloCacheConfig)          cacheExchange(graphcacheConfig)
//
// Why: Service and Role have an `id` and are normalised. The objects without one (limits,
// notifications, media) are values inside their service: two queries that select different
// fields of them must be merged, not replaced (Apollo otherwise warns "Cache data may be lost
// when replacing the limits field of a Service object"; Graphcache warns "Invalid key" for
// every object with neither `id` nor a `keys` entry). Connections are Relay connections: pages
// fetched with `after` are appended to what the cache has.

import type { InMemoryCacheConfig } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import type { CacheExchangeOpts } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";

import { CONNECTION_FIELDS, CONNECTION_FILTERS, OTHER_ID_LESS_TYPES, POSSIBLE_TYPES, VALUE_TYPES } from "./cache-lists.js";

export { CONNECTION_FIELDS, CONNECTION_FILTERS, OTHER_ID_LESS_TYPES, POSSIBLE_TYPES, VALUE_TYPES };

/**
 * Apollo Client: `new InMemoryCache(apolloCacheConfig)`. With `relayStylePagination`, page with
 * `edges`: the cache appends edges across pages, while `nodes` holds the last page only.
 */
export const apolloCacheConfig: InMemoryCacheConfig = {
  possibleTypes: POSSIBLE_TYPES,
  typePolicies: {
    ...Object.fromEntries(VALUE_TYPES.map((type) => [type, { merge: true }])),
    ...Object.fromEntries(
      Object.entries(CONNECTION_FIELDS).map(([type, fields]) => [
        type,
        // Paging arguments are not part of the key: every page lands in the same list. Filters are:
        // `channels(types: [PUBLIC])` and `channels(types: [PRIVATE])` are different lists.
        { fields: Object.fromEntries(fields.map((field) => [field, relayStylePagination(CONNECTION_FILTERS[`${type}.${field}`] ?? false)])) },
      ]),
    ),
  },
};

/**
 * urql: `cacheExchange(graphcacheConfig)` from @urql/exchange-graphcache. Objects without an
 * id are embedded in their parent (`keys` returning null); `relayPagination` merges pages of
 * `edges` and of `nodes`.
 */
export const graphcacheConfig: Pick<CacheExchangeOpts, "keys" | "resolvers" | "possibleTypes"> = {
  possibleTypes: POSSIBLE_TYPES,
  keys: Object.fromEntries([...VALUE_TYPES, ...OTHER_ID_LESS_TYPES].map((type) => [type, () => null])),
  resolvers: Object.fromEntries(
    Object.entries(CONNECTION_FIELDS).map(([type, fields]) => [type, Object.fromEntries(fields.map((field) => [field, relayPagination()]))]),
  ),
};
