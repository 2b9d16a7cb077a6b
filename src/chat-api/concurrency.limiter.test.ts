import { describe, expect, it } from "vitest";
import { LocalConcurrencyLimiter, SlotWaitEnded, waitInLine, type ReleaseSlot } from "./concurrency.limiter.js";

const later = (ms: number) => ({ deadline: performance.now() + ms });
const settledSoon = <T>(promise: Promise<T>) =>
  Promise.race([
    promise.then(
      () => "settled",
      () => "settled",
    ),
    new Promise((resolve) => setTimeout(() => resolve("pending"), 30)),
  ]);

describe("LocalConcurrencyLimiter", () => {
  it("gives max slots at once (just under and at the bound), and makes the next one wait (just over)", async () => {
    const limiter = new LocalConcurrencyLimiter(3);
    const held = await Promise.all([1, 2, 3].map(() => limiter.acquire("AC1", later(1_000))));
    expect(limiter.inUse("AC1")).toBe(3);
    const fourth = limiter.acquire("AC1", later(1_000));
    expect(await settledSoon(fourth)).toBe("pending");
    held[0]!();
    await fourth;
    expect(limiter.inUse("AC1")).toBe(3);
  });

  it("keeps each account's slots apart", async () => {
    const limiter = new LocalConcurrencyLimiter(1);
    await limiter.acquire("AC1", later(1_000));
    expect(await settledSoon(limiter.acquire("AC2", later(1_000)))).toBe("settled");
  });

  it("serves waiters first in, first out; a slot released twice counts once", async () => {
    const limiter = new LocalConcurrencyLimiter(1);
    const first = await limiter.acquire("AC1", later(1_000));
    const order: number[] = [];
    const waiting = [1, 2, 3].map((n) => limiter.acquire("AC1", later(1_000)).then((release) => (order.push(n), release)));
    first();
    first();
    let release: ReleaseSlot = await waiting[0]!;
    expect(order).toEqual([1]);
    release();
    release = await waiting[1]!;
    release();
    (await waiting[2]!)();
    expect(order).toEqual([1, 2, 3]);
    expect(limiter.inUse("AC1")).toBe(0);
  });

  it("ends a wait at its deadline, and the slot goes to the next in line", async () => {
    const limiter = new LocalConcurrencyLimiter(1);
    const held = await limiter.acquire("AC1", later(1_000));
    const impatient = limiter.acquire("AC1", later(20));
    const patient = limiter.acquire("AC1", later(1_000));
    await expect(impatient).rejects.toEqual(new SlotWaitEnded("deadline"));
    held();
    await patient;
    expect(limiter.inUse("AC1")).toBe(1);
  });

  it("ends a wait when the operation's signal aborts, and refuses one already aborted or past its deadline", async () => {
    const limiter = new LocalConcurrencyLimiter(1);
    await limiter.acquire("AC1", later(1_000));
    const controller = new AbortController();
    const waiting = limiter.acquire("AC1", { ...later(1_000), signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ why: "aborted" });
    await expect(limiter.acquire("AC1", { ...later(1_000), signal: controller.signal })).rejects.toMatchObject({ why: "aborted" });
    await expect(limiter.acquire("AC1", later(-1))).rejects.toMatchObject({ why: "deadline" });
  });

  it("reports how each wait ended", async () => {
    const seen: string[] = [];
    const limiter = new LocalConcurrencyLimiter(1, (outcome) => seen.push(outcome));
    const held = await limiter.acquire("AC1", later(1_000));
    await expect(limiter.acquire("AC1", later(10))).rejects.toBeInstanceOf(SlotWaitEnded);
    const next = limiter.acquire("AC1", later(1_000));
    held();
    await next;
    expect(seen).toEqual(["deadline", "acquired"]);
  });
});

describe("waitInLine", () => {
  it("gives back a slot that arrives after the wait ended, so it cannot leak", async () => {
    let resolveLater: (release: ReleaseSlot) => void = () => {};
    const waiting = waitInLine(
      later(10),
      () => {},
      (waiter) => {
        resolveLater = waiter.resolve;
        return () => {};
      },
    );
    await expect(waiting).rejects.toMatchObject({ why: "deadline" });
    let released = 0;
    resolveLater(() => (released += 1));
    expect(released).toBe(1);
  });
});
