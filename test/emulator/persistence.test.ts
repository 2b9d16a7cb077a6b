// Data written to a file survives a restart on the same file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { call, form, withEmulator } from "./helpers.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("persistence", () => {
  it("keeps services and roles across a restart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chatql-emulator-"));
    dirs.push(dir);
    const dataFile = join(dir, "chat.db");

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
    expect(db.pragma("user_version", { simple: true })).toBe(1);
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

  it("close() is idempotent", async () => {
    const emulator = await withEmulator();
    await emulator.close();
    await emulator.close();
  });
});
