// Post-event deliveries, asynchronous and bounded: at most `maxPending` waiting or under way
// (past it a new one is dropped and reported), at most `concurrency` requests in flight, each
// retried with a doubling back-off. Deliveries to one URL go one after the other, in the order the
// events happened (a retrying event holds back the later ones to that URL, not to others).

import { deliver, type AttemptReport } from "./webhook.delivery.js";
import type { OutboundPolicy } from "./webhook.policy.js";
import type { WebhookSender } from "./webhook.sender.js";
import type { WebhookTarget } from "./webhook.targets.js";

export interface Delivery {
  target: WebhookTarget;
  type: string;
  /** The event's parameters, without RetryCount. */
  params: Record<string, string>;
  authToken: string;
}

export interface QueueOptions {
  maxPending: number;
  concurrency: number;
  retryDelayMs: number;
}

export class DeliveryQueue {
  private pending = 0;
  private readonly lanes = new Map<string, Delivery[]>();
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly stop = new AbortController();
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly sender: WebhookSender,
    private readonly policy: OutboundPolicy,
    private readonly options: QueueOptions,
    private readonly report: (report: AttemptReport) => void,
  ) {}

  enqueue(delivery: Delivery): void {
    if (this.stop.signal.aborted || this.pending >= this.options.maxPending) {
      try {
        this.report({ type: delivery.type, url: delivery.target.url, scope: delivery.target.scope, attempt: 0, outcome: "dropped" });
      } catch {
        // a faulty observer must not break the emulator
      }
      return;
    }
    this.pending += 1;
    const key = `${delivery.target.method} ${delivery.target.url}`;
    const lane = this.lanes.get(key);
    if (lane) {
      lane.push(delivery);
      return;
    }
    this.lanes.set(key, [delivery]);
    const run = this.runLane(key).finally(() => this.running.delete(run));
    this.running.add(run);
  }

  /** Stops: deliveries under way are aborted, waiting ones dropped. */
  async close(): Promise<void> {
    this.stop.abort();
    for (const wake of this.waiting.splice(0)) wake();
    await Promise.all(this.running);
  }

  private async runLane(key: string): Promise<void> {
    const lane = this.lanes.get(key)!;
    while (lane.length > 0) {
      const delivery = lane[0]!;
      if (!this.stop.signal.aborted) {
        const slot = <T>(attempt: () => Promise<T>) => this.slot(attempt);
        await deliver(this.sender, this.policy, delivery, this.options.retryDelayMs, this.stop.signal, slot, this.report);
      }
      lane.shift();
      this.pending -= 1;
    }
    this.lanes.delete(key);
  }

  /** Runs one attempt once fewer than `concurrency` are in flight. */
  private async slot<T>(attempt: () => Promise<T>): Promise<T> {
    while (this.inFlight >= this.options.concurrency && !this.stop.signal.aborted) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.inFlight += 1;
    try {
      return await attempt();
    } finally {
      this.inFlight -= 1;
      this.waiting.shift()?.();
    }
  }
}
