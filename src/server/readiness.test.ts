import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ChatApiClient } from "../chat-api/index.js";
import { ReadinessProbe, REMEMBER_MS } from "./readiness.js";

describe(`/readyz asks the upstream at most once per REMEMBER_MS (${REMEMBER_MS} ms)`, () => {
  let calls = 0;
  const client = {
    listServices: async () => {
      calls += 1;
      return { services: [] };
    },
  } as unknown as ChatApiClient;
  beforeEach(() => {
    calls = 0;
    vi.useFakeTimers({ now: 1_000_000, toFake: ["Date"] });
  });
  afterEach(() => vi.useRealTimers());

  it("answers every probe until REMEMBER_MS has passed since the one upstream call began, and asks again just after", async () => {
    const probe = new ReadinessProbe(client, true);
    const answers = await Promise.all(Array.from({ length: 100 }, () => probe.check()));
    expect(answers.every((answer) => answer.ready && answer.upstream === "ok")).toBe(true);
    expect(calls).toBe(1);

    vi.setSystemTime(1_000_000 + REMEMBER_MS);
    await probe.check();
    expect(calls).toBe(1);

    vi.setSystemTime(1_000_000 + REMEMBER_MS + 1);
    await probe.check();
    await probe.check();
    expect(calls).toBe(2);
  });
});
