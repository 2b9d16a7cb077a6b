import type { ChatApiClient } from "../chat-api/index.js";
import type { WalkOptions } from "./connection/connection.paginate.js";
import { createLoaders, type CacheHitListener, type Loaders } from "./loaders.js";

/** What every resolver gets: the upstream client, this request's own loaders, and how lists are walked. */
export interface GraphQLContext {
  client: ChatApiClient;
  loaders: Loaders;
  /** Page sizes, the page cap of every list walk, and the cursor codec. */
  walk: WalkOptions;
  /** Problems with data that did not fail a field (e.g. attributes that are not JSON): `extensions.warnings`. */
  warnings: Array<{ path: ReadonlyArray<string | number>; message: string }>;
  /**
   * Upstream calls this operation may still make, each counted with the retries it may take (its
   * CHATQL_MAX_UPSTREAM_CALLS budget, divided by 1 + CHAT_API_MAX_RETRIES): a write that must be
   * undone when a later step fails is not started without room for the undo.
   */
  callsLeft(): number;
}

export function createContext(
  client: ChatApiClient,
  walk: WalkOptions,
  onCacheHit?: CacheHitListener,
  callsLeft: () => number = () => Infinity,
): GraphQLContext {
  return { client, loaders: createLoaders(client, walk, onCacheHit), walk, warnings: [], callsLeft };
}
