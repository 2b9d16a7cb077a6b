import { describe, expect, it, vi } from "vitest";
import { SubscriptionQueue } from "./subscription.queue.js";

async function drain<T>(queue: SubscriptionQueue<T>) {
  const seen = [];
  for await (const item of queue) seen.push(item);
  return seen;
}

describe("SubscriptionQueue", () => {
  it("holds up to max events for a subscriber that is not reading, in order", async () => {
    const onEnd = vi.fn();
    const queue = new SubscriptionQueue<number>(3, onEnd);
    for (const n of [1, 2, 3]) queue.push(n);
    expect(queue.size).toBe(3);
    expect(await queue.next()).toEqual({ value: { value: 1 }, done: false });
    queue.push(4);
    await queue.return();
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it("drops what waits and ends with one overflow item at max + 1", async () => {
    const onEnd = vi.fn();
    const queue = new SubscriptionQueue<number>(3, onEnd);
    for (const n of [1, 2, 3, 4, 5]) queue.push(n);
    expect(onEnd).toHaveBeenCalledTimes(1); // stops listening at once
    expect(await drain(queue)).toEqual([{ overflow: true, max: 3 }]);
  });

  it("hands an event straight to a waiting reader", async () => {
    const queue = new SubscriptionQueue<string>(1, () => {});
    const next = queue.next();
    queue.push("a");
    queue.push("b"); // the first went straight out: one waits, within max
    expect(await next).toEqual({ value: { value: "a" }, done: false });
    expect(queue.size).toBe(1);
  });

  it("ends after a failure item", async () => {
    const queue = new SubscriptionQueue<string>(5, () => {});
    queue.push("a");
    queue.fail(new Error("bus down"));
    queue.push("ignored");
    expect(await drain(queue)).toEqual([{ value: "a" }, { failed: new Error("bus down") }]);
  });

  it("ends a reader that is waiting when the subscriber leaves", async () => {
    const queue = new SubscriptionQueue<string>(5, () => {});
    const next = queue.next();
    await queue.return();
    expect(await next).toEqual({ value: undefined, done: true });
  });
});
