import { describe, expect, it } from "vitest";
import { OperationAbort, OperationAborted, sleepUnlessAborted, type Abortable } from "./operation.abort.js";

describe("OperationAbort", () => {
  it("tells each listener once, with the first reason; later aborts and late listeners change nothing", () => {
    const abort = new OperationAbort();
    const told: string[] = [];
    const removed = () => told.push("removed");
    abort.addEventListener("abort", () => told.push("a"));
    abort.addEventListener("abort", removed);
    abort.addEventListener("abort", () => told.push("b"));
    abort.removeEventListener("abort", removed);
    expect(abort.aborted).toBe(false);
    expect(abort.reason).toBeUndefined();

    const first = new OperationAborted("client_gone");
    abort.abort(first);
    abort.abort(new OperationAborted("deadline"));
    abort.addEventListener("abort", () => told.push("late"));

    expect(told).toEqual(["a", "b"]);
    expect(abort.aborted).toBe(true);
    expect(abort.reason).toBe(first);
  });
});

describe("sleepUnlessAborted", () => {
  const makers: Array<[string, () => { abortable: Abortable; abort: (reason: OperationAborted) => void }]> = [
    [
      "OperationAbort",
      () => {
        const a = new OperationAbort();
        return { abortable: a, abort: (reason) => a.abort(reason) };
      },
    ],
    [
      "AbortSignal",
      () => {
        const c = new AbortController();
        return { abortable: c.signal, abort: (reason) => c.abort(reason) };
      },
    ],
  ];

  it.each(makers)("with %s: resolves after the time when nothing aborts", async (_name, make) => {
    const { abortable } = make();
    const started = performance.now();
    await expect(sleepUnlessAborted(20, abortable)).resolves.toBeUndefined();
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
  });

  it.each(makers)("with %s: rejects with the reason as soon as it aborts", async (_name, make) => {
    const { abortable, abort } = make();
    const reason = new OperationAborted("deadline");
    const sleeping = sleepUnlessAborted(60_000, abortable);
    abort(reason);
    await expect(sleeping).rejects.toBe(reason);
  });

  it.each(makers)("with %s: rejects at once when already aborted", async (_name, make) => {
    const { abortable, abort } = make();
    const reason = new OperationAborted("client_gone");
    abort(reason);
    await expect(sleepUnlessAborted(60_000, abortable)).rejects.toBe(reason);
  });

  it("sleeps without anything to abort it", async () => {
    await expect(sleepUnlessAborted(1, undefined)).resolves.toBeUndefined();
  });
});
