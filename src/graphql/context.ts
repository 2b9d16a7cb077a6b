import type { ChatApiClient } from "../chat-api/index.js";
import { createLoaders, type CacheHitListener, type Loaders } from "./loaders.js";

/** What every resolver gets: the upstream client and this request's own loaders. */
export interface GraphQLContext {
  client: ChatApiClient;
  loaders: Loaders;
  /** Largest PageSize to ask the upstream for. */
  maxPageSize: number;
}

export function createContext(client: ChatApiClient, maxPageSize: number, onCacheHit?: CacheHitListener): GraphQLContext {
  return { client, loaders: createLoaders(client, maxPageSize, onCacheHit), maxPageSize };
}
