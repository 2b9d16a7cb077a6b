// Graceful shutdown: requests under way finish, new ones are refused, and the embedded
// emulator's database is closed cleanly (checkpointed, intact) when the process gets SIGTERM.

import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { startChatql } from "../../src/server/start.js";
import { startFakeUpstream, type FakeUpstream } from "../chat-api/fake-upstream.js";
import { postGraphQL } from "../graphql/harness.js";
import { spawnChatql } from "../support/chatql-process.js";
import { TEST_LOG_LEVEL } from "../support/test-logs.js";

const SID = "IS" + "5".repeat(32);

describe("close() while a request is under way", () => {
  let upstream: FakeUpstream;
  beforeAll(async () => {
    upstream = await startFakeUpstream();
  });
  afterAll(() => upstream.close());

  it("lets it finish and refuses new requests", async () => {
    // The upstream answers only when the test lets it: shut down in the middle of that request.
    let answer = () => {};
    const arrived = new Promise<void>((resolve) =>
      upstream.setDefault((_req, res) => {
        answer = () => {
          res.writeHead(200, { "content-type": "application/json" });
          res.end(JSON.stringify({ sid: SID, account_sid: "AC" + "1".repeat(32), friendly_name: "slow" }));
        };
        resolve();
      }),
    );
    const chatql = await startChatql(
      loadConfig({
        PORT: "0",
        LOG_LEVEL: TEST_LOG_LEVEL,
        CHAT_API_BASE_URL: upstream.url,
        TWILIO_ACCOUNT_SID: "AC" + "1".repeat(32),
        TWILIO_AUTH_TOKEN: "t",
      }),
    );
    const inFlight = postGraphQL(chatql.graphqlUrl, `{ service(sid: "${SID}") { sid friendlyName } }`);
    await arrived;
    const closed = chatql.close();

    const late = await fetch(chatql.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query":"{ __typename }"}',
    }).then(
      (response) => response.status,
      () => "refused",
    );
    expect([503, "refused"]).toContain(late);

    answer();
    expect(await inFlight).toEqual({ status: 200, data: { service: { sid: SID, friendlyName: "slow" } } });
    await closed;
  });
});

describe("SIGTERM to `chatql serve` with the embedded emulator", () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), "chatql-shutdown-"));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("exits 0 and leaves an intact, checkpointed database with every write in it", async () => {
    const serve = spawnChatql(["serve"], { env: { PORT: "0", CHATQL_DATA_DIR: dataDir, LOG_LEVEL: TEST_LOG_LEVEL } });
    try {
      const [, graphqlUrl] = await serve.waitFor(/chatql GraphQL\s+(\S+)/);
      const names = ["kept 1", "kept 2", "kept 3"];
      for (const friendlyName of names) {
        const response = await postGraphQL(
          graphqlUrl!,
          "mutation($n: String!) { createService(input: { friendlyName: $n }) { service { sid } } }",
          { n: friendlyName },
        );
        expect(response.errors).toBeUndefined();
      }
      serve.child.kill("SIGTERM");
      expect(await serve.exited()).toBe(0);
    } finally {
      await serve.stop();
    }

    const file = join(dataDir, "emulator.sqlite");
    const wal = `${file}-wal`;
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
      expect(tables.map((t) => t.name)).toContain("services");
      const stored = db.prepare("SELECT friendly_name FROM services").all() as Array<{ friendly_name: string }>;
      expect(stored.map((row) => row.friendly_name)).toEqual(expect.arrayContaining(["kept 1", "kept 2", "kept 3"]));
    } finally {
      db.close();
    }
  }, 60_000);
});
