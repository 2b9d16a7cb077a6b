// GraphQL subscriptions end to end, through the real emulator webhook path: a mutation sent through
// chatql makes the emulator send its signed post-event to chatql's /twilio/events, which publishes
// it to the subscribers of that channel (or service) over WebSocket, each event's object resolved
// through the usual types and loaders. The codegen documents (examples/operations/subscriptions.graphql).

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AddMemberDocument,
  ChannelEventsDocument,
  CreateChannelDocument,
  CreateServiceDocument,
  DeleteChannelDocument,
  DeleteMessageDocument,
  MarkReadDocument,
  MemberEventsDocument,
  MessageEventsDocument,
  RemoveMemberDocument,
  SendMessageDocument,
  UpdateChannelDocument,
  UpdateMessageDocument,
} from "../../examples/client/graphql.js";
import { dataOf, postGraphQL } from "../graphql/harness.js";
import { startLiveHarness, subscribe, type LiveHarness } from "./live-harness.js";

let live: LiveHarness;
let serviceSid: string;
let serviceId: string;

beforeAll(async () => {
  live = await startLiveHarness();
  const service = dataOf(await live.execute(CreateServiceDocument, { input: { friendlyName: "live" } })).createService.service!;
  serviceSid = service.sid;
  serviceId = service.id;
});
afterAll(() => live.close());

async function newChannel(friendlyName: string) {
  return dataOf(await live.execute(CreateChannelDocument, { input: { serviceSid, friendlyName } })).createChannel.channel!;
}

/** Subscribes and resolves once chatql listens for it (no sleeping). */
async function subscribed<T, V extends Record<string, unknown>>(...args: Parameters<typeof subscribe<T, V>>) {
  const listening = live.chatql.live.nextSubscription();
  const subscription = subscribe(...args);
  await listening;
  return subscription;
}

describe("messageEvents(channel:)", () => {
  it("delivers a message sent, edited and deleted through GraphQL: kind, actor and the message through the usual types", async () => {
    const channel = await newChannel("general");
    await live.execute(AddMemberDocument, { input: { serviceSid, channelSid: channel.sid, identity: "alice" } });
    const events = await subscribed(live.client(), MessageEventsDocument, { channel: channel.id });

    const input = { serviceSid, channelSid: channel.sid, body: "hello", from: "alice", attributes: { mood: "good" } };
    const sent = dataOf(await live.execute(SendMessageDocument, { input })).sendMessage.message!;
    expect(await events.next()).toEqual({
      data: {
        messageEvents: {
          kind: "ADDED",
          actorIdentity: "alice",
          messageId: sent.id,
          message: { ...sent, author: { ...sent.author!, identity: "alice" } },
        },
      },
    });

    const which = { serviceSid, channelSid: channel.sid, sid: sent.sid };
    await live.execute(UpdateMessageDocument, { input: { ...which, body: "hello, world", lastUpdatedBy: "alice" } });
    const updated = (await events.next()).data?.messageEvents;
    expect(updated).toMatchObject({ kind: "UPDATED", actorIdentity: "alice", message: { body: "hello, world", wasEdited: true } });

    await live.execute(DeleteMessageDocument, { input: which });
    // Gone upstream: the message as the event described it (what it did not carry is null).
    expect((await events.next()).data?.messageEvents).toEqual({
      kind: "REMOVED",
      actorIdentity: null,
      messageId: sent.id,
      message: {
        ...sent,
        body: "hello, world",
        wasEdited: null,
      },
    });
  });

  it("fetches an event's message once for all subscribers with the same credentials; each resolves the rest itself", async () => {
    const channel = await newChannel("shared");
    const first = await subscribed(live.client(), MessageEventsDocument, { channel: channel.id });
    const second = await subscribed(live.client(), MessageEventsDocument, { channel: channel.id });
    const calls = await live.countUpstream(async () => {
      await live.execute(SendMessageDocument, { input: { serviceSid, channelSid: channel.sid, body: "to both", from: "carol" } });
      expect((await first.next()).data?.messageEvents.message?.body).toBe("to both");
      expect((await second.next()).data?.messageEvents.message?.body).toBe("to both");
    });
    const routes = calls.map((call) => `${call.method} ${call.path.replace(/[A-Z]{2}[0-9a-f]{32}/g, "{Sid}")}`).sort();
    // One send; the message fetched once for both subscribers; its author (MessageFields selects it)
    // once by the mutation's own response and once by each subscriber's loaders.
    expect(routes).toEqual([
      "GET /v2/Services/{Sid}/Channels/{Sid}/Messages/{Sid}",
      "GET /v2/Services/{Sid}/Users/carol",
      "GET /v2/Services/{Sid}/Users/carol",
      "GET /v2/Services/{Sid}/Users/carol",
      "POST /v2/Services/{Sid}/Channels/{Sid}/Messages",
    ]);
  });

  it("does not deliver another channel's messages", async () => {
    const watched = await newChannel("watched");
    const other = await newChannel("other");
    const events = await subscribed(live.client(), MessageEventsDocument, { channel: watched.id });
    await live.execute(SendMessageDocument, { input: { serviceSid, channelSid: other.sid, body: "elsewhere" } });
    await live.execute(SendMessageDocument, { input: { serviceSid, channelSid: watched.sid, body: "here" } });
    expect((await events.next()).data?.messageEvents.message?.body).toBe("here");
  });

  it.each([
    ["a channel that does not exist", () => Buffer.from(`Channel:${serviceSid}/CH${"0".repeat(32)}`).toString("base64url"), "NOT_FOUND"],
    ["a Service id where a Channel's is expected", () => serviceId, "BAD_USER_INPUT"],
    ["a channel SID instead of its id", () => "CH" + "0".repeat(32), "BAD_USER_INPUT"],
  ])("refuses %s with %s, as a query would", async (_name, channel, code) => {
    const events = subscribe(live.client(), MessageEventsDocument, { channel: channel() });
    const result = await events.next();
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual([code]);
    expect(await events.ended).toBe("complete");
  });
});

