// Data written to a file survives a restart on the same file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { defaultServiceSettings } from "../../src/emulator/service/service.defaults.js";
import { MIGRATIONS, SCHEMA_VERSION } from "../../src/emulator/store/schema.js";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { ACCOUNT, call, form, withEmulator } from "./helpers.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A database file in a directory of its own, removed after the test. */
function newDataFile(name = "chat.db"): string {
  const dir = mkdtempSync(join(tmpdir(), "chatql-emulator-"));
  dirs.push(dir);
  return join(dir, name);
}

/** `paths` as the emulator lists them, with its origin taken out (a restart may change its port). */
async function read(emulator: RunningEmulator, paths: string[]) {
  const bodies = await Promise.all(paths.map(async (p) => (await call(emulator, "GET", p)).json));
  return JSON.parse(JSON.stringify(bodies).replaceAll(emulator.url, ""));
}

/** Closes `first`, starts again on its file, and expects `paths` to list the same; `then` runs on the restarted one. */
async function expectSameAfterRestart(
  first: RunningEmulator,
  dataFile: string,
  paths: string[],
  then?: (second: RunningEmulator) => Promise<void>,
) {
  const before = await read(first, paths);
  await first.close();
  const second = await withEmulator({ dataFile });
  try {
    expect(await read(second, paths)).toEqual(before);
    await then?.(second);
  } finally {
    await second.close();
  }
}

describe("persistence", () => {
  it("keeps services and roles across a restart", async () => {
    const dataFile = newDataFile();

    const first = await withEmulator({ dataFile });
    const created = await call(first, "POST", "/v2/Services", { body: form({ FriendlyName: "durable" }) });
    const sid = created.json.sid;
    await call(first, "POST", `/v2/Services/${sid}`, {
      body: form({ "Limits.ChannelMembers": "42", WebhookFilters: ["onMessageSend", "onUserUpdated"] }),
    });
    const role = await call(first, "POST", `/v2/Services/${sid}/Roles`, {
      body: form({ FriendlyName: "kept", Type: "channel", Permission: ["sendMessage"] }),
    });
    const before = {
      service: (await call(first, "GET", `/v2/Services/${sid}`)).json,
      roles: (await call(first, "GET", `/v2/Services/${sid}/Roles`)).json.roles,
    };
    await first.close();

    // The file is a valid, checkpointed SQLite database with a schema version.
    const db = new Database(dataFile, { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    db.close();

    const second = await withEmulator({ dataFile, port: 0 });
    try {
      const service = (await call(second, "GET", `/v2/Services/${sid}`)).json;
      const roles = (await call(second, "GET", `/v2/Services/${sid}/Roles`)).json.roles;
      // Only the origin (a new random port) differs.
      const rebase = (v: unknown) => JSON.parse(JSON.stringify(v).replaceAll(second.url, first.url));
      expect(rebase(service)).toEqual(before.service);
      expect(rebase(roles)).toEqual(before.roles);
      expect(roles.map((r: any) => r.sid)).toContain(role.json.sid);
      expect(service.limits.channel_members).toBe(42);

      // New rows continue after the old ones in creation order.
      await call(second, "POST", "/v2/Services", { body: form({ FriendlyName: "after restart" }) });
      const names = (await call(second, "GET", "/v2/Services")).json.services.map((s: any) => s.friendly_name);
      expect(names).toEqual(["durable", "after restart"]);
    } finally {
      await second.close();
    }
  });

  it("keeps the channel side across a restart, and message indexes carry on where they were", async () => {
    const dataFile = newDataFile();
    const first = await withEmulator({ dataFile });
    const svc = (await call(first, "POST", "/v2/Services", { body: form({ FriendlyName: "durable" }) })).json.sid;
    const room = `/v2/Services/${svc}/Channels/room`;
    await call(first, "POST", `/v2/Services/${svc}/Channels`, { body: form({ UniqueName: "room" }) });
    await call(first, "POST", `${room}/Members`, { body: form({ Identity: "alice" }) });
    await call(first, "POST", `${room}/Invites`, { body: form({ Identity: "bob" }) });
    await call(first, "POST", `${room}/Webhooks`, { body: form({ Type: "webhook", "Configuration.Url": "https://e.com" }) });
    for (const body of ["a", "b"]) await call(first, "POST", `${room}/Messages`, { body: form({ Body: body }) });
    const lists = ["Members", "Messages", "Invites", "Webhooks"].map((list) => `${room}/${list}`);
    await expectSameAfterRestart(first, dataFile, lists, async (second) => {
      expect((await call(second, "POST", `${room}/Messages`, { body: form({ Body: "c" }) })).json.index).toBe(2);
    });
  });

  it("keeps users, bindings and credentials across a restart", async () => {
    const dataFile = newDataFile();
    const first = await withEmulator({ dataFile });
    const svcSid = (await call(first, "POST", "/v2/Services", { body: form({ FriendlyName: "durable" }) })).json.sid;
    const svc = `/v2/Services/${svcSid}`;
    await call(first, "POST", `${svc}/Users`, { body: form({ Identity: "ann", FriendlyName: "Ann" }) });
    const credential = (await call(first, "POST", "/v2/Credentials", { body: form({ Type: "fcm", Secret: "s" }) })).json.sid;
    await call(first, "POST", `/emulator/v1/Services/${svcSid}/Bindings`, {
      body: form({ Identity: "ann", BindingType: "fcm", Endpoint: "e", CredentialSid: credential }),
    });
    await expectSameAfterRestart(first, dataFile, [`${svc}/Users`, `${svc}/Bindings`, "/v2/Credentials"]);
  });

  it("migrates a version 1 database: its rows stay, and its tombstones still anchor page tokens", async () => {
    const dataFile = newDataFile("v1.db");
    const [kept, gone, later] = ["1", "2", "3"].map((d) => "IS" + d.repeat(32));
    const v1 = new Database(dataFile);
    v1.exec(MIGRATIONS[0]!);
    const insert = v1.prepare(
      `INSERT INTO services (id, sid, account_sid, friendly_name, date_created, date_updated, settings)
       VALUES (?, ?, ?, ?, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z', ?)`,
    );
    const settings = JSON.stringify(defaultServiceSettings());
    insert.run(1, kept, ACCOUNT, "kept", settings);
    insert.run(3, later, ACCOUNT, "later", settings);
    // Version 1 kept one tombstone per deleted row, with a NULL parent for services.
    v1.prepare(`INSERT INTO tombstones (sid, id, account_sid, parent_sid) VALUES (?, 2, ?, NULL)`).run(gone, ACCOUNT);
    v1.pragma("user_version = 1");
    v1.close();

    const emulator = await withEmulator({ dataFile });
    try {
      const page = await call(emulator, "GET", `/v2/Services?PageToken=PA${gone}`);
      expect(page.status, page.text).toBe(200);
      expect(page.json.services.map((s: { sid: string }) => s.sid)).toEqual([later]);
      expect((await call(emulator, "GET", `/v2/Services?PageToken=PB${gone}`)).json.services[0].sid).toBe(kept);
    } finally {
      await emulator.close();
    }
    const db = new Database(dataFile, { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it("close() is idempotent", async () => {
    const emulator = await withEmulator();
    await emulator.close();
    await emulator.close();
  });
});
