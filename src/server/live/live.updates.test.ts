import { describe, expect, it } from "vitest";
import type { ChatApiClient } from "../../chat-api/index.js";
import { Metrics } from "../metrics.js";
import { jsonBytes } from "../response-size.js";
import type { ChatEvent } from "./chat-event.parse.js";
import { MemoryEventBus } from "./event.bus.js";
import { LiveUpdates } from "./live.updates.js";

const AC = "AC" + "1".repeat(32);
const messageSid = (n: number) => "IM" + String(n).repeat(32);
/** What the upstream answers for each message: sizes differ, so that the bound can sit between them. */
const messages = new Map([1, 2].map((n) => [messageSid(n), { sid: messageSid(n), body: "x".repeat(n * 100) }]));
/** What an object counts against the bound once fetched: its JSON bytes, plus one (the size it had while being fetched). */
const size = (n: number) => jsonBytes(messages.get(messageSid(n))) + 1;

function event(n: number): ChatEvent {
  return {
    id: `event-${n}`,
    type: "onMessageSent",
    family: "message",
    kind: "ADDED",
    accountSid: AC,
    serviceSid: "IS" + "2".repeat(32),
    channelSid: "CH" + "3".repeat(32),
    sid: messageSid(n),
    actorIdentity: null,
    params: {},
  };
}

/** Asks for the objects of the events in `order` one after the other; returns the SIDs fetched upstream. */
async function fetchedFor(objectsMaxBytes: number, order: number[]): Promise<string[]> {
  const live = new LiveUpdates({
    bus: new MemoryEventBus(),
    metrics: new Metrics(),
    bufferEvents: 10,
    fetchTimeoutMs: 1000,
    objectsMaxBytes,
  });
  const fetched: string[] = [];
  const client = {
    withScope: () => ({
      one: async (_operation: string, { path }: { path: { Sid: string } }) => {
        fetched.push(path.Sid);
        return messages.get(path.Sid);
      },
    }),
  } as unknown as ChatApiClient;
  const subscriber = live.subscriber(AC, "own", client);
  for (const n of order) expect(await subscriber.current(event(n))).toEqual(messages.get(messageSid(n)));
  return fetched;
}

describe("the objects of events, remembered for their subscribers within CURRENT_OBJECTS_MAX_BYTES", () => {
  it.each([
    ["two objects that fit together are fetched once each", size(1) + size(2), [1, 2, 1, 2], [1, 2]],
    ["one byte less: the older goes, and is fetched again", size(1) + size(2) - 1, [1, 2, 1], [1, 2, 1]],
    ["an object exactly the bound is remembered", size(2), [2, 2], [2]],
    ["an object over the bound is not: each asks upstream", size(2) - 1, [2, 2], [2, 2]],
  ])("%s", async (_case, maxBytes, order, fetched) => {
    expect(await fetchedFor(maxBytes, order)).toEqual(fetched.map(messageSid));
  });
});
