// Start-up failures of chatql's servers (`chatql serve` and `chatql emulator`) as one line that
// names the setting to change, as every bad value in src/config.ts is: an address to listen on,
// a folder or file for the emulator's database. Anything else goes on as it is.

import { ConfigError } from "../config.js";

/** The names a command gives its settings (HOST and PORT for `serve`, --host and --port for `emulator`). */
export interface ListenSettings {
  host: string;
  port: string;
}

/** The code of a system error (EEXIST, SQLITE_CANTOPEN, …), else its message, on one line. */
function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && /^[A-Z_]{2,40}$/.test(code)) return code;
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
}

/** The error's code, and the first line of its message when that says more (SQLite's do). */
function described(error: unknown): string {
  const reason = reasonOf(error);
  const message = (error instanceof Error ? error.message : "").split("\n")[0]!;
  return message && !message.includes(reason) ? `${reason} (${message})` : reason;
}

/** Whether the error came from listening (the address), not from the database. */
export function isListenError(error: unknown): boolean {
  return (error as { syscall?: unknown } | null)?.syscall === "listen";
}

/** Why a server cannot listen, naming the setting to change; other errors as they are. */
export function listenError(error: unknown, names: ListenSettings, host: string, port: number): Error {
  const reason = reasonOf(error);
  switch (reason) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new ConfigError(`${names.host} (${host}) does not resolve: ${reason}`, { cause: error });
    case "EADDRNOTAVAIL":
    case "EAFNOSUPPORT":
      return new ConfigError(`${names.host} (${host}) is not an address of this machine: ${reason}`, { cause: error });
    case "EADDRINUSE":
      return new ConfigError(`${names.port} (${port}) is already in use on ${host}: ${reason}`, { cause: error });
    case "EACCES":
      return new ConfigError(`${names.port} (${port}) on ${host} is not allowed to this process: ${reason}`, { cause: error });
    default:
      return error instanceof Error ? error : new Error(reason);
  }
}

/** What the file system answers when the data folder or its database cannot be made or used. */
const DATA_DIR_ERRORS = new Set(["EACCES", "EEXIST", "ENOTDIR", "EISDIR", "EROFS", "ENOSPC", "EPERM", "ENOENT", "ENAMETOOLONG", "ELOOP"]);
/** SQLite's, with their extended forms (SQLITE_READONLY_DIRECTORY, SQLITE_IOERR_WRITE, …). */
const DATA_FILE_ERRORS = /^SQLITE_(CANTOPEN|NOTADB|READONLY|PERM|CORRUPT|FULL|IOERR|BUSY)(_[A-Z]+)?$/;

/**
 * Why the emulator's database cannot be used, naming the setting that chose `where`; null when the
 * error does not come from the data folder or its database (a native module built for another
 * Node, the emulator's own listen, …).
 */
export function dataError(error: unknown, name: string, where: string): ConfigError | null {
  if (isListenError(error)) return null;
  const reason = reasonOf(error);
  if (!DATA_DIR_ERRORS.has(reason) && !DATA_FILE_ERRORS.test(reason)) return null;
  return new ConfigError(`${name} (${where}) cannot hold the emulator's database: ${described(error)}`, { cause: error });
}
