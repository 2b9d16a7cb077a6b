// What stops an operation's upstream work early: its deadline passed or its client went away.
// Every upstream call made under it listens (attempts, back-off sleeps, waits for a concurrency
// slot), and stops.

/** What the client listens to: an AbortSignal does, and so does the lighter OperationAbort. */
export interface Abortable {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

/** Why an operation's upstream work stopped early: the `reason` of its Abortable. */
export class OperationAborted extends Error {
  constructor(readonly why: "deadline" | "client_gone") {
    super(why === "deadline" ? "the operation's deadline passed" : "the client went away");
  }
}

/**
 * One per GraphQL operation (over HTTP or WebSocket) and per live-update fetch. An AbortSignal would do, but each is an
 * EventTarget that costs more to make and to listen to than the rest of a one-call operation's
 * client work; this is a flag and a set of listeners, each told once.
 */
export class OperationAbort implements Abortable {
  private why: OperationAborted | undefined;
  private readonly listeners = new Set<() => void>();

  get aborted(): boolean {
    return this.why !== undefined;
  }

  get reason(): OperationAborted | undefined {
    return this.why;
  }

  abort(reason: OperationAborted): void {
    if (this.why) return;
    this.why = reason;
    const told = [...this.listeners];
    this.listeners.clear();
    for (const listener of told) listener();
  }

  /** As an AbortSignal's: a listener added after the abort is never called. */
  addEventListener(_type: "abort", listener: () => void): void {
    if (!this.why) this.listeners.add(listener);
  }

  removeEventListener(_type: "abort", listener: () => void): void {
    this.listeners.delete(listener);
  }
}

/** Resolves after `ms`, or rejects (with the abort's reason) as soon as `abortable` aborts. */
export function sleepUnlessAborted(ms: number, abortable: Abortable | undefined): Promise<void> {
  if (abortable?.aborted) return Promise.reject(abortable.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortable?.reason);
    };
    const timer = setTimeout(() => {
      abortable?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    abortable?.addEventListener("abort", onAbort, { once: true });
  });
}
