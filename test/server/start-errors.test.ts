// Settings that only the start can judge (an address to listen on, a folder for the database)
// still fail with one line naming the setting, as a bad value in src/config.ts does.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { startChatql } from "../../src/server/start.js";
import { TEST_LOG_LEVEL } from "../support/test-logs.js";

let dir: string;
let taken: Server;
let takenPort: number;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "chatql-start-"));
  writeFileSync(join(dir, "a-file"), "not a folder");
  mkdirSync(join(dir, "garbage"));
  writeFileSync(join(dir, "garbage", "emulator.sqlite"), "not a database, but long enough to be read as one ".repeat(100));
  taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
  takenPort = (taken.address() as { port: number }).port;
});
afterAll(() => {
  taken.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("start-up errors name their setting", () => {
  it.each([
    // TEST-NET-1 (RFC 5737): an address no machine has, refused at once, with no DNS involved.
    [
      "HOST that is not an address of this machine",
      { HOST: "192.0.2.1" },
      /^HOST \(192\.0\.2\.1\) is not an address of this machine: EADDRNOTAVAIL$/,
    ],
    ["PORT already in use", () => ({ PORT: String(takenPort) }), /^PORT \(\d+\) is already in use on 127\.0\.0\.1: EADDRINUSE$/],
    [
      "CHATQL_DATA_DIR whose database is not one",
      () => ({ CHATQL_DATA_DIR: join(dir, "garbage") }),
      /^CHATQL_DATA_DIR \(.*garbage\) cannot hold the emulator's database: SQLITE_NOTADB \(file is not a database\)$/,
    ],
    [
      "CHATQL_DATA_DIR whose name is too long for the file system",
      () => ({ CHATQL_DATA_DIR: join(dir, "x".repeat(300)) }),
      /^CHATQL_DATA_DIR \(.*x{300}\) cannot hold the emulator's database: ENAMETOOLONG/,
    ],
    [
      "CHATQL_DATA_DIR that is a file",
      () => ({ CHATQL_DATA_DIR: join(dir, "a-file") }),
      /^CHATQL_DATA_DIR \(.*a-file\) cannot hold the emulator's database: (EEXIST|ENOTDIR)$/,
    ],
  ])("%s", async (_name, env, message) => {
    const settings = typeof env === "function" ? env() : env;
    const started = startChatql(loadConfig({ PORT: "0", LOG_LEVEL: TEST_LOG_LEVEL, CHATQL_DATA_DIR: join(dir, "data"), ...settings }));
    const error = await started.then(
      async (chatql) => {
        await chatql.close();
        return null;
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    // What the system said is kept for whoever looks further.
    expect((error as Error).cause).toBeInstanceOf(Error);
  });
});
