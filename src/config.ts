// Configuration from environment variables, checked once at start-up. A bad value throws a
// ConfigError whose message is one line naming the variable; the CLI prints it and exits 1,
// so chatql never starts half-configured.

import { resolve } from "node:path";
import { ACCOUNT_SID_PATTERN, API_KEY_SID_PATTERN } from "./sids.js";

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** How chatql authenticates to the Chat v2 REST API (HTTP Basic). */
export type UpstreamCredentials =
  | { accountSid: string; authToken: string }
  | { accountSid: string; apiKey: string; apiSecret: string };

export type Upstream =
  /** A real (or external) Chat v2 API. */
  | { kind: "remote"; baseUrl: string; credentials: UpstreamCredentials }
  /** chatql's own emulator, started in-process on a free loopback port. */
  | { kind: "embedded"; dataFile: string; credentials: UpstreamCredentials };

/** Who may call chatql, and whose Twilio credentials its upstream calls use. */
export interface AccessConfig {
  /** Bearer tokens that may call /graphql; empty: no endpoint auth. */
  apiTokens: string[];
  /** "configured": chatql's own credentials; "passthrough": each caller's `Authorization: Basic AC…:secret`. */
  credentials: "configured" | "passthrough";
  /** Production may run with neither tokens nor pass-through only when this is set explicitly. */
  allowAnonymous: boolean;
}

/** Which browser origins may call chatql (CORS); see src/server/cors.ts. */
export interface CorsConfig {
  /** `CHATQL_CORS_ORIGINS=*`: every origin may read responses, none with credentials. */
  anyOrigin: boolean;
  /** Exact origins (`scheme://host[:port]`, normalised) from CHATQL_CORS_ORIGINS. */
  origins: string[];
  /** Outside production: any http(s) origin on localhost, 127.0.0.1 or [::1], any port. */
  loopback: boolean;
}

/** Bounds on what one request may ask for (graphql-armor, graphql-query-complexity, body size). */
export interface LimitsConfig {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Cost: 1 per object field, connections multiply their children by `first`/`last` (default 50). */
  maxCost: number;
  maxBodyBytes: number;
}

export interface Config {
  port: number;
  host: string;
  upstream: Upstream;
  /** Largest PageSize chatql asks the upstream for (Twilio's live API allows 100). */
  maxUpstreamPageSize: number;
  /** Deadline for one upstream call, retries, headers and body included. */
  upstreamTimeoutMs: number;
  /** Retries of idempotent upstream calls on 429/503/504 (0 disables them). */
  upstreamMaxRetries: number;
  /** Time budget for one upstream call's retries. */
  upstreamRetryMaxMs: number;
  /** NODE_ENV === "production". */
  production: boolean;
  access: AccessConfig;
  cors: CorsConfig;
  limits: LimitsConfig;
  /** Schema introspection (on by default except in production). */
  introspection: boolean;
  /** Apollo Sandbox on GET /graphql and the offline GraphiQL page on /graphiql (off by default in production). */
  explorer: boolean;
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
}

export const DEFAULT_LIMITS: LimitsConfig = {
  maxDepth: 12,
  maxAliases: 150,
  maxTokens: 5000,
  maxDirectives: 50,
  maxCost: 20_000,
  maxBodyBytes: 100 * 1024,
};

/** The fixed local account of the embedded emulator (any AC SID works there; this one is documented). */
export const LOCAL_ACCOUNT = {
  accountSid: "ACc0ffeec0ffeec0ffeec0ffeec0ffee00",
  authToken: "chatql-local-auth-token",
} as const;

export const TWILIO_BASE_URL = "https://chat.twilio.com";

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Config {
  const production = env.NODE_ENV === "production";
  const access = accessFrom(env, production);
  return {
    port: integer(env, "PORT", 4000, 0, 65535),
    host: nonEmpty(env, "HOST") ?? "127.0.0.1",
    upstream: upstreamFrom(env),
    maxUpstreamPageSize: integer(env, "CHAT_MAX_PAGE_SIZE", 100, 1, 1000),
    upstreamTimeoutMs: integer(env, "CHAT_API_TIMEOUT_MS", 10_000, 1, 600_000),
    upstreamMaxRetries: integer(env, "CHAT_API_MAX_RETRIES", 2, 0, 10),
    upstreamRetryMaxMs: integer(env, "CHAT_API_RETRY_MAX_MS", 5_000, 0, 600_000),
    production,
    access,
    cors: corsFrom(env, production),
    limits: {
      maxDepth: integer(env, "CHATQL_MAX_DEPTH", DEFAULT_LIMITS.maxDepth, 1, 1000),
      maxAliases: integer(env, "CHATQL_MAX_ALIASES", DEFAULT_LIMITS.maxAliases, 0, 100_000),
      maxTokens: integer(env, "CHATQL_MAX_TOKENS", DEFAULT_LIMITS.maxTokens, 1, 1_000_000),
      maxDirectives: integer(env, "CHATQL_MAX_DIRECTIVES", DEFAULT_LIMITS.maxDirectives, 0, 100_000),
      maxCost: integer(env, "CHATQL_MAX_COST", DEFAULT_LIMITS.maxCost, 1, 100_000_000),
      maxBodyBytes: integer(env, "CHATQL_MAX_BODY_BYTES", DEFAULT_LIMITS.maxBodyBytes, 1024, 100 * 1024 * 1024),
    },
    introspection: boolean(env, "CHATQL_INTROSPECTION", !production),
    explorer: boolean(env, "CHATQL_EXPLORER", !production),
    logLevel: oneOf(env, "LOG_LEVEL", ["fatal", "error", "warn", "info", "debug", "trace", "silent"], "info"),
  };
}

