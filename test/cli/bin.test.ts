// The `chatql` command as a newcomer meets it: run from another directory, through `npx` in a
// project that links chatql (what `npm link chatql` makes), `--help` on every subcommand, and
// start-up banners that say which credentials the emulator accepts (never a token).

import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createServer, type AddressInfo, type Server } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, ROOT, spawnChatql } from "../support/chatql-process.js";

const run = promisify(execFile);
const NPX = join(dirname(process.execPath), "npx");

let elsewhere: string;
/** A file where a folder is expected. */
let notAFolder: string;
/** A port another server listens on. */
let taken: Server;
let takenPort: number;

beforeAll(async () => {
  elsewhere = await mkdtemp(join(tmpdir(), "chatql-bin-"));
  notAFolder = join(elsewhere, "not-a-folder");
  await writeFile(notAFolder, "a file");
  taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
  takenPort = (taken.address() as AddressInfo).port;
});

afterAll(async () => {
  taken.close();
  await rm(elsewhere, { recursive: true, force: true });
});

describe("bin/chatql.js from anywhere", () => {
  it("prints the schema when run from another directory", async () => {
    const { stdout } = await run(process.execPath, [BIN, "schema"], { cwd: elsewhere });
    expect(stdout).toBe(await readFile(join(ROOT, "schema.graphql"), "utf8"));
  });

  it("runs through npx in a project that links chatql (npm link)", async () => {
    const project = join(elsewhere, "app");
    await mkdir(join(project, "node_modules", ".bin"), { recursive: true });
    await writeFile(join(project, "package.json"), JSON.stringify({ name: "app", private: true }));
    await symlink(ROOT, join(project, "node_modules", "chatql"));
    await symlink(join("..", "chatql", "bin", "chatql.js"), join(project, "node_modules", ".bin", "chatql"));
    const { stdout } = await run(NPX, ["--offline", "chatql", "schema"], { cwd: project });
    expect(stdout).toBe(await readFile(join(ROOT, "schema.graphql"), "utf8"));
  });
});

describe("--help", () => {
  it.each([
    [["--help"], /chatql serve[\s\S]*chatql emulator[\s\S]*chatql schema/],
    [["serve", "--help"], /^Usage: chatql serve\n[\s\S]*CHAT_API_BASE_URL/],
    [["emulator", "--help"], /^Usage: chatql emulator[\s\S]*--accounts/],
    [["emulator", "-h"], /^Usage: chatql emulator/],
    [["schema", "--help"], /^Usage: chatql schema\n/],
  ])("chatql %j explains itself and exits 0", async (args, usage) => {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: elsewhere });
    expect(stdout).toMatch(usage);
    expect(stderr).toBe("");
  });

  it.each([
    ["a --port in use", () => ["--port", String(takenPort)], /^chatql: --port \(\d+\) is already in use on 127\.0\.0\.1: EADDRINUSE\n$/],
    [
      "a --data under a file",
      () => ["--port", "0", "--data", join(notAFolder, "emulator.sqlite")],
      /^chatql: --data \(.*not-a-folder\/emulator\.sqlite\) cannot hold the emulator's database: (EEXIST|ENOTDIR)\n$/,
    ],
  ])("chatql emulator with %s says which flag to change, exit 1", async (_name, args, message) => {
    const failed = await run(process.execPath, [BIN, "emulator", ...args()], { cwd: elsewhere }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(message);
  });

  it("an unknown option is an error naming it, exit 1", async () => {
    const failed = await run(process.execPath, [BIN, "serve", "--port", "1"], { cwd: elsewhere }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/^chatql: Unknown option '--port'/);
  });
});

describe("banners say which credentials the emulator accepts", () => {
  it("chatql emulator without --accounts: any account SID with any token", async () => {
    const emulator = spawnChatql(["emulator", "--port", "0", "--data", ":memory:"], { cwd: elsewhere });
    try {
      const [line] = await emulator.waitFor(/^credentials: .*$/m);
      expect(line).toBe("credentials: any account SID (AC + 32 hex digits) with any non-empty auth token");
    } finally {
      await emulator.stop();
    }
  });

  it("chatql emulator --accounts: the listed account SIDs, never their tokens", async () => {
    const first = "AC" + "a".repeat(32);
    const second = "AC" + "b".repeat(32);
    const accounts = `${first}:first-secret-token,${second}:second-secret-token`;
    const emulator = spawnChatql(["emulator", "--port", "0", "--data", ":memory:", "--accounts", accounts], { cwd: elsewhere });
    try {
      const [line] = await emulator.waitFor(/^credentials: .*$/m);
      expect(line).toBe(`credentials: only ${first}, ${second}, each with its auth token from --accounts`);
      expect(emulator.output()).not.toMatch(/secret-token/);
    } finally {
      await emulator.stop();
    }
  });

  it("chatql emulator with CHATQL_EMULATOR_ACCOUNTS: the same, out of the command line", async () => {
    const first = "AC" + "c".repeat(32);
    const emulator = spawnChatql(["emulator", "--port", "0", "--data", ":memory:"], {
      cwd: elsewhere,
      env: { CHATQL_EMULATOR_ACCOUNTS: `${first}:env-secret-token` },
    });
    try {
      const [line] = await emulator.waitFor(/^credentials: .*$/m);
      expect(line).toBe(`credentials: only ${first}, each with its auth token from CHATQL_EMULATOR_ACCOUNTS`);
      expect(emulator.output()).not.toMatch(/secret-token/);
    } finally {
      await emulator.stop();
    }
  });

  it("chatql serve with endpoint tokens never prints the emulator's (random) token", async () => {
    const dataDir = join(elsewhere, "data-guarded");
    const serve = spawnChatql(["serve"], {
      cwd: elsewhere,
      env: { PORT: "0", CHATQL_DATA_DIR: dataDir, CHATQL_API_TOKENS: "a-token-of-sixteen-chars" },
    });
    try {
      await serve.waitFor(/^credentials .*$/m);
      expect(serve.stdout()).toMatch(
        /^credentials {5}the emulator accepts only AC[0-9a-f]{32}, with a random auth token only this chatql knows/m,
      );
      expect(serve.output()).not.toMatch(/chatql-local-auth-token|a-token-of-sixteen-chars/);
    } finally {
      await serve.stop();
    }
  });

  it("chatql serve on the embedded emulator: its URL, the local account SID and what it accepts", async () => {
    const dataDir = join(elsewhere, "data");
    const serve = spawnChatql(["serve"], { cwd: elsewhere, env: { PORT: "0", CHATQL_DATA_DIR: dataDir } });
    try {
      await serve.waitFor(/^credentials .*$/m);
      expect(serve.stdout()).toMatch(/^chatql GraphQL {2}http:\/\/127\.0\.0\.1:\d+\/graphql$/m);
      expect(serve.stdout()).toMatch(/^emulator {8}http:\/\/127\.0\.0\.1:\d+ {2}\(embedded, data in .*emulator\.sqlite\)$/m);
      expect(serve.stdout()).toMatch(/^account SID {5}AC[0-9a-f]{32}$/m);
      // Only the local account, with its documented token (no secret: README states it).
      expect(serve.stdout()).toMatch(
        /^credentials {5}the emulator accepts only AC[0-9a-f]{32} with the auth token chatql-local-auth-token$/m,
      );
    } finally {
      await serve.stop();
    }
  });
});
