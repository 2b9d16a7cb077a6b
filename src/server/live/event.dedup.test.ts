import { describe, expect, it } from "vitest";
import { MemoryDedup } from "./event.dedup.js";

describe("MemoryDedup", () => {
  it("remembers an event for CHATQL_WEBHOOK_DEDUP_TTL_MS: a repeat just before it is dropped, just after it is not", async () => {
    let now = 1_000;
    const dedup = new MemoryDedup(10, 600_000, { now: () => now });
    expect(await dedup.claim("a")).toBe(true);
    now += 599_999;
    expect(await dedup.claim("a")).toBe(false);
    now += 2;
    expect(await dedup.claim("a")).toBe(true);
  });

  it("remembers CHATQL_WEBHOOK_DEDUP_MAX events: with max of them the oldest is kept, one more and it goes", async () => {
    const dedup = new MemoryDedup(3, 600_000);
    for (const id of ["a", "b", "c"]) expect(await dedup.claim(id)).toBe(true);
    expect(await dedup.claim("a")).toBe(false);
    expect(await dedup.claim("d")).toBe(true);
    expect(await dedup.claim("a")).toBe(true);
  });

  it("forgets a released claim (an event that could not be published), so Twilio's retry is", async () => {
    const dedup = new MemoryDedup(3, 600_000);
    expect(await dedup.claim("a")).toBe(true);
    await dedup.release("a");
    expect(await dedup.claim("a")).toBe(true);
  });
});
