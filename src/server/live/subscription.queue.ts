// The events waiting for one subscriber, as the async iterator graphql-ws reads. graphql-ws sends
// an event only once the previous one has been written to the socket, so a subscriber that does
// not read makes events wait here; at most `max` of them. One more and the subscriber is a slow
// consumer: what waits is dropped, and the iterator yields one last `overflow` item (the
// subscription answers it with a SLOW_CONSUMER error) and ends, instead of buffering without bound.

export type QueueItem<T> = { value: T } | { overflow: true; max: number } | { failed: Error };

export class SubscriptionQueue<T> implements AsyncIterableIterator<QueueItem<T>> {
  private readonly items: Array<QueueItem<T>> = [];
  private waiting: ((result: IteratorResult<QueueItem<T>>) => void) | null = null;
  private ended = false;
  private finishing = false;

  /** `onEnd`: called once, when the subscriber leaves or the queue ends (to stop listening). */
  constructor(
    private readonly max: number,
    private readonly onEnd: () => void,
  ) {}

  /** Adds an event; past `max` waiting, drops them and ends with an overflow. */
  push(value: T): void {
    if (this.finishing || this.ended) return;
    if (this.items.length >= this.max) {
      this.items.length = 0;
      this.finish({ overflow: true, max: this.max });
      return;
    }
    this.deliver({ value });
  }

  /** Ends after one item that makes the subscription answer with an error (the bus went down). */
  fail(error: Error): void {
    if (this.finishing || this.ended) return;
    this.finish({ failed: error });
  }

  get size(): number {
    return this.items.length;
  }

  next(): Promise<IteratorResult<QueueItem<T>>> {
    const item = this.items.shift();
    if (item) return Promise.resolve({ value: item, done: false });
    if (this.finishing || this.ended) return Promise.resolve(this.end());
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<QueueItem<T>>> {
    this.items.length = 0;
    return Promise.resolve(this.end());
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private deliver(item: QueueItem<T>): void {
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = null;
      waiting({ value: item, done: false });
    } else {
      this.items.push(item);
    }
  }

  private finish(last: QueueItem<T>): void {
    this.finishing = true;
    this.deliver(last);
    this.onEndOnce();
  }

  private end(): IteratorResult<QueueItem<T>> {
    this.ended = true;
    this.onEndOnce();
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.({ value: undefined, done: true });
    return { value: undefined, done: true };
  }

  private endCalled = false;
  private onEndOnce(): void {
    if (this.endCalled) return;
    this.endCalled = true;
    this.onEnd();
  }
}
