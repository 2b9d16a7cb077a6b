import type { ResponseInfo } from "../chat-api/index.js";
import type { GraphQLContext } from "../graphql/context.js";

/** The GraphQL context plus what the server records about one request. */
export interface RequestContext extends GraphQLContext {
  requestId: string;
  /** Upstream responses received while serving this request, in order. */
  upstreamCalls: ResponseInfo[];
  /** Upstream retries made while serving this request. */
  upstreamRetries: number;
  /**
   * Whether the operation's own log line was written (a request refused without one gets a
   * "request refused" line instead). An object: Apollo hands plugins a shallow copy of the context.
   */
  logged: { operation: boolean };
}
