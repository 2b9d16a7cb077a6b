// The event bus across replicas (CHATQL_REDIS_URL): an event published on any replica goes to one
// Redis pub/sub channel, and every replica's subscriber connection hands what arrives to its local
// listeners, its own publications included (so each listener hears an event once, whoever
// published it). Listeners still filter by account (live.updates.ts): Redis carries every account's
// events, no subscriber sees another account's.
//
// Health is "ok" only while both connections are ready, the channel is subscribed, and both answer
// a PING every PING_INTERVAL_MS within CHATQL_REDIS_COMMAND_TIMEOUT_MS, missing fewer than
// PINGS_MISSED_MAX in a row (a stalled Redis keeps its connections open while nothing flows).
// When any of that fails, health changes: subscriptions end with SUBSCRIPTIONS_UNAVAILABLE,
// webhooks answer 503 so Twilio retries them, and /readyz says why. ioredis reconnects by itself; once the subscriber
// connection is ready again it subscribes again, and health is "ok" once that is confirmed.
//
// Whoever can publish to this Redis channel can inject events: Redis is trusted infrastructure
// (give it a password or ACL, and rediss:// across networks). What arrives is still checked for
// shape before a listener sees it.

import type { Redis } from "ioredis";
import { ACCOUNT_SID_PATTERN } from "../../sids.js";
import type { Logger } from "../logger.js";
import { connectionFailure } from "../redis/redis.connection.js";
import type { ChatEvent } from "./chat-event.parse.js";
import type { BusHealth, EventBus, EventListener } from "./event.bus.js";

export const EVENTS_CHANNEL = "chatql:events";

/** How often both connections are asked to answer a PING; an answer later than the command timeout is a miss. */
export const PING_INTERVAL_MS = 2_000;

/**
 * Misses in a row that make a stall. One is not enough: the command timeout is a timer in this
 * process, so a single event-loop pause longer than it (or a Redis fork for a snapshot) would end
 * every subscription for a blip.
 */
export const PINGS_MISSED_MAX = 2;

export class RedisEventBus implements EventBus {
  private readonly listeners = new Set<EventListener>();
  private readonly watchers = new Set<(health: BusHealth) => void>();
  private subscribed = false;
  private lastFailure: string | null = null;
  /** Why PINGs failed PINGS_MISSED_MAX times in a row (a stall with the connections still open), until one is answered again. */
  private stalled: string | null = null;
  private missed = 0;
  private readonly probe: NodeJS.Timeout;
  private current: BusHealth = { ok: false, reason: "connecting" };
  private closed = false;
  private firstOutcome!: () => void;
  private readonly settled = new Promise<void>((resolve) => (this.firstOutcome = resolve));

  constructor(
    private readonly commands: Redis,
    private readonly subscriber: Redis,
    private readonly logger: Logger,
    private readonly channel = EVENTS_CHANNEL,
    pingIntervalMs = PING_INTERVAL_MS,
  ) {
    this.probe = setInterval(() => this.ping(), pingIntervalMs).unref();
    for (const [connection, label] of [
      [commands, "commands"],
      [subscriber, "events"],
    ] as const) {
      connection.on("error", (error: unknown) => {
        this.lastFailure = connectionFailure(error);
        this.firstOutcome();
        this.update();
      });
      connection.on("close", () => {
        if (connection === subscriber) this.subscribed = false;
        this.update(`${label} connection lost`);
      });
      connection.on("ready", () => {
        this.stalled = null; // a new connection: the next PINGs tell
        this.missed = 0;
        if (connection === subscriber) this.subscribe();
        else this.update();
      });
    }
    subscriber.on("message", (channel: string, message: string) => {
      if (channel === this.channel) this.deliver(message);
    });
  }

  /** Connects both; resolves once events flow or the first failure is known (chatql then starts degraded). */
  async start(): Promise<void> {
    this.commands.connect().catch(() => {});
    this.subscriber.connect().catch(() => {});
    await this.settled;
  }

