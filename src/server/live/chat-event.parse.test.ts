import { describe, expect, it } from "vitest";
import { eventId, parseChatEvent } from "./chat-event.parse.js";

const AC = "AC" + "a".repeat(32);
const IS = "IS" + "b".repeat(32);
const CH = "CH" + "c".repeat(32);
const IM = "IM" + "d".repeat(32);
const MB = "MB" + "e".repeat(32);
const common = { AccountSid: AC, InstanceSid: IS, Source: "API", RetryCount: "0" };

describe("parseChatEvent", () => {
  it.each([
    ["onMessageSent", { MessageSid: IM, From: "alice" }, { family: "message", kind: "ADDED", sid: IM, actorIdentity: "alice" }],
    ["onMediaMessageSent", { MessageSid: IM, From: "alice" }, { family: "message", kind: "ADDED", sid: IM }],
    ["onMessageUpdated", { MessageSid: IM, From: "alice", ModifiedBy: "bob" }, { kind: "UPDATED", actorIdentity: "bob" }],
    ["onMessageRemoved", { MessageSid: IM, From: "alice" }, { kind: "REMOVED", actorIdentity: null }],
    ["onMemberAdded", { MemberSid: MB, Identity: "carol", Reason: "ADDED" }, { family: "member", kind: "ADDED", actorIdentity: null }],
    ["onMemberAdded", { MemberSid: MB, Identity: "carol", Reason: "JOINED" }, { actorIdentity: "carol" }],
    ["onMemberRemoved", { MemberSid: MB, Identity: "carol", Reason: "LEFT" }, { kind: "REMOVED", actorIdentity: "carol" }],
    ["onChannelAdded", { CreatedBy: "dave" }, { family: "channel", kind: "ADDED", sid: CH, actorIdentity: "dave" }],
    ["onChannelDestroyed", {}, { family: "channel", kind: "REMOVED", sid: CH }],
  ])("%s %j", (type, own, expected) => {
    const parsed = parseChatEvent({ ...common, EventType: type, ChannelSid: CH, ...own });
    expect(parsed).toMatchObject({ event: { type, accountSid: AC, serviceSid: IS, channelSid: CH, ...expected } });
  });

  it("takes Twilio's ClientIdentity as the actor first, and ServiceSid when InstanceSid is absent", () => {
    const { InstanceSid: _, ...rest } = common;
    const own = { EventType: "onMessageSent", ChannelSid: CH, MessageSid: IM, From: "a", ClientIdentity: "sdk-user" };
    const params = { ...rest, ServiceSid: IS, ...own };
    const parsed = parseChatEvent(params);
    expect(parsed).toMatchObject({ event: { serviceSid: IS, actorIdentity: "sdk-user" } });
  });

  it.each([
    ["a pre-event", { EventType: "onMessageSend", ChannelSid: CH }, "not_served"],
    ["a user event", { EventType: "onUserUpdated", UserSid: "US" + "1".repeat(32) }, "not_served"],
    ["no EventType", { ChannelSid: CH }, "not_served"],
    ["a malformed channel SID", { EventType: "onMessageSent", ChannelSid: "../x", MessageSid: IM }, "malformed"],
    ["a message SID of another kind", { EventType: "onMessageSent", ChannelSid: CH, MessageSid: MB }, "malformed"],
    ["no account", { EventType: "onChannelAdded", ChannelSid: CH, AccountSid: "" }, "malformed"],
  ])("ignores %s", (_name, params, why) => {
    expect(parseChatEvent({ ...common, ...params })).toEqual({ ignored: why });
  });
});

describe("eventId", () => {
  it("is the same for Twilio's retries of one event and differs for another event", () => {
    const first = { ...common, EventType: "onMessageSent", ChannelSid: CH, MessageSid: IM, Body: "x" };
    expect(eventId({ ...first, RetryCount: "2" })).toBe(eventId(first));
    expect(eventId({ ...first, Body: "y" })).not.toBe(eventId(first));
    // Parameter boundaries count: moving a character from a value to the next name is another event.
    expect(eventId({ ab: "c" })).not.toBe(eventId({ a: "bc" }));
  });
});
