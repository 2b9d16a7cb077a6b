// At most CHAT_API_MAX_CONCURRENCY upstream requests in flight per Twilio account: past its own
// limit Twilio answers 429 / 20429 and processes nothing. Every attempt sendRequest makes holds a
// slot while it is on the wire (not during retry back-offs); a request that finds every slot taken
// waits in line, and its wait is bounded by the same deadline and abort signal as the call itself.
// This file holds the contract and the in-process limiter (one replica, or Redis unavailable);
// concurrency.limiter.redis.ts shares the limit between replicas.

import type { Abortable } from "./operation.abort.js";

/** How long a caller may wait for a slot. */
export interface SlotWait {
  /** `performance.now()` time past which the caller gives up (the call's deadline). */
  deadline: number;
  /** The operation's signal: deadline passed or client gone. */
  signal?: Abortable;
}

/** Hands the slot back; calling it again does nothing. */
export type ReleaseSlot = () => void;

export interface ConcurrencyLimiter {
  /** A slot for `key` (an account SID); rejects with SlotWaitEnded when the wait's deadline or signal ends it first. */
  acquire(key: string, wait: SlotWait): Promise<ReleaseSlot>;
}

/** Why a wait for a slot ended without one. */
export class SlotWaitEnded extends Error {
  constructor(readonly why: "deadline" | "aborted") {
    super(
      why === "deadline" ? "no upstream request slot came free before the call's deadline" : "the operation ended while waiting for a slot",
    );
  }
}

/** Told when a caller had to wait, and how it ended (metrics). */
export type WaitObserver = (outcome: "acquired" | "deadline" | "aborted", waitedMs: number) => void;

interface Waiter {
  resolve(release: ReleaseSlot): void;
  reject(error: SlotWaitEnded): void;
}

/** A first-in, first-out semaphore per key, in this process. */
export class LocalConcurrencyLimiter implements ConcurrencyLimiter {
  private readonly held = new Map<string, number>();
  private readonly lines = new Map<string, Waiter[]>();

  constructor(
    readonly max: number,
    private readonly observe: WaitObserver = () => {},
  ) {
    if (!Number.isSafeInteger(max) || max < 1) throw new RangeError("max must be a positive whole number");
  }

  acquire(key: string, wait: SlotWait): Promise<ReleaseSlot> {
    const line = this.lines.get(key);
    if (!line?.length && (this.held.get(key) ?? 0) < this.max) return Promise.resolve(this.take(key));
    return waitInLine(wait, this.observe, (waiter) => {
      const queue = this.lines.get(key) ?? [];
      queue.push(waiter);
      this.lines.set(key, queue);
      return () => {
        const index = queue.indexOf(waiter);
        if (index >= 0) queue.splice(index, 1);
        if (queue.length === 0 && this.lines.get(key) === queue) this.lines.delete(key);
      };
    });
  }

  /** Slots held now for `key` (tests and metrics). */
  inUse(key: string): number {
    return this.held.get(key) ?? 0;
  }

  private take(key: string): ReleaseSlot {
    this.held.set(key, (this.held.get(key) ?? 0) + 1);
    return this.releaser(key);
  }

  private releaser(key: string): ReleaseSlot {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const line = this.lines.get(key);
      const next = line?.shift();
      if (line?.length === 0) this.lines.delete(key);
      // The slot passes straight to the next in line (the count stays): nobody jumps the queue.
      if (next) return next.resolve(this.releaser(key));
      const left = (this.held.get(key) ?? 1) - 1;
      if (left > 0) this.held.set(key, left);
      else this.held.delete(key);
    };
  }
}

/**
 * Waits for `enqueue`'s waiter to be resolved, or for the deadline or signal to end the wait;
 * `enqueue` returns how to take the waiter out of line again.
 */
export function waitInLine(wait: SlotWait, observe: WaitObserver, enqueue: (waiter: Waiter) => () => void): Promise<ReleaseSlot> {
  const started = performance.now();
  const leftMs = wait.deadline - started;
  if (wait.signal?.aborted) return Promise.reject(new SlotWaitEnded("aborted"));
  if (leftMs <= 0) return Promise.reject(new SlotWaitEnded("deadline"));
  return new Promise<ReleaseSlot>((resolve, reject) => {
    let settled = false;
    let leave = () => {};
    const end = (why: "deadline" | "aborted") => {
      if (settled) return;
      settled = true;
      cleanup();
      leave();
      observe(why, performance.now() - started);
      reject(new SlotWaitEnded(why));
    };
    const timer = setTimeout(() => end("deadline"), Math.ceil(leftMs));
    const onAbort = () => end("aborted");
    wait.signal?.addEventListener("abort", onAbort, { once: true });
    const cleanup = () => {
      clearTimeout(timer);
      wait.signal?.removeEventListener("abort", onAbort);
    };
    leave = enqueue({
      resolve(release) {
        // A slot that comes after the wait ended (handed on from elsewhere) goes straight back.
        if (settled) return release();
        settled = true;
        cleanup();
        observe("acquired", performance.now() - started);
        resolve(release);
      },
      reject(error) {
        if (settled) return;
        settled = true;
        cleanup();
        reject(error);
      },
    });
  });
}
