// chatql as a child process: the compiled server (tsc with tsconfig.build.json, then
// `node <out>/dist/cli.js serve`) when the build succeeds, else `node bin/chatql.js serve` (tsx over
// the sources). The build goes to bench/.tmp/chatql, not dist/: a private snapshot that other work in
// the repo (rebuilding or cleaning dist/, editing src/) cannot change in the middle of a run. Node
// gets the flags `npm start` gives it, so the bench measures chatql as it is run.

import { execFile } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { ACCOUNT, BENCH_DIR, CHATQL_TOKEN, REPO_ROOT, freePort, waitForHttp } from "../common.js";
import { ChildSystem } from "./child.js";

const run = promisify(execFile);

export interface ChatqlBuild {
  entry: string;
  /** How chatql was run, for the report. */
  mode: "compiled (tsc → node dist/cli.js)" | "tsx (bin/chatql.js)";
  note?: string;
}

export async function buildChatql(): Promise<ChatqlBuild> {
  const out = join(BENCH_DIR, ".tmp", "chatql");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // The compiled code reads ../../package.json (its version) and ../../spec/ (Twilio's spec, which
  // its REST client checks every response against) relative to dist/<dir>/.
  copyFileSync(join(REPO_ROOT, "package.json"), join(out, "package.json"));
  cpSync(join(REPO_ROOT, "spec"), join(out, "spec"), { recursive: true });
  try {
    await run(
      process.execPath,
      [join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json", "--outDir", join(out, "dist")],
      {
        cwd: REPO_ROOT,
        timeout: 300_000,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const entry = join(out, "dist", "cli.js");
    if (existsSync(entry)) return { entry, mode: "compiled (tsc → node dist/cli.js)" };
    return { entry: join(REPO_ROOT, "bin", "chatql.js"), mode: "tsx (bin/chatql.js)", note: "the build produced no dist/cli.js" };
  } catch (error) {
    const firstError =
      String((error as { stdout?: string }).stdout ?? "")
        .split("\n")
        .find((l) => /error/i.test(l)) ?? "";
    return { entry: join(REPO_ROOT, "bin", "chatql.js"), mode: "tsx (bin/chatql.js)", note: `the build failed: ${firstError.trim()}` };
  }
}

/** The Node flags of package.json's `start` script (`node <flags> bin/chatql.js serve`). */
export function startNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { scripts?: { start?: string } };
  const words = (pkg.scripts?.start ?? "").split(/\s+/);
  const script = words.indexOf("bin/chatql.js");
  if (words[0] !== "node" || script < 0)
    throw new Error(`package.json's start script is not \`node … bin/chatql.js\`: ${pkg.scripts?.start}`);
  return words.slice(1, script);
}

export interface RunningChatqlChild {
  url: string;
  child: ChildSystem;
}

export async function startChatqlChild(options: {
  build: ChatqlBuild;
  upstreamUrl: string;
  name?: string;
  cpuProfile?: boolean;
  /** Where --cpu-prof writes (bench/profiles unless given). */
  cpuProfileDir?: string;
  /** Node's flags; those of `npm start` unless given. */
  nodeFlags?: string[];
  /** More settings (e.g. CHATQL_REDIS_URL, raised live-update bounds); they win over the defaults above. */
  env?: Record<string, string>;
}): Promise<RunningChatqlChild> {
  const port = await freePort();
  const nodeArgs = [...(options.nodeFlags ?? startNodeFlags())];
  if (options.cpuProfile) {
    const dir = options.cpuProfileDir ?? join(BENCH_DIR, "profiles");
    mkdirSync(dir, { recursive: true });
    nodeArgs.push("--cpu-prof", "--cpu-prof-dir", dir);
  }
  const child = new ChildSystem({
    name: options.name ?? "chatql",
    command: process.execPath,
    args: [...nodeArgs, options.build.entry, "serve"],
    cwd: REPO_ROOT,
    env: {
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      CHAT_API_BASE_URL: options.upstreamUrl,
      TWILIO_ACCOUNT_SID: ACCOUNT.accountSid,
      TWILIO_AUTH_TOKEN: ACCOUNT.authToken,
      // Production requires endpoint access control; clients send `Authorization: Bearer` with it.
      CHATQL_API_TOKENS: CHATQL_TOKEN,
      ...options.env,
    },
  });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000, () => child.alive);
  } catch (error) {
    await child.stop();
    throw new Error(`chatql did not start (${child.describeExit()}): ${(error as Error).message}\n${child.output()}`);
  }
  return { url: `http://127.0.0.1:${port}/graphql`, child };
}