function accessFrom(env: Env, production: boolean): AccessConfig {
  const apiTokens = (nonEmpty(env, "CHATQL_API_TOKENS") ?? "")
    .split(",")
    .map((token) => token.trim())
    .filter(Boolean);
  if (apiTokens.some((token) => token.length < 16)) {
    throw new ConfigError("CHATQL_API_TOKENS must be a comma-separated list of tokens of at least 16 characters each");
  }
  const credentials = oneOf(env, "CHATQL_CREDENTIALS", ["configured", "passthrough"], "configured") as AccessConfig["credentials"];
  if (credentials === "passthrough" && apiTokens.length > 0) {
    throw new ConfigError("CHATQL_API_TOKENS cannot be combined with CHATQL_CREDENTIALS=passthrough: both use the Authorization header");
  }
  const allowAnonymous = boolean(env, "CHATQL_ALLOW_ANONYMOUS", false);
  if (production && apiTokens.length === 0 && credentials !== "passthrough" && !allowAnonymous) {
    throw new ConfigError(
      "NODE_ENV=production needs CHATQL_API_TOKENS or CHATQL_CREDENTIALS=passthrough (or CHATQL_ALLOW_ANONYMOUS=true to serve without access control)",
    );
  }
  return { apiTokens, credentials, allowAnonymous };
}

const CORS_ORIGINS_USAGE = "CHATQL_CORS_ORIGINS must be * or a comma-separated list of origins such as https://app.example.com";

function corsFrom(env: Env, production: boolean): CorsConfig {
  const loopback = !production;
  const raw = nonEmpty(env, "CHATQL_CORS_ORIGINS");
  if (raw === undefined) return { anyOrigin: false, origins: [], loopback };
  const entries = raw.split(",").map((entry) => entry.trim());
  if (entries.length === 1 && entries[0] === "*") return { anyOrigin: true, origins: [], loopback };
  if (entries.includes("*")) throw new ConfigError(`${CORS_ORIGINS_USAGE}, not both`);
  return { anyOrigin: false, origins: [...new Set(entries.map(corsOrigin))], loopback };
}

/** An origin as browsers send it in `Origin`: scheme, host and port only, default port dropped. */
function corsOrigin(entry: string): string {
  let url: URL | undefined;
  try {
    url = new URL(entry);
  } catch {
    // reported below
  }
  const bare = url && !url.username && !url.password && url.pathname === "/" && !url.search && !url.hash && !entry.includes("*");
  if (!url || !bare || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new ConfigError(`${CORS_ORIGINS_USAGE}, got ${JSON.stringify(entry)}`);
  }
  return url.origin;
}

function upstreamFrom(env: Env): Upstream {
  const baseUrl = nonEmpty(env, "CHAT_API_BASE_URL");
  const credentials = credentialsFrom(env);
  if (baseUrl !== undefined) {
    if (!credentials) {
      throw new ConfigError("TWILIO_ACCOUNT_SID is required when CHAT_API_BASE_URL is set (with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET)");
    }
    return { kind: "remote", baseUrl: httpUrl("CHAT_API_BASE_URL", baseUrl), credentials };
  }
  if (credentials) return { kind: "remote", baseUrl: TWILIO_BASE_URL, credentials };
  const dataDir = resolve(nonEmpty(env, "CHATQL_DATA_DIR") ?? ".chatql");
  return { kind: "embedded", dataFile: resolve(dataDir, "emulator.sqlite"), credentials: { ...LOCAL_ACCOUNT } };
}

function credentialsFrom(env: Env): UpstreamCredentials | undefined {
  const accountSid = nonEmpty(env, "TWILIO_ACCOUNT_SID");
  const authToken = nonEmpty(env, "TWILIO_AUTH_TOKEN");
  const apiKey = nonEmpty(env, "TWILIO_API_KEY");
  const apiSecret = nonEmpty(env, "TWILIO_API_SECRET");
  if (accountSid === undefined) {
    const stray = ["TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET"].find((name) => nonEmpty(env, name) !== undefined);
    if (stray) throw new ConfigError(`${stray} is set but TWILIO_ACCOUNT_SID is not`);
    return undefined;
  }
  if (!ACCOUNT_SID_PATTERN.test(accountSid)) {
    throw new ConfigError("TWILIO_ACCOUNT_SID must be AC followed by 32 hexadecimal digits");
  }
  if (apiKey !== undefined || apiSecret !== undefined) {
    if (apiKey === undefined) throw new ConfigError("TWILIO_API_SECRET is set but TWILIO_API_KEY is not");
    if (apiSecret === undefined) throw new ConfigError("TWILIO_API_KEY is set but TWILIO_API_SECRET is not");
    if (!API_KEY_SID_PATTERN.test(apiKey)) throw new ConfigError("TWILIO_API_KEY must be SK followed by 32 hexadecimal digits");
    return { accountSid, apiKey, apiSecret };
  }
  if (authToken === undefined) {
    throw new ConfigError("TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET) is required with TWILIO_ACCOUNT_SID");
  }
  return { accountSid, authToken };
}

function nonEmpty(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

// The URL itself is never echoed: it might carry credentials.
function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = nonEmpty(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (raw === "true" || raw === "1") return true;
  if (raw === "false" || raw === "0") return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function oneOf(env: Env, name: string, allowed: readonly string[], fallback: string): string {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return fallback;
  if (!allowed.includes(raw)) throw new ConfigError(`${name} must be one of ${allowed.join(", ")}, got "${raw}"`);
  return raw;
}

function httpUrl(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`${name} must be an http(s) URL`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new ConfigError(`${name} must be a base URL without credentials, query or fragment`);
  }
  if (/\/v2\/?$/.test(url.pathname)) throw new ConfigError(`${name} must not end in /v2 (chatql adds it)`);
  return url.href.replace(/\/+$/, "");
}
