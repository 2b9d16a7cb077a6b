// The official `twilio` helper library, unmodified, pointed at the emulator.
import twilio from "twilio";
import { describe, expect, it } from "vitest";
import { ACCOUNT, emulatorWithClient } from "./helpers.js";

const fixture = emulatorWithClient();
const services = () => fixture.client.chat.v2.services;

describe("twilio client: services", () => {
  it("creates, fetches, updates every field, and removes a service", async () => {
    const created = await services().create({ friendlyName: "client test" });
    expect(created.sid).toMatch(/^IS[0-9a-f]{32}$/);
    expect(created.accountSid).toBe(ACCOUNT);
    expect(created.friendlyName).toBe("client test");
    expect(created.limits).toEqual({ channel_members: 250, user_channels: 100 });
    expect(created.webhookMethod).toBe("POST");
    expect(created.webhookFilters).toEqual([]);
    expect(created.readStatusEnabled).toBe(true);
    expect(created.dateCreated).toBeInstanceOf(Date);

    const fetched = await services()(created.sid).fetch();
    expect(fetched.toJSON()).toEqual(created.toJSON());

    const roles = await services()(created.sid).roles.list();
    const byName = Object.fromEntries(roles.map((r) => [r.friendlyName, r]));
    const adminDeployment = await services()(created.sid).roles.create({
      friendlyName: "ops",
      type: "deployment",
      permission: ["createChannel"],
    });

    // The settings the client sends and reads back under the same names; the rest are spelt differently each way.
    const sameEachWay = {
      friendlyName: "renamed",
      defaultServiceRoleSid: adminDeployment.sid,
      defaultChannelRoleSid: byName["channel admin"]!.sid,
      defaultChannelCreatorRoleSid: byName["channel user"]!.sid,
      readStatusEnabled: false,
      reachabilityEnabled: true,
      typingIndicatorTimeout: 7,
      consumptionReportInterval: 30,
      preWebhookUrl: "https://example.com/pre",
      postWebhookUrl: "http://example.com/post?x=1",
      webhookMethod: "GET",
      webhookFilters: ["onMessageSend", "onChannelAdd", "onMemberRemoved"],
      preWebhookRetryCount: 2,
      postWebhookRetryCount: 3,
    };
    const updated = await services()(created.sid).update({
      ...sameEachWay,
      "notifications.logEnabled": true,
      "notifications.newMessage.enabled": true,
      "notifications.newMessage.template": "New: ${MESSAGE}",
      "notifications.newMessage.sound": "ding",
      "notifications.newMessage.badgeCountEnabled": true,
      "notifications.addedToChannel.enabled": true,
      "notifications.addedToChannel.template": "Added to ${CHANNEL}",
      "notifications.addedToChannel.sound": "pop",
      "notifications.removedFromChannel.enabled": true,
      "notifications.removedFromChannel.template": "Removed",
      "notifications.removedFromChannel.sound": "thud",
      "notifications.invitedToChannel.enabled": true,
      "notifications.invitedToChannel.template": "Invited",
      "notifications.invitedToChannel.sound": "chime",
      "limits.channelMembers": 500,
      "limits.userChannels": 600,
      "media.compatibilityMessage": "media not supported",
    });

    const expected = {
      ...sameEachWay,
      limits: { channel_members: 500, user_channels: 600 },
      notifications: {
        log_enabled: true,
        new_message: { enabled: true, template: "New: ${MESSAGE}", sound: "ding", badge_count_enabled: true },
        added_to_channel: { enabled: true, template: "Added to ${CHANNEL}", sound: "pop" },
        removed_from_channel: { enabled: true, template: "Removed", sound: "thud" },
        invited_to_channel: { enabled: true, template: "Invited", sound: "chime" },
      },
      media: { size_limit_mb: 150, compatibility_message: "media not supported" },
    };
    expect(updated).toMatchObject(expected);
    // Read back through a fresh fetch, not just the update's echo.
    expect(await services()(created.sid).fetch()).toMatchObject(expected);

    expect(await services()(created.sid).remove()).toBe(true);
    await expect(services()(created.sid).fetch()).rejects.toMatchObject({ status: 404, code: 20404 });
  });

  it("lists every service once, in creation order, across small pages", async () => {
    const sids: string[] = [];
    for (let i = 0; i < 7; i++) sids.push((await services().create({ friendlyName: `list ${i}` })).sid);
    const listed = (await services().list({ pageSize: 3 })).map((s) => s.sid).filter((s) => sids.includes(s));
    expect(listed).toEqual(sids);

    const seen: string[] = [];
    await services().each({ pageSize: 2 }, (s) => {
      seen.push(s.sid);
    });
    expect(seen.filter((s) => sids.includes(s))).toEqual(sids);
    expect(new Set(seen).size).toBe(seen.length);

    const page = await services().page({ pageSize: 2 });
    expect(page.instances).toHaveLength(2);
    const next = await page.nextPage();
    expect(next?.instances[0]?.sid).not.toBe(page.instances[1]?.sid);
    const back = await next!.previousPage();
    expect(back?.instances.map((s) => s.sid)).toEqual(page.instances.map((s) => s.sid));
  });

  it("raises a RestException 20404 for a missing service", async () => {
    const missing = "IS" + "0".repeat(32);
    const err = await services()(missing)
      .fetch()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(twilio.RestException);
    expect(err).toMatchObject({ status: 404, code: 20404, moreInfo: "https://www.twilio.com/docs/errors/20404" });
  });
});

