// Connections to Redis (CHATQL_REDIS_URL) as chatql wants them when Redis is down: a command fails
// at once (no offline queue, no retries across reconnects) or after CHATQL_REDIS_COMMAND_TIMEOUT_MS,
// instead of making a webhook or an upstream request wait; the connection itself keeps trying to
// come back (every RECONNECT_MAX_MS at most). The URL, which may hold a password, is never logged:
// reasons name what failed (a system error code, "authentication failed"), not where.

import { Redis } from "ioredis";

/** Longest pause between two reconnection attempts. */
export const RECONNECT_MAX_MS = 1_000;

export interface RedisConnectionOptions {
  url: string;
  /** CHATQL_REDIS_COMMAND_TIMEOUT_MS. */
  commandTimeoutMs: number;
  /** Shown by CLIENT LIST (chatql-commands, chatql-events). */
  name: string;
}

/** A connection, not yet connecting: attach listeners, then call `connect()` (its rejection is reported through "error" too). */
export function openRedis(options: RedisConnectionOptions): Redis {
  return new Redis(options.url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs,
    connectTimeout: Math.max(1_000, options.commandTimeoutMs),
    retryStrategy: (attempt) => Math.min(attempt * 100, RECONNECT_MAX_MS),
    // chatql subscribes again itself once ready, so it knows when events flow again.
    autoResubscribe: false,
    connectionName: options.name,
  });
}

/** Why a connection failed, safe to log and to show on /readyz. */
export function connectionFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : "";
  if (/^(WRONGPASS|NOAUTH)\b/.test(message)) return "authentication failed";
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && /^[A-Z_]+$/.test(code)) return `unreachable (${code})`;
  if (/timed? ?out/i.test(message)) return "timed out";
  return "connection failed";
}
