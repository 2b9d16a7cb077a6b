// The side effects of the user side: unread counts from the consumption horizon, reachability
// as the spec types it, cascades from a deleted user, page tokens that survive them, the
// permission catalogue per role type, default roles, and account isolation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { ROLE_PERMISSIONS } from "../../src/twilio/role-permissions.js";
import { OTHER_ACCOUNT, basicAuth, call, expectTwilioError, follow, form, seedBinding, withEmulator } from "./helpers.js";

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await withEmulator();
});
afterAll(() => emulator.close());

const post = async (path: string, params: Record<string, string | string[]> = {}, auth?: string) =>
  call(emulator, "POST", path, { body: form(params), auth });
const get = async (path: string) => (await call(emulator, "GET", path)).json;
const del = async (path: string) => expect((await call(emulator, "DELETE", path)).status).toBe(204);

async function newService(settings: Record<string, string> = {}) {
  const service = (await post("/v2/Services", { FriendlyName: "rules" })).json;
  if (Object.keys(settings).length > 0) expect((await post(`/v2/Services/${service.sid}`, settings)).status).toBe(200);
  return { service, svc: `/v2/Services/${service.sid}` };
}

describe("unread_messages_count", () => {
  it.each([
    { horizon: undefined, deleted: [], expected: null },
    { horizon: "0", deleted: [], expected: 3 },
    { horizon: "2", deleted: [], expected: 1 },
    { horizon: "3", deleted: [], expected: 0 },
    { horizon: "10", deleted: [], expected: 0 },
    { horizon: "0", deleted: [2, 3], expected: 1 },
  ])("horizon $horizon over messages 0…3, $deleted deleted → $expected", async ({ horizon, deleted, expected }) => {
    const { svc } = await newService();
    await post(`${svc}/Channels`, { UniqueName: "room" });
    const consumed: Record<string, string> = horizon === undefined ? {} : { LastConsumedMessageIndex: horizon };
    await post(`${svc}/Channels/room/Members`, { Identity: "ann", ...consumed });
    const sids: string[] = [];
    for (let i = 0; i < 4; i++) sids.push((await post(`${svc}/Channels/room/Messages`, { Body: `${i}` })).json.sid);
    for (const index of deleted) await del(`${svc}/Channels/room/Messages/${sids[index]}`);
    expect((await get(`${svc}/Users/ann/Channels/room`)).unread_messages_count).toBe(expected);
    expect((await get(`${svc}/Users/ann/Channels`)).channels[0].unread_messages_count).toBe(expected);
  });

  it("follows the horizon as the member consumes, through either view of the membership", async () => {
    const { svc } = await newService();
    await post(`${svc}/Channels`, { UniqueName: "room" });
    await post(`${svc}/Channels/room/Members`, { Identity: "ann" });
    for (let i = 0; i < 5; i++) await post(`${svc}/Channels/room/Messages`, { Body: `${i}` });
    await post(`${svc}/Channels/room/Members/ann`, { LastConsumedMessageIndex: "1" });
    expect((await get(`${svc}/Users/ann/Channels/room`)).unread_messages_count).toBe(3);
    await post(`${svc}/Users/ann/Channels/room`, { LastConsumedMessageIndex: "" });
    expect((await get(`${svc}/Users/ann/Channels/room`)).unread_messages_count).toBeNull();
  });
});

describe("reachability", () => {
  it.each([
    { reachability: "false", online: "true", binding: "now", fetched: [null, null] },
    { reachability: "true", online: undefined, binding: undefined, fetched: [null, null] },
    { reachability: "true", online: "true", binding: undefined, fetched: [true, null] },
    { reachability: "true", online: "false", binding: "now", fetched: [false, true] },
    { reachability: "true", online: undefined, binding: "deleted", fetched: [null, false] },
  ])(
    "reachability $reachability, online $online, binding $binding → is_online/is_notifiable $fetched (null in lists)",
    async ({ reachability, online, binding, fetched }) => {
      const { service, svc } = await newService({ ReachabilityEnabled: reachability });
      await post(`${svc}/Users`, { Identity: "ann" });
      if (online !== undefined) expect((await post(`/emulator/v1/Services/${service.sid}/Users/ann`, { Online: online })).status).toBe(200);
      if (binding !== undefined) {
        const seeded = await seedBinding(emulator, service.sid, { Identity: "ann", BindingType: "fcm", Endpoint: "e" });
        if (binding === "deleted") await del(`${svc}/Bindings/${seeded.sid}`);
      }
      const user = await get(`${svc}/Users/ann`);
      expect([user.is_online, user.is_notifiable]).toEqual(fetched);
      const listed = (await get(`${svc}/Users`)).users[0];
      expect([listed.is_online, listed.is_notifiable]).toEqual([null, null]);
    },
  );
});

