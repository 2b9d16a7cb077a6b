import { EventEmitter } from "node:events";
import type { ServerResponse } from "node:http";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { UnreadResponses, type UnreadDrop } from "./unread-responses.js";

/** What UnreadResponses reads of a response: its unwritten bytes, its state, its request's socket. */
class FakeResponse extends EventEmitter {
  writableFinished = false;
  destroyed = false;
  readonly req = { socket: { destroy: vi.fn() } };
  constructor(readonly writableLength: number) {
    super();
  }
  /** The client took the rest of it. */
  finish(): void {
    this.writableFinished = true;
    this.emit("finish");
  }
}

const LIMITS = { timeoutMs: 1000, maxBytes: 100 };

let drops: Array<[FakeResponse, UnreadDrop]>;
let unread: UnreadResponses;

function written(bytes: number): FakeResponse {
  const res = new FakeResponse(bytes);
  unread.ended(res as unknown as ServerResponse);
  return res;
}

beforeEach(() => {
  vi.useFakeTimers();
  drops = [];
  unread = new UnreadResponses(LIMITS, (res, reason) => drops.push([res as unknown as FakeResponse, reason]));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("UnreadResponses", () => {
  it("does not watch a response the socket took whole as it was written", () => {
    written(0);
    vi.advanceTimersByTime(10 * LIMITS.timeoutMs);
    expect(unread.unreadBytes).toBe(0);
    expect(drops).toEqual([]);
  });

  it("counts a response's unwritten bytes until its client takes them, and then forgets it (no timeout later)", () => {
    const res = written(40);
    expect(unread.unreadBytes).toBe(40);
    res.finish();
    expect(unread.unreadBytes).toBe(0);
    vi.advanceTimersByTime(10 * LIMITS.timeoutMs);
    expect(drops).toEqual([]);
    expect(res.req.socket.destroy).not.toHaveBeenCalled();
  });

  it("forgets a response whose connection closed (the client went away)", () => {
    const res = written(40);
    res.emit("close");
    expect(unread.unreadBytes).toBe(0);
    vi.advanceTimersByTime(10 * LIMITS.timeoutMs);
    expect(drops).toEqual([]);
  });

  it.each([
    ["taken 1 ms before the timeout: sent", LIMITS.timeoutMs - 1, []],
    ["not taken by the timeout: its connection is closed", LIMITS.timeoutMs, ["timeout"]],
  ])("%s", (_name, waitMs, expected) => {
    const res = written(40);
    vi.advanceTimersByTime(waitMs);
    if (!res.writableFinished && drops.length === 0) res.finish();
    expect(drops.map(([, reason]) => reason)).toEqual(expected);
    expect(res.req.socket.destroy).toHaveBeenCalledTimes(expected.length);
    expect(unread.unreadBytes).toBe(0);
  });

  it.each([
    ["exactly maxBytes unread: every connection stays", [60, 40], []],
    ["one byte over: the oldest connection is closed, the newest kept", [60, 41], [0]],
    ["far over: the oldest go, oldest first, until the rest fit", [30, 30, 30, 90], [0, 1, 2]],
    ["one response alone over maxBytes: still sent", [150], []],
  ])("%s", (_name, sizes, droppedIndexes) => {
    const responses = sizes.map(written);
    expect(drops.map(([res, reason]) => [responses.indexOf(res), reason])).toEqual(droppedIndexes.map((i) => [i, "unread_bytes"]));
    for (const [i, res] of responses.entries()) expect(res.req.socket.destroy).toHaveBeenCalledTimes(droppedIndexes.includes(i) ? 1 : 0);
    const kept = sizes.filter((_, i) => !droppedIndexes.includes(i)).reduce((a, b) => a + b, 0);
    expect(unread.unreadBytes).toBe(kept);
  });

  it("a response dropped for the bytes is not dropped again by its timeout, nor counted twice when its socket closes", () => {
    const [oldest] = [written(60), written(60)];
    oldest!.emit("close");
    vi.advanceTimersByTime(LIMITS.timeoutMs - 1);
    expect(drops.map(([, reason]) => reason)).toEqual(["unread_bytes"]);
    expect(unread.unreadBytes).toBe(60);
  });
});
