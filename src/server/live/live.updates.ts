// The subscriber side of live updates: each subscriber's stream of its account's events (bounded,
// see SubscriptionQueue), and each event's object fetched once per credentials however many
// subscribers resolve it. The bus is in process or Redis (event.bus*.ts).

import { LRUCache } from "lru-cache";
import {
  isNotFound,
  OperationAbort,
  OperationAborted,
  type ChannelResource,
  type ChatApiClient,
  type MemberResource,
  type MessageResource,
} from "../../chat-api/index.js";
import type { LiveSubscriber } from "../../graphql/subscription/subscription.context.js";
import { subscriptionsUnavailable } from "../../graphql/subscription/subscription.errors.js";
import type { Metrics } from "../metrics.js";
import { jsonBytes } from "../response-size.js";
import type { ChatEvent } from "./chat-event.parse.js";
import type { EventBus } from "./event.bus.js";
import { SubscriptionQueue, type QueueItem } from "./subscription.queue.js";

/** Events whose objects are remembered at once (per credentials), and for how long: long enough for every subscriber to ask. */
export const CURRENT_OBJECTS_MAX = 10_000;
export const CURRENT_OBJECTS_TTL_MS = 30_000;
/**
 * Bytes (as JSON) of the objects remembered, all together: a message at the emulator's bounds is
 * ~230 KB, so the count alone let 10,000 of them hold gigabytes. An object larger than this is
 * not remembered (its subscribers each fetch it); one still being fetched counts one byte.
 */
export const CURRENT_OBJECTS_MAX_BYTES = 32 * 1024 * 1024;

export interface LiveUpdatesOptions {
  bus: EventBus;
  metrics: Metrics;
  /** CHATQL_SUBSCRIPTION_BUFFER_EVENTS. */
  bufferEvents: number;
  /** Deadline of one object fetch (CHATQL_OPERATION_TIMEOUT_MS). */
  fetchTimeoutMs: number;
  /** CURRENT_OBJECTS_MAX_BYTES unless given (tests). */
  objectsMaxBytes?: number;
}

type Current = MessageResource | MemberResource | ChannelResource;

export class LiveUpdates {
  private active = 0;
  private readonly watchers: Array<{ count: number; resolve: () => void }> = [];
  private readonly nextOnes: Array<() => void> = [];
  private readonly objects: LRUCache<string, Promise<Current | null>>;

  constructor(private readonly options: LiveUpdatesOptions) {
    this.objects = new LRUCache({
      max: CURRENT_OBJECTS_MAX,
      maxSize: options.objectsMaxBytes ?? CURRENT_OBJECTS_MAX_BYTES,
      sizeCalculation: () => 1,
      ttl: CURRENT_OBJECTS_TTL_MS,
    });
  }

  /**
   * A subscriber of `accountSid`'s events. `credentialsKey` names its credentials (a digest):
   * objects are shared only between subscribers with the same; `client` fetches them.
   */
  subscriber(accountSid: string, credentialsKey: string, client: ChatApiClient): LiveSubscriber {
    return {
      accountSid,
      events: (match) => this.events(accountSid, match),
      current: (event) => this.current(credentialsKey, client, event),
    };
  }

  private events(accountSid: string, match: (event: ChatEvent) => boolean): AsyncIterable<QueueItem<ChatEvent>> {
    const { bus, metrics } = this.options;
    const health = bus.health();
    if (!health.ok) throw subscriptionsUnavailable(health.reason);
    const stop: Array<() => void> = [];
    const queue = new SubscriptionQueue<ChatEvent>(this.options.bufferEvents, () => {
      for (const end of stop.splice(0)) end();
      metrics.subscriptions.dec();
      this.active -= 1;
    });
    metrics.subscriptions.inc();
    this.active += 1;
    // Only this account's events, whatever the subscription asks for.
    stop.push(bus.listen((event) => event.accountSid === accountSid && match(event) && queue.push(event)));
    stop.push(bus.onHealthChange((now) => !now.ok && queue.fail(new Error(now.reason))));
    for (const watcher of this.watchers.filter((w) => this.active >= w.count)) {
      this.watchers.splice(this.watchers.indexOf(watcher), 1);
      watcher.resolve();
    }
    for (const resolve of this.nextOnes.splice(0)) resolve();
    return queue;
  }

  /** Subscriptions listening now. */
  get subscriptions(): number {
    return this.active;
  }

  /** Resolves when the next subscription starts listening (call it before subscribing). */
  nextSubscription(): Promise<void> {
    return new Promise((resolve) => this.nextOnes.push(resolve));
  }

  /** Resolves once `count` subscriptions listen (tests and benchmarks wait on it instead of sleeping). */
  whenSubscriptions(count: number): Promise<void> {
    if (this.active >= count) return Promise.resolve();
    return new Promise((resolve) => this.watchers.push({ count, resolve }));
  }

  private current(credentialsKey: string, client: ChatApiClient, event: ChatEvent): Promise<Current | null> {
    const key = `${credentialsKey}|${event.id}`;
    let pending = this.objects.get(key);
    if (!pending) {
      const fetched = (pending = this.fetch(client, event));
      this.objects.set(key, fetched);
      fetched.then(
        (object) => this.sized(key, fetched, jsonBytes(object) + 1),
        // A failure is not remembered: the next subscriber tries again (unless a newer fetch holds the key).
        () => this.objects.peek(key) === fetched && this.objects.delete(key),
      );
    }
    return pending;
  }

  /**
   * Counts a fetched object at its size, unless it has gone meanwhile; past the bound lru-cache
   * drops it. (Setting the same value again would keep its old size: it is set anew, with the
   * time it had left.)
   */
  private sized(key: string, fetched: Promise<Current | null>, size: number): void {
    if (this.objects.peek(key) !== fetched) return;
    // At least 1: to lru-cache a ttl of 0 is no expiry at all.
    const ttl = Math.max(1, this.objects.getRemainingTTL(key));
    this.objects.delete(key);
    this.objects.set(key, fetched, { size, ttl });
  }

  private async fetch(client: ChatApiClient, event: ChatEvent): Promise<Current | null> {
    const deadline = new OperationAbort();
    const timer = setTimeout(() => deadline.abort(new OperationAborted("deadline")), this.options.fetchTimeoutMs);
    const scoped = client.withScope({ signal: deadline });
    const channel = { ServiceSid: event.serviceSid, ChannelSid: event.channelSid };
    try {
      switch (event.family) {
        case "message":
          return await scoped.one("FetchMessage", { path: { ...channel, Sid: event.sid } });
        case "member":
          return await scoped.one("FetchMember", { path: { ...channel, Sid: event.sid } });
        case "channel":
          return await scoped.one("FetchChannel", { path: { ServiceSid: event.serviceSid, Sid: event.sid } });
      }
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}