  async publish(event: ChatEvent): Promise<void> {
    const health = this.health();
    if (!health.ok) throw new Error(`Redis is down: ${health.reason}`);
    await this.commands.publish(this.channel, JSON.stringify(event));
  }

  listen(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  health(): BusHealth {
    return this.current;
  }

  onHealthChange(listener: (health: BusHealth) => void): () => void {
    this.watchers.add(listener);
    return () => this.watchers.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.probe);
    this.listeners.clear();
    this.watchers.clear();
    this.commands.disconnect();
    this.subscriber.disconnect();
  }

  private subscribe(): void {
    this.subscriber.subscribe(this.channel).then(
      () => {
        this.subscribed = true;
        this.lastFailure = null;
        this.update();
        this.firstOutcome();
      },
      (error: unknown) => {
        this.lastFailure = connectionFailure(error);
        this.update();
      },
    );
  }

  /** Both connections answer a PING within the command timeout, or health says Redis stalled. */
  private ping(): void {
    if (this.closed || this.commands.status !== "ready" || this.subscriber.status !== "ready") return;
    Promise.all([this.commands.ping(), this.subscriber.ping()]).then(
      () => {
        this.missed = 0;
        if (this.stalled === null) return;
        this.stalled = null;
        this.update();
      },
      (error: unknown) => {
        this.missed += 1;
        if (this.missed < PINGS_MISSED_MAX) return;
        this.stalled = /timed? ?out/i.test(error instanceof Error ? error.message : "")
          ? "not answering (timed out)"
          : connectionFailure(error);
        this.update();
      },
    );
  }

  /** Recomputes health; tells the watchers and the log when it changed. */
  private update(lost?: string): void {
    if (this.closed) return;
    const ready = this.subscribed && this.commands.status === "ready" && this.subscriber.status === "ready" && this.stalled === null;
    const next: BusHealth = ready ? { ok: true } : { ok: false, reason: this.stalled ?? this.lastFailure ?? lost ?? "connecting" };
    const before = this.current;
    if (before.ok === next.ok && (next.ok || (!before.ok && before.reason === next.reason))) return;
    this.current = next;
    if (next.ok) this.lastFailure = null;
    if (next.ok) this.logger.info("redis: connected; live events flow across replicas");
    else if (before.ok || before.reason === "connecting") this.logger.warn({ redis: next.reason }, "redis: live events unavailable");
    if (before.ok !== next.ok) for (const watcher of this.watchers) watcher(next);
  }

  private deliver(message: string): void {
    let event: unknown;
    try {
      event = JSON.parse(message);
    } catch {
      event = null;
    }
    if (!isChatEvent(event)) {
      this.logger.warn({ bytes: message.length }, "redis: a message on the events channel is not a chat event; dropped");
      return;
    }
    for (const listener of this.listeners) listener(event);
  }
}

const FAMILIES = new Set(["message", "member", "channel"]);
const KINDS = new Set(["ADDED", "UPDATED", "REMOVED"]);
const SID = /^[A-Z]{2}[0-9a-fA-F]{32}$/;

/** The shape chat-event.parse.ts produces; anything else is not handed to listeners. */
function isChatEvent(value: unknown): value is ChatEvent {
  if (typeof value !== "object" || value === null) return false;
  const e = value as Record<string, unknown>;
  const strings = ["id", "type", "accountSid", "serviceSid", "channelSid", "sid"].every((name) => typeof e[name] === "string");
  return (
    strings &&
    ACCOUNT_SID_PATTERN.test(e.accountSid as string) &&
    SID.test(e.serviceSid as string) &&
    SID.test(e.channelSid as string) &&
    SID.test(e.sid as string) &&
    FAMILIES.has(e.family as string) &&
    KINDS.has(e.kind as string) &&
    (e.actorIdentity === null || typeof e.actorIdentity === "string") &&
    typeof e.params === "object" &&
    e.params !== null &&
    Object.values(e.params).every((v) => typeof v === "string")
  );
}
