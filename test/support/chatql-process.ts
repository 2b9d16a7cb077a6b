// `bin/chatql.js` as a child process, the way a user runs it: in its own process group (so
// stop() also ends anything it started), output collected, lines waited for without sleeping.

import { spawn, type ChildProcess } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BIN = join(ROOT, "bin", "chatql.js");

/** Variables that change what `serve` does; tests start from an environment without them. */
const MODE_CHANGING_ENV = [
  "NODE_ENV",
  "HOST",
  "PORT",
  "CHAT_API_BASE_URL",
  "CHATQL_CREDENTIALS",
  "CHATQL_API_TOKENS",
  "CHATQL_EXPLORER",
  "CHATQL_CORS_ORIGINS",
  "CHATQL_DATA_DIR",
  "TWILIO_ACCOUNT_SID",
  "TWILIO_AUTH_TOKEN",
  "TWILIO_API_KEY",
  "TWILIO_API_SECRET",
];

export interface ChatqlProcess {
  child: ChildProcess;
  stdout(): string;
  output(): string;
  /** Resolves with the first match of `pattern` in stdout; rejects if the process exits first. */
  waitFor(pattern: RegExp): Promise<RegExpExecArray>;
  /** Resolves with the exit code once the process has ended. */
  exited(): Promise<number | null>;
  /** SIGTERM to the process group, SIGKILL if it is still there after 5 s. */
  stop(): Promise<void>;
}

export function spawnChatql(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): ChatqlProcess {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of MODE_CHANGING_ENV) delete env[name];
  Object.assign(env, { LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" }, options.env);
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  const output = () => `--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`;

  return {
    child,
    stdout: () => stdout,
    output,
    exited: () => exit,
    waitFor(pattern) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(stdout);
          if (!match) return;
          child.stdout!.off("data", check);
          resolve(match);
        };
        child.stdout!.on("data", check);
        check();
        void exit.then((code) => reject(new Error(`chatql exited (${code}) before printing ${pattern}\n${output()}`)));
      });
    },
    async stop() {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
      const signalGroup = (signal: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, signal);
        } catch {
          // the group is already gone
        }
      };
      signalGroup("SIGTERM");
      const timer = setTimeout(() => signalGroup("SIGKILL"), 5_000);
      await exit;
      clearTimeout(timer);
      signalGroup("SIGKILL"); // anything left in the group after the leader exited
    },
  };
}
