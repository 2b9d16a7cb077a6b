// The side effects the spec and Twilio's docs give the channel side: counts, message indexes,
// roles, users created on first sight, invites taken up by joining, the service's limits, unique
// names, cascades, and account isolation.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { OTHER_ACCOUNT, basicAuth, call, expectTwilioError, form, withEmulator } from "./helpers.js";

let emulator: RunningEmulator;
let dir: string;
let dataFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "chatql-rules-"));
  dataFile = join(dir, "chat.db");
  emulator = await withEmulator({ dataFile });
});
afterAll(async () => {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (path: string, params: Record<string, string | string[]> = {}, auth?: string) =>
  call(emulator, "POST", path, { body: form(params), auth });
const get = async (path: string) => (await call(emulator, "GET", path)).json;

/** A fresh service (with `settings` applied) and a channel in it. */
async function setup(settings: Record<string, string> = {}, channel: Record<string, string> = {}) {
  const service = (await post("/v2/Services", { FriendlyName: "rules" })).json;
  if (Object.keys(settings).length > 0) expect((await post(`/v2/Services/${service.sid}`, settings)).status).toBe(200);
  const created = await post(`/v2/Services/${service.sid}/Channels`, channel);
  expect(created.status, created.text).toBe(201);
  return { service, svc: `/v2/Services/${service.sid}`, room: `/v2/Services/${service.sid}/Channels/${created.json.sid}` };
}

/** The users of a service, read from the database file (the Users API belongs to the user side). */
function usersInDatabase(serviceSid: string): Array<{ identity: string; role_sid: string }> {
  const db = new Database(dataFile, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(`SELECT identity, role_sid FROM users WHERE service_sid = ? ORDER BY id`).all(serviceSid) as never;
  } finally {
    db.close();
  }
}

describe("counts", () => {
  it("members_count and messages_count follow adds and deletes", async () => {
    const { room } = await setup();
    const counts = async () => {
      const c = await get(room);
      return [c.members_count, c.messages_count];
    };
    expect(await counts()).toEqual([0, 0]);
    await post(`${room}/Members`, { Identity: "a" });
    await post(`${room}/Members`, { Identity: "b" });
    const m = (await post(`${room}/Messages`, { Body: "1" })).json;
    await post(`${room}/Messages`, { Body: "2" });
    expect(await counts()).toEqual([2, 2]);
    await call(emulator, "DELETE", `${room}/Members/a`);
    await call(emulator, "DELETE", `${room}/Messages/${m.sid}`);
    expect(await counts()).toEqual([1, 1]);
  });
});

describe("message indexes", () => {
  it("increase per channel from 0, independently per channel, and survive concurrent sends without a repeat", async () => {
    const { svc, room } = await setup();
    const other = `${svc}/Channels/${(await post(`${svc}/Channels`)).json.sid}`;
    const sends = Array.from({ length: 20 }, (_, i) => post(`${room}/Messages`, { Body: `m${i}` }));
    const indexes = (await Promise.all(sends)).map((r) => r.json.index as number);
    expect([...indexes].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect((await post(`${other}/Messages`, { Body: "x" })).json.index).toBe(0);
  });

  it("are never reused: deleting the newest message does not free its index", async () => {
    const { room } = await setup();
    await post(`${room}/Messages`);
    const newest = (await post(`${room}/Messages`)).json;
    await call(emulator, "DELETE", `${room}/Messages/${newest.sid}`);
    expect((await post(`${room}/Messages`)).json.index).toBe(2);
  });
});

describe("roles and users", () => {
  it("gives the channel's creator the creator role and others the default channel role; RoleSid overrides", async () => {
    const { service, room } = await setup({}, { CreatedBy: "alice" });
    const roles = (await get(`/v2/Services/${service.sid}/Roles`)).roles as Array<{ sid: string; friendly_name: string }>;
    const admin = roles.find((r) => r.friendly_name === "channel admin")!.sid;
    expect((await post(`${room}/Members`, { Identity: "alice" })).json.role_sid).toBe(service.default_channel_creator_role_sid);
    expect((await post(`${room}/Members`, { Identity: "bob" })).json.role_sid).toBe(service.default_channel_role_sid);
    expect((await post(`${room}/Members`, { Identity: "carol", RoleSid: admin })).json.role_sid).toBe(admin);
  });

  it("creates the user of a new identity, with the default service role, once", async () => {
    const { service, svc, room } = await setup();
    const second = `${svc}/Channels/${(await post(`${svc}/Channels`)).json.sid}`;
    await post(`${room}/Members`, { Identity: "dana" });
    await post(`${second}/Members`, { Identity: "dana" });
    await post(`${room}/Invites`, { Identity: "erin" });
    expect(usersInDatabase(service.sid)).toEqual([
      { identity: "dana", role_sid: service.default_service_role_sid },
      { identity: "erin", role_sid: service.default_service_role_sid },
    ]);
  });

  it("joining takes up the identity's invite, and its role", async () => {
    const { service, room } = await setup();
    const invited = await post(`${room}/Invites`, { Identity: "fay", RoleSid: service.default_channel_creator_role_sid });
    const member = (await post(`${room}/Members`, { Identity: "fay" })).json;
    expect(member.role_sid).toBe(service.default_channel_creator_role_sid);
    expect((await get(`${room}/Invites`)).invites).toEqual([]);
    expect((await call(emulator, "GET", `${room}/Invites/${invited.json.sid}`)).status).toBe(404);
  });
});

describe("the service's limits", () => {
  it("refuses a member past Limits.ChannelMembers with 403 50403", async () => {
    const { room } = await setup({ "Limits.ChannelMembers": "2" });
    await post(`${room}/Members`, { Identity: "a" });
    await post(`${room}/Members`, { Identity: "b" });
    expectTwilioError(await post(`${room}/Members`, { Identity: "c" }), 403, 50403);
    // A place freed is a place taken.
    await call(emulator, "DELETE", `${room}/Members/a`);
    expect((await post(`${room}/Members`, { Identity: "c" })).status).toBe(201);
  });

  it("refuses a channel past Limits.UserChannels with 403 50208", async () => {
    const { svc, room } = await setup({ "Limits.UserChannels": "1" });
    const second = `${svc}/Channels/${(await post(`${svc}/Channels`)).json.sid}`;
    await post(`${room}/Members`, { Identity: "gil" });
    expectTwilioError(await post(`${second}/Members`, { Identity: "gil" }), 403, 50208);
    expect((await post(`${second}/Members`, { Identity: "hal" })).status).toBe(201);
  });

  it("refuses a sixth webhook on a channel", async () => {
    const { room } = await setup();
    const studio = { Type: "studio", "Configuration.FlowSid": "FW" + "1".repeat(32) };
    for (let i = 0; i < 5; i++) expect((await post(`${room}/Webhooks`, studio)).status).toBe(201);
    expectTwilioError(await post(`${room}/Webhooks`, studio), 400, 20001);
  });
});

describe("unique names", () => {
  it("are unique per service only, free again once cleared or deleted, and may name a channel in place of its SID", async () => {
    const a = await setup({}, { UniqueName: "lobby" });
    const b = await setup({}, { UniqueName: "lobby" });
    expect((await get(`${b.svc}/Channels/lobby`)).sid).toBe((await get(b.room)).sid);
    expectTwilioError(await post(`${a.svc}/Channels`, { UniqueName: "lobby" }), 409, 50307);
    // Renaming to its own name is no conflict; an empty name clears it.
    expect((await post(a.room, { UniqueName: "lobby" })).status).toBe(200);
    expect((await post(a.room, { UniqueName: "" })).json.unique_name).toBeNull();
    const taken = await post(`${a.svc}/Channels`, { UniqueName: "lobby" });
    expect(taken.status).toBe(201);
    await call(emulator, "DELETE", `${a.svc}/Channels/lobby`);
    expect((await post(`${a.svc}/Channels`, { UniqueName: "lobby" })).status).toBe(201);
  });
});

describe("cascades", () => {
  it("deleting a channel deletes its members, messages, invites and webhooks", async () => {
    const { room } = await setup();
    const member = (await post(`${room}/Members`, { Identity: "a" })).json.sid;
    const message = (await post(`${room}/Messages`, { Body: "x" })).json.sid;
    const invite = (await post(`${room}/Invites`, { Identity: "b" })).json.sid;
    const webhook = (await post(`${room}/Webhooks`, { Type: "webhook", "Configuration.Url": "https://e.com" })).json.sid;
    expect((await call(emulator, "DELETE", room)).status).toBe(204);
    const gone = [
      room,
      ...[`Members/${member}`, `Messages/${message}`, `Invites/${invite}`, `Webhooks/${webhook}`].map((p) => `${room}/${p}`),
    ];
    for (const path of gone) {
      expect((await call(emulator, "GET", path)).status, path).toBe(404);
    }
  });

  it("deleting a service deletes its channels and users", async () => {
    const { service, svc, room } = await setup();
    await post(`${room}/Members`, { Identity: "a" });
    expect((await call(emulator, "DELETE", svc)).status).toBe(204);
    expect((await call(emulator, "GET", room)).status).toBe(404);
    expect(usersInDatabase(service.sid)).toEqual([]);
  });
});

describe("account isolation", () => {
  it("another account sees none of it, and its own unique names do not collide", async () => {
    const { room } = await setup({}, { UniqueName: "shared" });
    const foreign = basicAuth(OTHER_ACCOUNT, "x");
    for (const path of [room, `${room}/Members`, `${room}/Messages`, `${room}/Invites`, `${room}/Webhooks`]) {
      expectTwilioError(await call(emulator, "GET", path, { auth: foreign }), 404, 20404);
    }
    expectTwilioError(await post(`${room}/Messages`, { Body: "x" }, foreign), 404, 20404);
    const theirs = (await post("/v2/Services", { FriendlyName: "theirs" }, foreign)).json.sid;
    expect((await post(`/v2/Services/${theirs}/Channels`, { UniqueName: "shared" }, foreign)).status).toBe(201);
  });
});
