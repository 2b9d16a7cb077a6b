// A system under test running as its own process, so its memory can be read from /proc and its
// CPU is not shared with the load generator's event loop.

import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BENCH_DIR, sleep } from "../common.js";

export interface ChildOptions {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

export class ChildSystem {
  readonly name: string;
  private readonly proc: ChildProcess;
  private exited = false;
  private exitInfo = "";
  /** The child's stdout+stderr go to a file, not a pipe: reading per-request logs in the
   * orchestrator would steal CPU from the load generator. */
  readonly logFile: string;

  constructor(options: ChildOptions) {
    this.name = options.name;
    const logDir = join(BENCH_DIR, ".tmp");
    mkdirSync(logDir, { recursive: true });
    this.logFile = join(logDir, `${options.name}.log`);
    const fd = openSync(this.logFile, "w");
    this.proc = spawn(options.command, options.args, {
      cwd: options.cwd,
      // A minimal environment: nothing of the caller's leaks into the systems under test.
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/tmp", ...options.env },
      stdio: ["ignore", fd, fd],
    });
    closeSync(fd);
    this.proc.on("exit", (code, signal) => {
      this.exited = true;
      this.exitInfo = signal ? `signal ${signal}` : `code ${code}`;
    });
  }

  get pid(): number {
    return this.proc.pid!;
  }

  get alive(): boolean {
    return !this.exited;
  }

  /** The last lines the child printed (used when start-up fails; children print no secrets). */
  output(lines = 20): string {
    try {
      return readFileSync(this.logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
    } catch {
      return "";
    }
  }

  describeExit(): string {
    return this.exited ? `exited with ${this.exitInfo}` : "running";
  }

  /** Peak resident set size since start or the last resetPeakRss(), in MiB (null when unreadable). */
  peakRssMiB(): number | null {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, "utf8");
      const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
      return match ? Number(match[1]) / 1024 : null;
    } catch {
      return null;
    }
  }

  currentRssMiB(): number | null {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, "utf8");
      const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
      return match ? Number(match[1]) / 1024 : null;
    } catch {
      return null;
    }
  }

  /** Resets VmHWM to the current RSS (Linux `clear_refs` 5), so each scenario's peak is its own. */
  resetPeakRss(): boolean {
    try {
      writeFileSync(`/proc/${this.pid}/clear_refs`, "5");
      return true;
    } catch {
      return false;
    }
  }

  /** SIGTERM, then SIGKILL if the process has not exited after `graceMs`. */
  async stop(graceMs = 5000): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.proc.once("exit", () => resolve()));
    this.proc.kill("SIGTERM");
    const timedOut = await Promise.race([exited.then(() => false), sleep(graceMs).then(() => true)]);
    if (timedOut && !this.exited) {
      this.proc.kill("SIGKILL");
      await exited;
    }
  }
}
