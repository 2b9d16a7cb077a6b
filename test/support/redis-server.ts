// A real redis-server (Debian's package, which .ci/run installs) on a free loopback port, started
// per test file and stopped by its PID: nothing persisted (`--save '' --appendonly no`), loopback
// only. `stop()` and `restart()` let a test take Redis away and bring it back on the same port.
// Missing redis-server fails the test in CI; elsewhere those tests are skipped with a message.

import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { closedPort } from "./ports.js";

export const REDIS_SERVER = "/usr/bin/redis-server";

/** Whether tests that need Redis can run; outside CI a missing server skips them (with a warning), in CI it fails them. */
export function redisAvailable(): boolean {
  if (existsSync(REDIS_SERVER)) return true;
  if (process.env.CI) throw new Error(`${REDIS_SERVER} is missing: .ci/run installs Debian's redis-server package`);
  console.warn(`skipping the Redis tests: ${REDIS_SERVER} is missing (apt-get install -y redis-server)`);
  return false;
}

export interface RedisServer {
  port: number;
  /** redis://127.0.0.1:PORT */
  url: string;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and resolves once it has exited. */
  stop(): Promise<void>;
  /** Starts it again on the same port (empty: nothing was saved). */
  restart(): Promise<void>;
  /** Freezes the process (SIGSTOP): its connections stay open, nothing is answered. */
  pause(): void;
  /** Lets a paused process run again (SIGCONT). */
  resume(): void;
}

/** `password`: required of clients (`--requirepass`), and put in `url`. */
export async function startRedis(options: { password?: string } = {}): Promise<RedisServer> {
  const port = await closedPort();
  const auth = options.password ? ["--requirepass", options.password] : [];
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();

  const start = async () => {
    const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes", ...auth];
    const process = spawn(REDIS_SERVER, args, { stdio: ["ignore", "pipe", "pipe"] });
    child = process;
    let output = "";
    process.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    process.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    exited = new Promise((resolve) => process.once("exit", () => resolve()));
    // Ready when it says so; failing when it exits first or takes more than 10 s.
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start within 10 s:\n${output}`)), 10_000);
      const check = () => {
        if (!/Ready to accept connections/.test(output)) return;
        clearTimeout(timer);
        resolve();
      };
      process.stdout!.on("data", check);
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited at start:\n${output}`));
      });
    });
  };

  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    running.kill("SIGTERM");
    const timer = setTimeout(() => running.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };

  await start();
  const userinfo = options.password ? `:${encodeURIComponent(options.password)}@` : "";
  const signal = (name: NodeJS.Signals) => () => void (child as ChildProcess | null)?.kill(name);
  return { port, url: `redis://${userinfo}127.0.0.1:${port}`, stop, restart: start, pause: signal("SIGSTOP"), resume: signal("SIGCONT") };
}
