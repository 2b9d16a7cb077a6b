// The user side (users, user channels, bindings, role management, credentials) through the
// official `twilio` client, unmodified: every operation it offers.
import { describe, expect, it } from "vitest";
import { ACCOUNT, emulatorWithClient, seedBinding } from "./helpers.js";

const fixture = emulatorWithClient();
const service = () => fixture.service("user side");

describe("twilio client: users", () => {
  it("creates, fetches by SID and identity, updates, lists and removes users", async () => {
    const { sid, api, created } = await service();
    const roles = await api.roles.list();
    const admin = roles.find((r) => r.friendlyName === "service admin")!;
    const alice = await api.users.create({
      identity: "alice",
      friendlyName: "Alice",
      attributes: '{"team":"a"}',
      xTwilioWebhookEnabled: "true",
    });
    expect(alice).toMatchObject({
      accountSid: ACCOUNT,
      serviceSid: sid,
      identity: "alice",
      friendlyName: "Alice",
      attributes: '{"team":"a"}',
      roleSid: created.defaultServiceRoleSid,
      joinedChannelsCount: 0,
      isOnline: null,
      isNotifiable: null,
    });
    expect(alice.sid).toMatch(/^US[0-9a-f]{32}$/);
    const bob = await api.users.create({ identity: "bob", roleSid: admin.sid });
    expect(bob.roleSid).toBe(admin.sid);

    expect((await api.users(alice.sid).fetch()).toJSON()).toEqual(alice.toJSON());
    expect((await api.users("bob").fetch()).sid).toBe(bob.sid);
    const updated = await api.users("alice").update({ friendlyName: "Alice A.", roleSid: admin.sid, attributes: "{}" });
    expect(updated).toMatchObject({ friendlyName: "Alice A.", roleSid: admin.sid, attributes: "{}" });
    expect((await api.users.list({ pageSize: 1 })).map((u) => u.identity)).toEqual(["alice", "bob"]);

    expect(await api.users("alice").remove()).toBe(true);
    await expect(api.users(alice.sid).fetch()).rejects.toMatchObject({ status: 404, code: 20404 });
    await expect(api.users.create({ identity: "bob" })).rejects.toMatchObject({ status: 409, code: 50201 });
  });
});

describe("twilio client: user channels", () => {
  it("lists a user's channels with unread counts, fetches, updates and leaves them", async () => {
    const { api } = await service();
    const general = await api.channels.create({ uniqueName: "general" });
    const random = await api.channels.create({ uniqueName: "random" });
    await api.channels("general").members.create({ identity: "carol", lastConsumedMessageIndex: 0 });
    await api.channels("random").members.create({ identity: "carol" });
    for (const body of ["1", "2", "3"]) await api.channels("general").messages.create({ body });

    const channels = api.users("carol").userChannels;
    const listed = await channels.list({ pageSize: 1 });
    expect(listed.map((c) => [c.channelSid, c.status, c.unreadMessagesCount])).toEqual([
      [general.sid, "joined", 2],
      [random.sid, "joined", null],
    ]);
    const member = await api.channels("general").members("carol").fetch();
    const fetched = await channels("general").fetch();
    expect(fetched).toMatchObject({ channelSid: general.sid, memberSid: member.sid, notificationLevel: "default" });
    expect(fetched.lastConsumedMessageIndex).toBe(0);

    const updated = await channels(general.sid).update({
      notificationLevel: "muted",
      lastConsumedMessageIndex: 2,
      lastConsumptionTimestamp: new Date("2022-02-02T02:02:02Z"),
    });
    expect(updated).toMatchObject({ notificationLevel: "muted", lastConsumedMessageIndex: 2, unreadMessagesCount: 0 });
    // The same membership, seen from the channel.
    expect(await api.channels("general").members("carol").fetch()).toMatchObject({
      lastConsumedMessageIndex: 2,
      lastConsumptionTimestamp: new Date("2022-02-02T02:02:02Z"),
    });

    expect(await channels("random").remove({ xTwilioWebhookEnabled: "true" })).toBe(true);
    expect((await channels.list()).map((c) => c.channelSid)).toEqual([general.sid]);
    await expect(api.channels("random").members("carol").fetch()).rejects.toMatchObject({ status: 404 });
    expect((await api.users("carol").fetch()).joinedChannelsCount).toBe(1);
  });
});