describe("users", () => {
  it("joined_channels_count follows memberships; a user made by a membership has the default service role", async () => {
    const { service, svc } = await newService();
    for (const name of ["a", "b"]) {
      await post(`${svc}/Channels`, { UniqueName: name });
      await post(`${svc}/Channels/${name}/Members`, { Identity: "ann" });
    }
    const ann = await get(`${svc}/Users/ann`);
    expect(ann).toMatchObject({ joined_channels_count: 2, role_sid: service.default_service_role_sid });
    await del(`${svc}/Channels/a`);
    expect((await get(`${svc}/Users/ann`)).joined_channels_count).toBe(1);
  });

  it("deleting a user removes its memberships and bindings, and the lists they were in keep their places", async () => {
    const { service, svc } = await newService();
    await post(`${svc}/Channels`, { UniqueName: "room" });
    const members: string[] = [];
    const bindings: string[] = [];
    for (const identity of ["a", "b", "c", "d"]) {
      members.push((await post(`${svc}/Channels/room/Members`, { Identity: identity })).json.sid);
      bindings.push((await seedBinding(emulator, service.sid, { Identity: identity, BindingType: "apn", Endpoint: identity })).sid);
    }

    const page = await get(`${svc}/Channels/room/Members?PageSize=2`);
    const bindingPage = await get(`${svc}/Bindings?PageSize=2`);
    await del(`${svc}/Users/b`);
    // Both pages end on b's rows: their tokens still lead on to c and d.
    const sids = (rows: Array<{ sid: string }>) => rows.map((r) => r.sid);
    expect(sids((await follow(emulator, page.meta.next_page_url)).json.members)).toEqual(members.slice(2));
    expect(sids((await follow(emulator, bindingPage.meta.next_page_url)).json.bindings)).toEqual(bindings.slice(2));
    expect((await get(`${svc}/Channels/room`)).members_count).toBe(3);
    expect((await get(`${svc}/Bindings`)).bindings).toHaveLength(3);
    expect((await call(emulator, "GET", `${svc}/Users/b`)).status).toBe(404);
  });

  it("a user's channel list keeps its place when a channel on it is deleted", async () => {
    const { svc } = await newService();
    const channels = [];
    for (const name of ["a", "b", "c", "d"]) {
      channels.push((await post(`${svc}/Channels`, { UniqueName: name })).json.sid);
      await post(`${svc}/Channels/${name}/Members`, { Identity: "ann" });
    }
    const first = await get(`${svc}/Users/ann/Channels?PageSize=2`);
    await del(`${svc}/Channels/b`);
    const second = (await follow(emulator, first.meta.next_page_url)).json;
    expect(second.channels.map((c: { channel_sid: string }) => c.channel_sid)).toEqual(channels.slice(2));
  });

  it("leaving through the user's channels is the same as removing the member", async () => {
    const { svc } = await newService();
    await post(`${svc}/Channels`, { UniqueName: "room" });
    const member = (await post(`${svc}/Channels/room/Members`, { Identity: "ann" })).json.sid;
    await del(`${svc}/Users/ann/Channels/room`);
    expect((await call(emulator, "GET", `${svc}/Channels/room/Members/${member}`)).status).toBe(404);
    expect((await post(`${svc}/Channels/room/Members`, { Identity: "ann" })).status).toBe(201);
  });
});

describe("role permissions", () => {
  it.each([
    // The refused ones are Twilio's own split of the scopes, stated here rather than derived from the catalogue.
    ["deployment", ["sendMessage", "leaveChannel", "sendMediaMessage", "deleteOwnMessage", "editNotificationLevel"]],
    ["channel", ["createChannel", "joinChannel"]],
  ] as const)("a %s role takes every permission of its scope and none of the other's", async (type, refused) => {
    const allowed = ROLE_PERMISSIONS[type];
    const { svc } = await newService();
    const role = await post(`${svc}/Roles`, { FriendlyName: "all", Type: type, Permission: [...allowed] });
    expect(role.status, role.text).toBe(201);
    expect(role.json.permissions).toEqual(allowed);
    for (const permission of refused) {
      expectTwilioError(await post(`${svc}/Roles/${role.json.sid}`, { Permission: permission }), 400, 50104);
    }
  });

  it("a default role can be deleted once the service points its default elsewhere", async () => {
    const { service, svc } = await newService();
    const replacement = (await post(`${svc}/Roles`, { FriendlyName: "members", Type: "channel", Permission: "sendMessage" })).json.sid;
    expectTwilioError(await call(emulator, "DELETE", `${svc}/Roles/${service.default_channel_role_sid}`), 400, 20001);
    expect((await post(svc, { DefaultChannelRoleSid: replacement })).status).toBe(200);
    await del(`${svc}/Roles/${service.default_channel_role_sid}`);
  });
});

describe("account isolation", () => {
  it("credentials, users and the admin route are the caller's account's only", async () => {
    const { service, svc } = await newService();
    const foreign = basicAuth(OTHER_ACCOUNT, "x");
    const mine = (await post("/v2/Credentials", { Type: "gcm", ApiKey: "k" })).json.sid;
    const theirs = (await call(emulator, "GET", "/v2/Credentials?PageSize=1000", { auth: foreign })).json.credentials;
    expect(theirs.map((c: { sid: string }) => c.sid)).not.toContain(mine);
    expectTwilioError(await call(emulator, "GET", `/v2/Credentials/${mine}`, { auth: foreign }), 404, 20404);
    expectTwilioError(await call(emulator, "GET", `${svc}/Users`, { auth: foreign }), 404, 20404);
    const binding = { Identity: "x", BindingType: "apn", Endpoint: "e" };
    expectTwilioError(await post(`/emulator/v1/Services/${service.sid}/Bindings`, binding, foreign), 404, 20404);
  });
});