describe("memberEvents(channel:)", () => {
  it("delivers members added, reading (lastConsumedMessageIndex) and removed", async () => {
    const channel = await newChannel("members");
    const events = await subscribed(live.client(), MemberEventsDocument, { channel: channel.id });
    const where = { serviceSid, channelSid: channel.sid };
    const added = dataOf(await live.execute(AddMemberDocument, { input: { ...where, identity: "bob" } })).addMember.member!;
    const member = { id: added.id, identity: "bob", lastConsumedMessageIndex: null };
    expect((await events.next()).data?.memberEvents).toEqual({ kind: "ADDED", actorIdentity: null, memberId: added.id, member });
    await live.execute(MarkReadDocument, { input: { ...where, sid: "bob", lastConsumedMessageIndex: 0 } });
    const read = { ...member, lastConsumedMessageIndex: 0 };
    expect((await events.next()).data?.memberEvents).toMatchObject({ kind: "UPDATED", member: read });
    await live.execute(RemoveMemberDocument, { input: { ...where, sid: "bob" } });
    expect((await events.next()).data?.memberEvents).toEqual({ kind: "REMOVED", actorIdentity: null, memberId: added.id, member: read });
  });
});

describe("channelEvents(service:)", () => {
  it.each([
    ["its id", () => serviceId],
    ["its SID", () => serviceSid],
  ])("delivers the service's channels created, renamed and deleted, by %s", async (_name, service) => {
    const events = await subscribed(live.client(), ChannelEventsDocument, { service: service() });
    const channel = await newChannel("lobby");
    expect((await events.next()).data?.channelEvents).toEqual({
      kind: "ADDED",
      actorIdentity: "system",
      channelId: channel.id,
      channel: { id: channel.id, sid: channel.sid, friendlyName: "lobby", messagesCount: 0 },
    });
    await live.execute(UpdateChannelDocument, { input: { serviceSid, sid: channel.sid, friendlyName: "lobby 2" } });
    expect((await events.next()).data?.channelEvents).toMatchObject({ kind: "UPDATED", channel: { friendlyName: "lobby 2" } });
    await live.execute(DeleteChannelDocument, { input: { serviceSid, sid: channel.sid } });
    const removed = (await events.next()).data?.channelEvents;
    expect(removed).toMatchObject({ kind: "REMOVED", channel: { sid: channel.sid, friendlyName: "lobby 2" } });
  });
});

describe("over plain HTTP and the wrong way round", () => {
  it("answers a subscription sent as an HTTP request with 400 saying to use WebSocket", async () => {
    const response = await postGraphQL(live.chatql.graphqlUrl, `subscription { channelEvents(service: "${serviceSid}") { kind } }`);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Subscriptions are served over WebSocket: connect to ws:\/\/…\/graphql with the graphql-ws/),
        extensions: { code: "BAD_REQUEST" },
      }),
    ]);
  });

  it("refuses a query over WebSocket: they go over HTTP", async () => {
    const result = subscribe(live.client(), "{ services(first: 1) { nodes { sid } } }", {});
    const message = "This WebSocket carries subscriptions; send queries as HTTP requests to /graphql";
    expect(await result.ended).toEqual([expect.objectContaining({ message, extensions: { code: "BAD_REQUEST" } })]);
  });
});