describe("twilio client: bindings", () => {
  it("lists, filters, fetches and deletes bindings, by service and by user", async () => {
    const { sid, api } = await service();
    const apn = await seedBinding(fixture.emulator, sid, { Identity: "dana", BindingType: "apn", Endpoint: "apn-token" });
    const fcm = await seedBinding(fixture.emulator, sid, {
      Identity: "dana",
      BindingType: "fcm",
      Endpoint: "fcm-token",
      MessageTypes: "new_message",
    });
    const other = await seedBinding(fixture.emulator, sid, { Identity: "erin", BindingType: "gcm", Endpoint: "gcm-token" });

    expect((await api.bindings.list({ pageSize: 1 })).map((b) => b.sid)).toEqual([apn.sid, fcm.sid, other.sid]);
    expect((await api.bindings.list({ bindingType: ["apn", "gcm"] })).map((b) => b.sid)).toEqual([apn.sid, other.sid]);
    expect((await api.bindings.list({ identity: ["dana"], bindingType: ["fcm"] })).map((b) => b.sid)).toEqual([fcm.sid]);
    const fetched = await api.bindings(fcm.sid).fetch();
    expect(fetched).toMatchObject({ identity: "dana", bindingType: "fcm", endpoint: "fcm-token", messageTypes: ["new_message"] });

    const dana = api.users("dana").userBindings;
    expect((await dana.list()).map((b) => b.sid)).toEqual([apn.sid, fcm.sid]);
    expect((await dana.list({ bindingType: ["apn"] })).map((b) => b.sid)).toEqual([apn.sid]);
    expect((await dana(apn.sid).fetch()).userSid).toBe((await api.users("dana").fetch()).sid);

    expect(await dana(apn.sid).remove()).toBe(true);
    expect(await api.bindings(other.sid).remove()).toBe(true);
    expect((await api.bindings.list()).map((b) => b.sid)).toEqual([fcm.sid]);
  });
});

describe("twilio client: roles", () => {
  it("creates, updates (replacing the permissions) and deletes roles, refusing a permission of the other type", async () => {
    const { api, created } = await service();
    const role = await api.roles.create({ friendlyName: "moderator", type: "channel", permission: ["sendMessage", "deleteAnyMessage"] });
    const updated = await api.roles(role.sid).update({ permission: ["leaveChannel"] });
    expect(updated.permissions).toEqual(["leaveChannel"]);
    await expect(api.roles(role.sid).update({ permission: ["createChannel"] })).rejects.toMatchObject({ status: 400, code: 50104 });
    await expect(api.roles.create({ friendlyName: "x", type: "deployment", permission: ["sendMessage"] })).rejects.toMatchObject({
      status: 400,
      code: 50104,
    });
    expect(await api.roles(role.sid).remove()).toBe(true);
    await expect(api.roles(created.defaultChannelRoleSid!).remove()).rejects.toMatchObject({ status: 400, code: 20001 });
  });
});

describe("twilio client: credentials", () => {
  it("creates, fetches, updates, lists and removes credentials of every push service, never returning a secret", async () => {
    const credentials = fixture.client.chat.v2.credentials;
    const apn = await credentials.create({
      type: "apn",
      friendlyName: "ios",
      certificate: "-----BEGIN CERTIFICATE-----\nSECRET-CERT\n-----END CERTIFICATE-----",
      privateKey: "-----BEGIN RSA PRIVATE KEY-----\nSECRET-KEY\n-----END RSA PRIVATE KEY-----",
      sandbox: true,
    });
    const gcm = await credentials.create({ type: "gcm", apiKey: "SECRET-API-KEY" });
    const fcm = await credentials.create({ type: "fcm", friendlyName: "android", secret: "SECRET-SERVER-KEY" });
    expect(apn).toMatchObject({ type: "apn", friendlyName: "ios", sandbox: "true", accountSid: ACCOUNT });
    expect(gcm).toMatchObject({ type: "gcm", friendlyName: null, sandbox: null });
    expect(apn.sid).toMatch(/^CR[0-9a-f]{32}$/);

    expect((await credentials(fcm.sid).fetch()).toJSON()).toEqual(fcm.toJSON());
    const updated = await credentials(apn.sid).update({ friendlyName: "ios prod", sandbox: false, certificate: "SECRET-CERT-2" });
    expect(updated).toMatchObject({ friendlyName: "ios prod", sandbox: "false" });
    const listed = await credentials.list({ pageSize: 2 });
    expect(listed.map((c) => c.sid)).toEqual(expect.arrayContaining([apn.sid, gcm.sid, fcm.sid]));
    for (const c of [apn, gcm, fcm, updated, ...listed]) expect(JSON.stringify(c.toJSON())).not.toMatch(/SECRET/);

    expect(await credentials(gcm.sid).remove()).toBe(true);
    await expect(credentials(gcm.sid).fetch()).rejects.toMatchObject({ status: 404 });
    const incomplete = credentials.create({ type: "apn", certificate: "only a certificate" });
    await expect(incomplete).rejects.toMatchObject({ status: 400, code: 20001 });
  });
});
