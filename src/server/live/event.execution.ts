// Subscriptions executed the way graphql-js does it (the source stream from the field's
// `subscribe`, then the selection executed once per event), except that each event gets a context
// of its own: fresh loaders and deadline, as a request would have, and an upstream budget
// (shared with the same principal's other subscriptions running the same event). And the
// iterator ends at once when the subscriber leaves, even while no event is coming (an async
// generator would wait for the next event before it could return).

import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from "graphql";
import type { Abortable } from "../../chat-api/index.js";

export type EventContext = { context: unknown; done(): void };

/**
 * graphql-ws's `subscribe`: `eventContext(connectionContext, payload)` makes each event's context and
 * `done()` releases it once the event's result is produced. `stopOf(connectionContext)` is the
 * subscription's own stop: the stream ends when it aborts (at once if it has), whoever else holds
 * the iterator, so a stream graphql-ws lost track of cannot run on.
 */
export function subscribePerEvent(
  eventContext: (connectionContext: unknown, payload: unknown) => Promise<EventContext>,
  stopOf: (connectionContext: unknown) => Abortable,
) {
  return async (args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterable(stream)) return stream as ExecutionResult;
    const iterator = new PerEventIterator(stream[Symbol.asyncIterator](), async (payload) => {
      const { context, done } = await eventContext(args.contextValue, payload);
      try {
        return await execute({ ...args, rootValue: payload, contextValue: context });
      } finally {
        done();
      }
    });
    const stop = stopOf(args.contextValue);
    const end = () => void iterator.return();
    if (stop.aborted) end();
    else stop.addEventListener("abort", end, { once: true });
    return iterator;
  };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof Object(value)[Symbol.asyncIterator] === "function";
}

class PerEventIterator implements AsyncIterableIterator<ExecutionResult> {
  private finished = false;

  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly run: (payload: unknown) => Promise<ExecutionResult>,
  ) {}

  async next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.finished) return { value: undefined, done: true };
    const item = await this.source.next();
    if (item.done || this.finished) return this.return();
    return { value: await this.run(item.value), done: false };
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    if (!this.finished) {
      this.finished = true;
      await this.source.return?.();
    }
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
