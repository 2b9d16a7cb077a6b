// The Redis bus's PING probe, against two fake connections whose PINGs answer as the test says:
// one miss (a late answer, or this process paused past the command timeout) changes nothing,
// PINGS_MISSED_MAX in a row make Redis "down", and the next answered PING makes it "ok" again.

import { EventEmitter } from "node:events";
import type { Redis } from "ioredis";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../logger.js";
import type { BusHealth } from "./event.bus.js";
import { PINGS_MISSED_MAX, RedisEventBus } from "./event.bus.redis.js";

/** A connection that is ready, subscribes at once, and answers each PING with the next scripted outcome (then "ok"). */
class FakeConnection extends EventEmitter {
  status = "ready";
  readonly pings: Array<"ok" | "timeout"> = [];
  asked = 0;

  connect = () => Promise.resolve();
  subscribe = () => Promise.resolve(1);
  disconnect = () => {};
  ping(): Promise<string> {
    this.asked += 1;
    return this.pings.shift() === "timeout" ? Promise.reject(new Error("Command timed out")) : Promise.resolve("PONG");
  }
}

const open: RedisEventBus[] = [];
afterEach(async () => {
  for (const bus of open.splice(0)) await bus.close();
});

async function readyBus(): Promise<{ bus: RedisEventBus; commands: FakeConnection; changes: BusHealth[] }> {
  const commands = new FakeConnection();
  const subscriber = new FakeConnection();
  const bus = new RedisEventBus(commands as unknown as Redis, subscriber as unknown as Redis, createLogger("silent"), "chatql:test", 5);
  open.push(bus);
  subscriber.emit("ready");
  await vi.waitFor(() => expect(bus.health()).toEqual({ ok: true }));
  const changes: BusHealth[] = [];
  bus.onHealthChange((health) => changes.push(health));
  return { bus, commands, changes };
}

/** Waits until `connection` has been sent `count` more PINGs (and their answers were handled). */
async function afterPings(connection: FakeConnection, count: number): Promise<void> {
  const until = connection.asked + count;
  await vi.waitFor(() => expect(connection.asked).toBeGreaterThanOrEqual(until));
  await new Promise((resolve) => setImmediate(resolve));
}

describe("the Redis bus's PING probe", () => {
  it(`one missed PING changes nothing (just under PINGS_MISSED_MAX = ${PINGS_MISSED_MAX})`, async () => {
    const { bus, commands, changes } = await readyBus();
    commands.pings.push(...Array<"timeout">(PINGS_MISSED_MAX - 1).fill("timeout"), "ok");
    await afterPings(commands, PINGS_MISSED_MAX + 2);
    expect(bus.health()).toEqual({ ok: true });
    expect(changes).toEqual([]);
  });

  it("PINGS_MISSED_MAX in a row make Redis down (just over); the next answer makes it ok again", async () => {
    const { bus, commands, changes } = await readyBus();
    const down = { ok: false, reason: "not answering (timed out)" };
    commands.pings.push(...Array<"timeout">(10_000).fill("timeout")); // a stall, until the test ends it
    await vi.waitFor(() => expect(changes).toEqual([down]));
    expect(commands.asked).toBeGreaterThanOrEqual(PINGS_MISSED_MAX);
    commands.pings.length = 0;
    await vi.waitFor(() => expect(changes).toEqual([down, { ok: true }]));
    expect(bus.health()).toEqual({ ok: true });
  });
});
