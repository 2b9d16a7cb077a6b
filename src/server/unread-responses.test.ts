import { EventEmitter } from "node:events";
import type { ServerResponse } from "node:http";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { UnreadResponses, type UnreadDrop } from "./unread-responses.js";

/** A connection: what UnreadResponses reads of a request's socket. */
class FakeSocket extends EventEmitter {
  destroyed = false;
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
    this.emit("close");
  });
}

/** What UnreadResponses reads of a response: its unwritten bytes, its state, its request's socket. */
class FakeResponse extends EventEmitter {
  writableFinished = false;
  destroyed = false;
  readonly req: { socket: FakeSocket };
  constructor(
    readonly writableLength: number,
    socket = new FakeSocket(),
  ) {
    super();
    this.req = { socket };
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

function written(bytes: number, socket?: FakeSocket): FakeResponse {
  const res = new FakeResponse(bytes, socket);
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

  it("forgets pipelined responses still queued when their socket closes (they never emit close themselves)", () => {
    const socket = new FakeSocket();
    written(30, socket);
    written(30, socket);
    socket.emit("close");
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

  it.each<[string, Array<[bytes: number, connection: number]>, number[]]>([
    [
      "exactly maxBytes unread: every connection stays",
      [
        [60, 0],
        [40, 1],
      ],
      [],
    ],
    [
      "one byte over: the connection holding the most is closed",
      [
        [60, 0],
        [41, 1],
      ],
      [0],
    ],
    [
      "the newest is on the connection holding the most, with another answer: that connection is closed",
      [
        [30, 0],
        [40, 1],
        [31, 1],
      ],
      [1],
    ],
    [
      "the newest alone on its connection holds the most: the others make room for it",
      [
        [30, 0],
        [20, 1],
        [71, 2],
      ],
      [0],
    ],
    [
      "one response alone over maxBytes: still sent, everything else goes",
      [
        [40, 0],
        [150, 1],
      ],
      [0],
    ],
    [
      "equal holdings: the one that has waited longest goes",
      [
        [50, 0],
        [50, 1],
        [1, 2],
      ],
      [0],
    ],
    [
      "a pipelined burst on one connection: that connection goes, the others' slow readers stay",
      [
        [20, 0],
        [30, 1],
        [30, 1],
        [30, 1],
      ],
      [1],
    ],
    [
      "far over: connections go, largest first, until the rest fit (the newest, alone, stays)",
      [
        [45, 0],
        [40, 1],
        [35, 2],
        [90, 3],
      ],
      [0, 1, 2],
    ],
  ])("%s", (_name, writes, closedConnections) => {
    const sockets = Array.from({ length: 4 }, () => new FakeSocket());
    const responses = writes.map(([bytes, connection]) => written(bytes, sockets[connection]));
    const closed = sockets.flatMap((socket, i) => (socket.destroy.mock.calls.length > 0 ? [i] : []));
    expect(closed.sort()).toEqual([...closedConnections].sort());
    expect(drops.every(([, reason]) => reason === "unread_bytes")).toBe(true);
    expect(drops).toHaveLength(closedConnections.length);
    const kept = writes.filter(([, connection]) => !closedConnections.includes(connection)).reduce((sum, [bytes]) => sum + bytes, 0);
    expect(unread.unreadBytes).toBe(kept);
    expect(unread.unreadBytes).toBeLessThanOrEqual(Math.max(LIMITS.maxBytes, writes.at(-1)![0]));
    expect(responses).toHaveLength(writes.length);
  });

  it("a connection closed for the bytes is not closed or counted again by its responses' timeouts", () => {
    const socket = new FakeSocket();
    written(60, socket);
    written(60);
    vi.advanceTimersByTime(10 * LIMITS.timeoutMs);
    expect(drops.map(([, reason]) => reason)).toEqual(["unread_bytes", "timeout"]);
    expect(socket.destroy).toHaveBeenCalledTimes(1);
    expect(unread.unreadBytes).toBe(0);
  });
});
