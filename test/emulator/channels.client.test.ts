// The channel side (channels, members, messages, invites, channel webhooks) through the official
// `twilio` client, unmodified: every operation it offers, with the side effects a caller sees.
import twilio from "twilio";
import { describe, expect, it } from "vitest";
import { ACCOUNT, emulatorWithClient } from "./helpers.js";

const fixture = emulatorWithClient();
const service = () => fixture.service("channel side");

describe("twilio client: channels", () => {
  it("creates, fetches by SID and by unique name, updates, lists and removes a channel", async () => {
    const { sid, api } = await service();
    const created = await api.channels.create({
      friendlyName: "General",
      uniqueName: "general",
      attributes: JSON.stringify({ topic: "all" }),
      type: "private",
      createdBy: "alice",
      dateCreated: new Date("2020-01-02T03:04:05Z"),
      xTwilioWebhookEnabled: "true",
    });
    expect(created).toMatchObject({
      accountSid: ACCOUNT,
      serviceSid: sid,
      friendlyName: "General",
      uniqueName: "general",
      attributes: '{"topic":"all"}',
      type: "private",
      createdBy: "alice",
      membersCount: 0,
      messagesCount: 0,
      dateCreated: new Date("2020-01-02T03:04:05Z"),
    });
    expect(created.sid).toMatch(/^CH[0-9a-f]{32}$/);
    expect((await api.channels(created.sid).fetch()).toJSON()).toEqual(created.toJSON());
    expect((await api.channels("general").fetch()).sid).toBe(created.sid);

    const updated = await api.channels("general").update({ friendlyName: "Renamed", uniqueName: "lobby", attributes: "[1]" });
    expect(updated).toMatchObject({ friendlyName: "Renamed", uniqueName: "lobby", attributes: "[1]", type: "private" });
    expect((await api.channels("lobby").fetch()).sid).toBe(created.sid);
    await expect(api.channels("general").fetch()).rejects.toMatchObject({ status: 404, code: 20404 });

    const open = await api.channels.create({ friendlyName: "Open" });
    expect(open).toMatchObject({ type: "public", createdBy: "system", uniqueName: null });
    // Without a Type filter only public channels are listed, as the spec says.
    expect((await api.channels.list()).map((c) => c.sid)).toEqual([open.sid]);
    expect((await api.channels.list({ type: ["private"] })).map((c) => c.sid)).toEqual([created.sid]);
    expect((await api.channels.list({ type: ["public", "private"], pageSize: 1 })).map((c) => c.sid)).toEqual([created.sid, open.sid]);

    expect(await api.channels(created.sid).remove({ xTwilioWebhookEnabled: "false" })).toBe(true);
    await expect(api.channels(created.sid).fetch()).rejects.toMatchObject({ status: 404 });
  });

  it("refuses a taken unique name with 409 50307", async () => {
    const { api } = await service();
    await api.channels.create({ uniqueName: "taken" });
    const err = await api.channels.create({ uniqueName: "taken" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(twilio.RestException);
    expect(err).toMatchObject({ status: 409, code: 50307 });
  });
});

describe("twilio client: members", () => {
  it("adds, fetches by SID and identity, updates, lists by identity and removes members", async () => {
    const { api, created: roles } = await service();
    const channel = await api.channels.create({ uniqueName: "room", createdBy: "alice" });
    const members = api.channels("room").members;
    const alice = await members.create({ identity: "alice", attributes: '{"a":1}', xTwilioWebhookEnabled: "true" });
    const bob = await members.create({ identity: "bob", lastConsumedMessageIndex: 3 });
    expect(alice).toMatchObject({ identity: "alice", channelSid: channel.sid, attributes: '{"a":1}' });
    // The creator gets the creator role; everyone else the default channel role.
    expect(alice.roleSid).toBe(roles.defaultChannelCreatorRoleSid);
    expect(bob.roleSid).toBe(roles.defaultChannelRoleSid);
    expect(bob.lastConsumedMessageIndex).toBe(3);
    expect(alice.sid).toMatch(/^MB[0-9a-f]{32}$/);

    expect((await members(alice.sid).fetch()).toJSON()).toEqual(alice.toJSON());
    expect((await members("bob").fetch()).sid).toBe(bob.sid);
    expect((await members.list({ identity: ["bob"] })).map((m) => m.identity)).toEqual(["bob"]);
    expect((await members.list({ pageSize: 1 })).map((m) => m.identity)).toEqual(["alice", "bob"]);

    const updated = await members("bob").update({
      roleSid: roles.defaultChannelCreatorRoleSid!,
      lastConsumedMessageIndex: 7,
      lastConsumptionTimestamp: new Date("2021-05-06T07:08:09Z"),
      attributes: '{"b":2}',
    });
    expect(updated).toMatchObject({
      roleSid: roles.defaultChannelCreatorRoleSid,
      lastConsumedMessageIndex: 7,
      lastConsumptionTimestamp: new Date("2021-05-06T07:08:09Z"),
      attributes: '{"b":2}',
    });
    expect((await api.channels("room").fetch()).membersCount).toBe(2);

    expect(await members("alice").remove({ xTwilioWebhookEnabled: "true" })).toBe(true);
    expect((await members.list()).map((m) => m.identity)).toEqual(["bob"]);
    expect((await api.channels("room").fetch()).membersCount).toBe(1);
  });

  it("refuses a second membership with 409 50404", async () => {
    const { api } = await service();
    await api.channels.create({ uniqueName: "room" });
    await api.channels("room").members.create({ identity: "alice" });
    await expect(api.channels("room").members.create({ identity: "alice" })).rejects.toMatchObject({ status: 409, code: 50404 });
  });
});

describe("twilio client: messages", () => {
  it("sends, fetches, edits, lists in both orders and deletes messages", async () => {
    const { api } = await service();
    await api.channels.create({ uniqueName: "room" });
    const messages = api.channels("room").messages;
    const first = await messages.create({ body: "hello", from: "alice", attributes: '{"x":1}', xTwilioWebhookEnabled: "true" });
    const second = await messages.create({ body: "world" });
    const third = await messages.create({ mediaSid: "ME" + "a".repeat(32) });
    expect(first).toMatchObject({ body: "hello", from: "alice", index: 0, wasEdited: false, type: "text", media: null });
    expect(first.attributes).toBe('{"x":1}');
    expect(second).toMatchObject({ from: "system", index: 1 });
    expect(third).toMatchObject({ type: "media", index: 2, media: { sid: "ME" + "a".repeat(32) } });
    expect(first.sid).toMatch(/^IM[0-9a-f]{32}$/);

    expect((await messages(first.sid).fetch()).toJSON()).toEqual(first.toJSON());
    const edited = await messages(first.sid).update({ body: "hello!", lastUpdatedBy: "alice" });
    expect(edited).toMatchObject({ body: "hello!", wasEdited: true, lastUpdatedBy: "alice", index: 0 });

    expect((await messages.list({ pageSize: 2 })).map((m) => m.index)).toEqual([0, 1, 2]);
    expect((await messages.list({ order: "desc", pageSize: 2 })).map((m) => m.index)).toEqual([2, 1, 0]);
    expect((await messages.list({ order: "desc", limit: 1 })).map((m) => m.sid)).toEqual([third.sid]);

    expect(await messages(second.sid).remove()).toBe(true);
    const next = await messages.create({ body: "after a delete" });
    // Indexes are never reused, even after a delete.
    expect(next.index).toBe(3);
    expect((await api.channels("room").fetch()).messagesCount).toBe(3);
  });

  it("refuses a body over 32 KiB with 400 50504", async () => {
    const { api } = await service();
    await api.channels.create({ uniqueName: "room" });
    await expect(api.channels("room").messages.create({ body: "x".repeat(32 * 1024 + 1) })).rejects.toMatchObject({
      status: 400,
      code: 50504,
    });
  });
});

describe("twilio client: invites", () => {
  it("creates, fetches, lists by identity and deletes invites", async () => {
    const { api, created: roles } = await service();
    await api.channels.create({ uniqueName: "room" });
    const invites = api.channels("room").invites;
    const carol = await invites.create({ identity: "carol" });
    const dave = await invites.create({ identity: "dave", roleSid: roles.defaultChannelCreatorRoleSid! });
    expect(carol).toMatchObject({ identity: "carol", roleSid: roles.defaultChannelRoleSid, createdBy: null });
    expect(dave.roleSid).toBe(roles.defaultChannelCreatorRoleSid);
    expect(carol.sid).toMatch(/^IN[0-9a-f]{32}$/);
    expect((await invites(carol.sid).fetch()).toJSON()).toEqual(carol.toJSON());
    expect((await invites.list({ identity: ["dave"] })).map((i) => i.sid)).toEqual([dave.sid]);
    expect(await invites(carol.sid).remove()).toBe(true);
    expect((await invites.list()).map((i) => i.sid)).toEqual([dave.sid]);
    await expect(invites.create({ identity: "dave" })).rejects.toMatchObject({ status: 409, code: 50212 });
  });
});

describe("twilio client: channel webhooks", () => {
  it("creates webhooks of every type, fetches, updates, lists and removes them", async () => {
    const { api } = await service();
    await api.channels.create({ uniqueName: "room" });
    const webhooks = api.channels("room").webhooks;
    const hook = await webhooks.create({
      type: "webhook",
      "configuration.url": "https://example.com/hook",
      "configuration.method": "GET",
      "configuration.filters": ["onMessageSent", "onMemberAdded"],
      "configuration.retryCount": 2,
    });
    expect(hook).toMatchObject({
      type: "webhook",
      configuration: { url: "https://example.com/hook", method: "GET", filters: ["onMessageSent", "onMemberAdded"], retry_count: 2 },
    });
    expect(hook.sid).toMatch(/^WH[0-9a-f]{32}$/);
    const trigger = await webhooks.create({
      type: "trigger",
      "configuration.url": "https://example.com/trigger",
      "configuration.triggers": ["help", "urgent"],
    });
    expect(trigger.configuration).toEqual({
      url: "https://example.com/trigger",
      method: "POST",
      triggers: ["help", "urgent"],
      retry_count: 0,
    });
    const studio = await webhooks.create({ type: "studio", "configuration.flowSid": "FW" + "b".repeat(32) });
    expect(studio.configuration).toEqual({ flow_sid: "FW" + "b".repeat(32), filters: [], retry_count: 0 });

    expect((await webhooks(hook.sid).fetch()).toJSON()).toEqual(hook.toJSON());
    const updated = await webhooks(hook.sid).update({ "configuration.filters": ["onMessageRemoved"], "configuration.retryCount": 3 });
    expect(updated.configuration).toEqual({
      url: "https://example.com/hook",
      method: "GET",
      filters: ["onMessageRemoved"],
      retry_count: 3,
    });
    expect((await webhooks.list({ pageSize: 2 })).map((w) => w.type)).toEqual(["webhook", "trigger", "studio"]);
    expect(await webhooks(trigger.sid).remove()).toBe(true);
    expect((await webhooks.list()).map((w) => w.sid)).toEqual([hook.sid, studio.sid]);
  });
});