describe("twilio client: roles", () => {
  it("creates the four default roles with every service", async () => {
    const service = await services().create({ friendlyName: "roles" });
    const roles = await services()(service.sid).roles.list();
    expect(roles.map((r) => [r.friendlyName, r.type])).toEqual([
      ["service admin", "deployment"],
      ["service user", "deployment"],
      ["channel admin", "channel"],
      ["channel user", "channel"],
    ]);
    const sidOf = (name: string) => roles.find((r) => r.friendlyName === name)!.sid;
    expect(service.defaultServiceRoleSid).toBe(sidOf("service user"));
    expect(service.defaultChannelRoleSid).toBe(sidOf("channel user"));
    expect(service.defaultChannelCreatorRoleSid).toBe(sidOf("channel admin"));
    expect(roles.find((r) => r.friendlyName === "channel user")!.permissions).toEqual(
      expect.arrayContaining(["sendMessage", "leaveChannel", "editOwnMessage", "deleteOwnMessage"]),
    );
    for (const r of roles) expect(r.serviceSid).toBe(service.sid);
  });

  it("creates, fetches, updates, lists and removes a role", async () => {
    const service = await services().create({ friendlyName: "role crud" });
    const roles = services()(service.sid).roles;
    const created = await roles.create({
      friendlyName: "moderator",
      type: "channel",
      permission: ["sendMessage", "deleteAnyMessage"],
    });
    expect(created).toMatchObject({
      friendlyName: "moderator",
      type: "channel",
      permissions: ["sendMessage", "deleteAnyMessage"],
      serviceSid: service.sid,
      accountSid: ACCOUNT,
    });
    expect(created.sid).toMatch(/^RL[0-9a-f]{32}$/);
    expect((await roles(created.sid).fetch()).toJSON()).toEqual(created.toJSON());

    const updated = await roles(created.sid).update({ permission: ["leaveChannel", "editOwnMessage"] });
    expect(updated.permissions).toEqual(["leaveChannel", "editOwnMessage"]);
    expect((await roles(created.sid).fetch()).permissions).toEqual(["leaveChannel", "editOwnMessage"]);

    const extra = [];
    for (let i = 0; i < 3; i++) {
      extra.push((await roles.create({ friendlyName: `r${i}`, type: "deployment", permission: ["joinChannel"] })).sid);
    }
    const all = (await roles.list({ pageSize: 2 })).map((r) => r.sid);
    expect(all).toHaveLength(8);
    expect(all.slice(4)).toEqual([created.sid, ...extra]);

    expect(await roles(created.sid).remove()).toBe(true);
    await expect(roles(created.sid).fetch()).rejects.toMatchObject({ status: 404, code: 20404 });
    expect((await roles.list()).map((r) => r.sid)).not.toContain(created.sid);
  });

  it("deleting a service deletes its roles", async () => {
    const service = await services().create({ friendlyName: "cascade" });
    const [role] = await services()(service.sid).roles.list({ limit: 1 });
    await services()(service.sid).remove();
    await expect(services()(service.sid).roles(role!.sid).fetch()).rejects.toMatchObject({ status: 404, code: 20404 });
    await expect(services()(service.sid).roles.list()).rejects.toMatchObject({ status: 404, code: 20404 });
  });
});
