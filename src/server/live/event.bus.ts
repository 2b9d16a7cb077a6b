// Where published events go to reach subscribers. In process, every listener of this replica
// hears every event at once; with Redis (event.bus.redis.ts) every replica's listeners do.

import type { ChatEvent } from "./chat-event.parse.js";

export type EventListener = (event: ChatEvent) => void;

/** Whether the bus can carry events now, and why not (for /readyz and for subscribers). */
export type BusHealth = { ok: true } | { ok: false; reason: string };

export interface EventBus {
  /** Rejects when the event could not be handed on (Redis down): the webhook then answers 503. */
  publish(event: ChatEvent): Promise<void>;
  /** Adds a listener; returns its removal. */
  listen(listener: EventListener): () => void;
  health(): BusHealth;
  /** Told when health changes (subscriptions end with an error when the bus goes down). */
  onHealthChange(listener: (health: BusHealth) => void): () => void;
  close(): Promise<void>;
}

export class MemoryEventBus implements EventBus {
  private readonly listeners = new Set<EventListener>();

  async publish(event: ChatEvent): Promise<void> {
    for (const listener of this.listeners) listener(event);
  }

  listen(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  health(): BusHealth {
    return { ok: true };
  }

  onHealthChange(): () => void {
    return () => {};
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
