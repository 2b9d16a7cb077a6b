// What the subscription resolvers get besides the usual context: the subscriber's account and its
// stream of events, provided by the server (src/server/live/). Each event is executed with a fresh
// GraphQLContext (new loaders, its own upstream budget and deadline), as a request would be.

import type { ChannelResource, MemberResource, MessageResource } from "../../chat-api/index.js";
import type { ChatEvent } from "../../server/live/chat-event.parse.js";
import type { QueueItem } from "../../server/live/subscription.queue.js";
import type { GraphQLContext } from "../context.js";

export interface LiveSubscriber {
  /** The account whose events this subscriber sees (its credentials' account): no other account's. */
  accountSid: string;
  /** The account's events that `match`, until the subscriber leaves (bounded: see SubscriptionQueue). */
  events(match: (event: ChatEvent) => boolean): AsyncIterable<QueueItem<ChatEvent>>;
  /**
   * The event's object as the upstream has it now, null once it is gone. Fetched once per event
   * and credentials, however many subscribers ask (each then primes its own loaders with it).
   */
  current(event: ChatEvent): Promise<MessageResource | MemberResource | ChannelResource | null>;
}

export interface SubscriptionContext extends GraphQLContext {
  live: LiveSubscriber;
}
