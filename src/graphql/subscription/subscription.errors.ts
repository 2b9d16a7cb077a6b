// The error codes only subscriptions use (kept by the server's error formatting, apollo.ts).

import { GraphQLError } from "graphql";

export const SUBSCRIPTION_ERROR_CODES = [
  /** More events waited for this subscriber than CHATQL_SUBSCRIPTION_BUFFER_EVENTS: the subscription ended. */
  "SLOW_CONSUMER",
  /** Events cannot reach subscribers now (Redis is down): the subscription ended; subscribe again later. */
  "SUBSCRIPTIONS_UNAVAILABLE",
  /** The connection already has CHATQL_MAX_SUBSCRIPTIONS_PER_CONNECTION subscriptions. */
  "TOO_MANY_SUBSCRIPTIONS",
] as const;

export function slowConsumer(max: number): GraphQLError {
  const message = `More than ${max} events waited for this subscriber: the subscription ended (read faster, or subscribe to less)`;
  return new GraphQLError(message, {
    extensions: { code: "SLOW_CONSUMER" },
  });
}

export function subscriptionsUnavailable(why: string): GraphQLError {
  return new GraphQLError(`Live events are unavailable (${why}): the subscription ended; queries still work, subscribe again later`, {
    extensions: { code: "SUBSCRIPTIONS_UNAVAILABLE" },
  });
}
