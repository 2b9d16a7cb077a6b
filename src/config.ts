// Configuration from environment variables, checked once at start-up. A bad value throws a
// ConfigError whose message is one line naming the variable; the CLI prints it and exits 1,
// so chatql never starts half-configured.

import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT_MS } from "./chat-api/client.js";
import type { Credentials } from "./chat-api/credentials.js";
import { DEFAULT_RETRY_POLICY } from "./chat-api/retry.js";
import { ACCOUNT_SID_PATTERN, API_KEY_SID_PATTERN } from "./sids.js";

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** An account the embedded emulator accepts (`CHATQL_EMULATOR_ACCOUNTS`). */
export interface EmulatorAccount {
  accountSid: string;
  authToken: string;
}

/**
 * `credentials` are chatql's own: what every request uses in "configured" mode. In pass-through
 * mode they are optional and never used for a request (only by /readyz and, their auth token, by
 * the webhook signature checks, when given).
 */
export type UpstreamConfig =
  /** A real (or external) Chat v2 API. */
  | { kind: "remote"; baseUrl: string; credentials: Credentials | null }
  /**
   * chatql's own emulator, started in-process on a free loopback port. `accounts`: the only
   * account/token pairs it accepts.
   */
  | { kind: "embedded"; dataFile: string; credentials: Credentials | null; accounts: EmulatorAccount[] };

/** Who may call chatql, and whose Twilio credentials its upstream calls use. */
export interface AccessConfig {
  /** Bearer tokens that may call /graphql; empty: no endpoint auth. */
  apiTokens: string[];
  /** "configured": chatql's own credentials; "passthrough": each caller's `Authorization: Basic AC…:secret`. */
  credentials: "configured" | "passthrough";
  /** Production may run with neither tokens nor pass-through only when this is set explicitly. */
  allowAnonymous: boolean;
}

/** Operations sent by id or hash instead of by text. */
export interface PersistedConfig {
  /** Apollo's automatic persisted queries (any caller may register a document): off unless asked for. */
  apq: boolean;
  /** A graphql-codegen `persistedDocuments` manifest (hash → document), or null. */
  documentsFile: string | null;
  /** Run only the manifest's documents. */
  trustedOnly: boolean;
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
  /** Largest response body (its JSON), measured before it is written: past it the response is one RESPONSE_TOO_LARGE error. */
  maxResponseBytes: number;
  /** Deepest nesting of the JSON request body (variables and extensions included). */
  maxJsonDepth: number;
  /** Upstream requests one operation may make (retries included); the fields past it fail. */
  maxUpstreamCalls: number;
  /** Bytes of upstream response bodies one operation may read; once read, its further calls are not sent. */
  maxUpstreamBytes: number;
  /** Upstream pages one list walk may read. */
  maxListPages: number;
  /** Deadline of one whole operation: no upstream request starts or runs past it. */
  operationTimeoutMs: number;
  /** Time a client has to send a whole request (headers and body); slower ones get 408. */
  requestTimeoutMs: number;
  /** Time a client has to take a whole response once it is written; past it the connection is closed. */
  responseTimeoutMs: number;
  /** Bytes of responses written and not yet taken by their clients, all together; past it the connection holding the most is closed first. */
  maxUnreadResponseBytes: number;
  /**
   * Operations executing at once in this process; past it a request gets 503 with Retry-After.
   * Each may hold up to maxUpstreamBytes read and build up to maxResponseBytes, so this is what
   * bounds the memory operations hold together.
   */
  maxOperationsInFlight: number;
  /** TCP connections open at once to chatql's port (HTTP and WebSocket, before and after their first message); past it new ones are closed at once. */
  maxConnections: number;
}

/**
 * Live updates (docs/live-updates.md): Twilio's webhooks in at `/twilio/events`, GraphQL
 * subscriptions out over WebSocket on `/graphql`, and the bounds on both.
 */
export interface LiveConfig {
  /** Whose webhook signatures can be checked: each account's auth token (the signature's key). */
  webhookAccounts: EmulatorAccount[];
  /** The base URL Twilio calls chatql at, when a proxy changes it (CHATQL_PUBLIC_URL); null: the request's own. */
  publicUrl: string | null;
  /** Largest webhook body read; bigger ones get 413 unread. */
  webhookMaxBodyBytes: number;
  /** How long a delivered event is remembered, so that Twilio's retries of it are published once. */
  dedupTtlMs: number;
  /** Most events remembered at once (in process); the oldest are forgotten first. */
  dedupMax: number;
  /** Subscriptions one WebSocket connection may have open at once. */
  maxSubscriptionsPerConnection: number;
  /** WebSocket connections open at once with the same credentials (token, pass-through account, or address when anonymous). */
  maxConnectionsPerToken: number;
  /** Largest WebSocket message a client may send; bigger ones close the connection (1009). */
  wsMaxMessageBytes: number;
  /** Time a new WebSocket connection has to send `connection_init`. */
  wsInitTimeoutMs: number;
  /** How often a WebSocket is pinged; one that has not answered the last ping by the next is dropped. */
  wsKeepaliveMs: number;
  /** Events waiting for one subscriber at most; past it the subscription ends with SLOW_CONSUMER. */
  subscriptionBufferEvents: number;
  /** Redis for fan-out across replicas, shared deduplication and the concurrency limit; null: in-process. */
  redisUrl: string | null;
  /** A Redis command unanswered this long counts as Redis being down (webhooks 503, limiter in process). */
  redisCommandTimeoutMs: number;
}

export interface Config {
  port: number;
  host: string;
  upstream: UpstreamConfig;
  /** Largest PageSize chatql asks the upstream for (Twilio's live API allows 100). */
  maxUpstreamPageSize: number;
  /** Deadline for one upstream call, retries, headers and body included. */
  upstreamTimeoutMs: number;
  /** Retries of idempotent upstream calls on 429/503/504 (0 disables them). */
  upstreamMaxRetries: number;
  /** Time budget for one upstream call's retries. */
  upstreamRetryMaxMs: number;
  /** Largest upstream response body read; larger ones are an UPSTREAM_ERROR. */
  upstreamMaxResponseBytes: number;
  /**
   * Upstream requests in flight at once per Twilio account, across replicas when Redis is set
   * (CHAT_API_MAX_CONCURRENCY); 0: no limit. More wait, within their deadline.
   */
  upstreamMaxConcurrency: number;
  /** Key for signing connection cursors; null: a random key per process. */
  cursorSecret: string | null;
  /** NODE_ENV === "production". */
  production: boolean;
  access: AccessConfig;
  persisted: PersistedConfig;
  cors: CorsConfig;
  limits: LimitsConfig;
  live: LiveConfig;
  /** Schema introspection (on by default except in production). */
  introspection: boolean;
  /** Apollo Sandbox on GET /graphql and the offline GraphiQL page on /graphiql (off by default in production). */
  explorer: boolean;
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
}

export const DEFAULT_LIVE = {
  webhookMaxBodyBytes: 256 * 1024,
  dedupTtlMs: 10 * 60_000,
  dedupMax: 100_000,
  maxSubscriptionsPerConnection: 20,
  maxConnectionsPerToken: 20,
  wsMaxMessageBytes: 64 * 1024,
  wsInitTimeoutMs: 10_000,
  wsKeepaliveMs: 12_000,
  subscriptionBufferEvents: 100,
  redisCommandTimeoutMs: 1_000,
} as const;

/**
 * The 100 concurrent requests per account that Twilio is reported to allow by default (its docs
 * give no number, only error 20429): a screen of 100 side-by-side fetches goes out in one wave.
 */
export const DEFAULT_UPSTREAM_MAX_CONCURRENCY = 100;

export const DEFAULT_LIMITS: LimitsConfig = {
  maxDepth: 12,
  maxAliases: 150,
  maxTokens: 5000,
  maxDirectives: 50,
  maxCost: 20_000,
  maxBodyBytes: 100 * 1024,
  maxResponseBytes: 32 * 1024 * 1024,
  maxJsonDepth: 32,
  maxUpstreamCalls: 300,
  maxUpstreamBytes: 64 * 1024 * 1024,
  maxListPages: 50,
  operationTimeoutMs: 30_000,
  requestTimeoutMs: 30_000,
  responseTimeoutMs: 300_000,
  maxUnreadResponseBytes: 256 * 1024 * 1024,
  maxOperationsInFlight: 256,
  maxConnections: 10_000,
};

/**
 * The local account of the embedded emulator when no emulator accounts are configured: the only
 * one it accepts, with this documented token (a random one when CHATQL_API_TOKENS is set).
 */
export const LOCAL_ACCOUNT = {
  accountSid: "ACc0ffeec0ffeec0ffeec0ffeec0ffee00",
  authToken: "chatql-local-auth-token",
} as const;

export const TWILIO_BASE_URL = "https://chat.twilio.com";

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Config {
  const production = env.NODE_ENV === "production";
  const access = accessFrom(env, production);
  const upstream = upstreamFrom(env, access, production);
  return {
    port: integer(env, "PORT", 4000, 0, 65535),
    host: nonEmpty(env, "HOST") ?? "127.0.0.1",
    upstream,
    maxUpstreamPageSize: integer(env, "CHAT_MAX_PAGE_SIZE", 100, 1, 1000),
    // The client's own defaults: one place states them (chat-api/client.ts, chat-api/retry.ts).
    upstreamTimeoutMs: integer(env, "CHAT_API_TIMEOUT_MS", DEFAULT_TIMEOUT_MS, 1, 600_000),
    upstreamMaxRetries: integer(env, "CHAT_API_MAX_RETRIES", DEFAULT_RETRY_POLICY.maxRetries, 0, 10),
    upstreamRetryMaxMs: integer(env, "CHAT_API_RETRY_MAX_MS", DEFAULT_RETRY_POLICY.maxTotalMs, 0, 600_000),
    upstreamMaxResponseBytes: integer(env, "CHAT_API_MAX_RESPONSE_BYTES", DEFAULT_MAX_RESPONSE_BYTES, 1024, 1024 * 1024 * 1024),
    upstreamMaxConcurrency: integer(env, "CHAT_API_MAX_CONCURRENCY", DEFAULT_UPSTREAM_MAX_CONCURRENCY, 0, 10_000),
    cursorSecret: cursorSecretFrom(env),
    production,
    access,
    persisted: persistedFrom(env),
    cors: corsFrom(env, production),
    limits: limitsFrom(env),
    live: liveFrom(env, upstream),
    introspection: boolean(env, "CHATQL_INTROSPECTION", !production),
    explorer: boolean(env, "CHATQL_EXPLORER", !production),
    logLevel: oneOf(env, "LOG_LEVEL", ["fatal", "error", "warn", "info", "debug", "trace", "silent"], "info"),
  };
}

function limitsFrom(env: Env): LimitsConfig {
  const limits: LimitsConfig = {
    maxDepth: integer(env, "CHATQL_MAX_DEPTH", DEFAULT_LIMITS.maxDepth, 1, 1000),
    maxAliases: integer(env, "CHATQL_MAX_ALIASES", DEFAULT_LIMITS.maxAliases, 0, 100_000),
    maxTokens: integer(env, "CHATQL_MAX_TOKENS", DEFAULT_LIMITS.maxTokens, 1, 1_000_000),
    maxDirectives: integer(env, "CHATQL_MAX_DIRECTIVES", DEFAULT_LIMITS.maxDirectives, 0, 100_000),
    maxCost: integer(env, "CHATQL_MAX_COST", DEFAULT_LIMITS.maxCost, 1, 100_000_000),
    maxBodyBytes: integer(env, "CHATQL_MAX_BODY_BYTES", DEFAULT_LIMITS.maxBodyBytes, 1024, 100 * 1024 * 1024),
    maxResponseBytes: integer(env, "CHATQL_MAX_RESPONSE_BYTES", DEFAULT_LIMITS.maxResponseBytes, 1024, 256 * 1024 * 1024),
    maxJsonDepth: integer(env, "CHATQL_MAX_JSON_DEPTH", DEFAULT_LIMITS.maxJsonDepth, 4, 1000),
    maxUpstreamCalls: integer(env, "CHATQL_MAX_UPSTREAM_CALLS", DEFAULT_LIMITS.maxUpstreamCalls, 1, 100_000),
    maxUpstreamBytes: integer(env, "CHATQL_MAX_UPSTREAM_BYTES", DEFAULT_LIMITS.maxUpstreamBytes, 1024, 4 * 1024 * 1024 * 1024),
    maxListPages: integer(env, "CHATQL_MAX_LIST_PAGES", DEFAULT_LIMITS.maxListPages, 1, 10_000),
    operationTimeoutMs: integer(env, "CHATQL_OPERATION_TIMEOUT_MS", DEFAULT_LIMITS.operationTimeoutMs, 1, 600_000),
    requestTimeoutMs: integer(env, "CHATQL_REQUEST_TIMEOUT_MS", DEFAULT_LIMITS.requestTimeoutMs, 100, 600_000),
    responseTimeoutMs: integer(env, "CHATQL_RESPONSE_TIMEOUT_MS", DEFAULT_LIMITS.responseTimeoutMs, 100, 3_600_000),
    maxUnreadResponseBytes: integer(
      env,
      "CHATQL_MAX_UNREAD_RESPONSE_BYTES",
      DEFAULT_LIMITS.maxUnreadResponseBytes,
      1024,
      64 * 1024 * 1024 * 1024,
    ),
    maxOperationsInFlight: integer(env, "CHATQL_MAX_OPERATIONS_IN_FLIGHT", DEFAULT_LIMITS.maxOperationsInFlight, 1, 100_000),
    maxConnections: integer(env, "CHATQL_MAX_CONNECTIONS", DEFAULT_LIMITS.maxConnections, 1, 1_000_000),
  };
  // A response larger than the unread bound could never wait for a slow reader without closing its own connection.
  if (limits.maxUnreadResponseBytes < limits.maxResponseBytes)
    throw new ConfigError(
      `CHATQL_MAX_UNREAD_RESPONSE_BYTES (${limits.maxUnreadResponseBytes}) must be at least CHATQL_MAX_RESPONSE_BYTES (${limits.maxResponseBytes})`,
    );
  return limits;
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

function upstreamFrom(env: Env, access: AccessConfig, production: boolean): UpstreamConfig {
  const baseUrl = nonEmpty(env, "CHAT_API_BASE_URL");
  const credentials = credentialsFrom(env) ?? null;
  const passthrough = access.credentials === "passthrough";
  const rawAccounts = nonEmpty(env, "CHATQL_EMULATOR_ACCOUNTS");
  if (baseUrl !== undefined) {
    if (!credentials && !passthrough) {
      throw new ConfigError(
        "TWILIO_ACCOUNT_SID is required when CHAT_API_BASE_URL is set (with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET)",
      );
    }
    if (rawAccounts !== undefined)
      throw new ConfigError("CHATQL_EMULATOR_ACCOUNTS is for the embedded emulator; it cannot be combined with CHAT_API_BASE_URL");
    return { kind: "remote", baseUrl: httpUrl("CHAT_API_BASE_URL", baseUrl), credentials };
  }
  if (credentials) {
    if (rawAccounts !== undefined)
      throw new ConfigError("CHATQL_EMULATOR_ACCOUNTS is for the embedded emulator; it cannot be combined with Twilio credentials");
    return { kind: "remote", baseUrl: TWILIO_BASE_URL, credentials };
  }
  const given = rawAccounts === undefined ? null : emulatorAccounts("CHATQL_EMULATOR_ACCOUNTS", rawAccounts);
  // Without a list of its own the emulator knows only the local account, whose token is public
  // (documented): nobody would check a pass-through caller's secret, and production has no place for it.
  if (given === null && passthrough) {
    throw new ConfigError(
      "CHATQL_CREDENTIALS=passthrough on the embedded emulator needs CHATQL_EMULATOR_ACCOUNTS (AC…:token,…), the only accounts it will accept",
    );
  }
  if (given === null && production) {
    throw new ConfigError(
      "NODE_ENV=production on the embedded emulator needs CHATQL_EMULATOR_ACCOUNTS (AC…:token,…): its default local account has a public token",
    );
  }
  // With endpoint tokens, the data they guard must not be open on the emulator's own port either:
  // the local account then gets a random token that only this process knows.
  const local = access.apiTokens.length > 0 ? { ...LOCAL_ACCOUNT, authToken: randomBytes(24).toString("base64url") } : { ...LOCAL_ACCOUNT };
  const accounts = given ?? [local];
  const dataDir = resolve(nonEmpty(env, "CHATQL_DATA_DIR") ?? ".chatql");
  return {
    kind: "embedded",
    dataFile: resolve(dataDir, "emulator.sqlite"),
    // Configured mode uses the first account; pass-through none.
    credentials: passthrough ? null : { ...accounts[0]! },
    accounts,
  };
}

/** `AC…:token,AC…:token` → accounts; the tokens are never echoed. */
export function emulatorAccounts(name: string, raw: string): EmulatorAccount[] {
  return raw.split(",").map((pair) => {
    const at = pair.indexOf(":");
    const accountSid = pair.slice(0, at).trim();
    const authToken = pair.slice(at + 1).trim();
    if (at < 0 || !ACCOUNT_SID_PATTERN.test(accountSid) || authToken === "") {
      throw new ConfigError(`${name} must be a comma-separated list of AC…:token pairs`);
    }
    return { accountSid, authToken };
  });
}

function liveFrom(env: Env, upstream: UpstreamConfig): LiveConfig {
  const d = DEFAULT_LIVE;
  return {
    webhookAccounts: webhookAccountsFrom(env, upstream),
    publicUrl: publicUrlFrom(env),
    webhookMaxBodyBytes: integer(env, "CHATQL_WEBHOOK_MAX_BODY_BYTES", d.webhookMaxBodyBytes, 1024, 16 * 1024 * 1024),
    dedupTtlMs: integer(env, "CHATQL_WEBHOOK_DEDUP_TTL_MS", d.dedupTtlMs, 1000, 24 * 3_600_000),
    dedupMax: integer(env, "CHATQL_WEBHOOK_DEDUP_MAX", d.dedupMax, 1, 10_000_000),
    maxSubscriptionsPerConnection: integer(env, "CHATQL_MAX_SUBSCRIPTIONS_PER_CONNECTION", d.maxSubscriptionsPerConnection, 1, 10_000),
    maxConnectionsPerToken: integer(env, "CHATQL_MAX_CONNECTIONS_PER_TOKEN", d.maxConnectionsPerToken, 1, 100_000),
    wsMaxMessageBytes: integer(env, "CHATQL_WS_MAX_MESSAGE_BYTES", d.wsMaxMessageBytes, 1024, 16 * 1024 * 1024),
    wsInitTimeoutMs: integer(env, "CHATQL_WS_INIT_TIMEOUT_MS", d.wsInitTimeoutMs, 100, 600_000),
    wsKeepaliveMs: integer(env, "CHATQL_WS_KEEPALIVE_MS", d.wsKeepaliveMs, 100, 600_000),
    subscriptionBufferEvents: integer(env, "CHATQL_SUBSCRIPTION_BUFFER_EVENTS", d.subscriptionBufferEvents, 1, 100_000),
    redisUrl: redisUrlFrom(env),
    redisCommandTimeoutMs: integer(env, "CHATQL_REDIS_COMMAND_TIMEOUT_MS", d.redisCommandTimeoutMs, 50, 60_000),
  };
}

/**
 * The auth tokens webhook signatures are checked with: chatql's own account's (when it has its
 * auth token), the embedded emulator's accounts, and CHATQL_WEBHOOK_AUTH_TOKEN: a bare token for
 * TWILIO_ACCOUNT_SID (chatql itself using an API key), or `AC…:token,…` (e.g. pass-through). The
 * tokens are never echoed.
 */
function webhookAccountsFrom(env: Env, upstream: UpstreamConfig): EmulatorAccount[] {
  const byAccount = new Map<string, string>();
  const own = upstream.credentials;
  if (own && "authToken" in own) byAccount.set(own.accountSid, own.authToken);
  if (upstream.kind === "embedded") for (const account of upstream.accounts) byAccount.set(account.accountSid, account.authToken);
  const raw = nonEmpty(env, "CHATQL_WEBHOOK_AUTH_TOKEN");
  if (raw !== undefined) {
    if (/^AC[0-9a-fA-F]{32}:/.test(raw)) {
      for (const account of emulatorAccounts("CHATQL_WEBHOOK_AUTH_TOKEN", raw)) byAccount.set(account.accountSid, account.authToken);
    } else {
      const accountSid = nonEmpty(env, "TWILIO_ACCOUNT_SID");
      if (accountSid === undefined) {
        const why = "CHATQL_WEBHOOK_AUTH_TOKEN is a bare token but TWILIO_ACCOUNT_SID is not set: give AC…:token pairs instead";
        throw new ConfigError(why);
      }
      byAccount.set(accountSid, raw);
    }
  }
  return [...byAccount].map(([accountSid, authToken]) => ({ accountSid, authToken }));
}

function publicUrlFrom(env: Env): string | null {
  const raw = nonEmpty(env, "CHATQL_PUBLIC_URL");
  if (raw === undefined) return null;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.search || url.hash || url.username || url.password) {
    throw new ConfigError("CHATQL_PUBLIC_URL must be the http(s) base URL Twilio calls chatql at, without credentials, query or fragment");
  }
  return url.href.replace(/\/+$/, "");
}

/** `redis://` or `rediss://`; the URL (it may hold a password) is never echoed. */
function redisUrlFrom(env: Env): string | null {
  const raw = nonEmpty(env, "CHATQL_REDIS_URL");
  if (raw === undefined) return null;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== "redis:" && url.protocol !== "rediss:")) {
    throw new ConfigError("CHATQL_REDIS_URL must be a redis:// or rediss:// URL");
  }
  return raw;
}

function persistedFrom(env: Env): PersistedConfig {
  const documentsFile = nonEmpty(env, "CHATQL_PERSISTED_DOCUMENTS");
  const trustedOnly = boolean(env, "CHATQL_TRUSTED_DOCUMENTS_ONLY", false);
  if (trustedOnly && documentsFile === undefined) {
    throw new ConfigError("CHATQL_TRUSTED_DOCUMENTS_ONLY=true needs CHATQL_PERSISTED_DOCUMENTS (the manifest of trusted documents)");
  }
  return {
    apq: boolean(env, "CHATQL_APQ", false),
    documentsFile: documentsFile === undefined ? null : resolve(documentsFile),
    trustedOnly,
  };
}

function cursorSecretFrom(env: Env): string | null {
  const secret = nonEmpty(env, "CHATQL_CURSOR_SECRET");
  if (secret !== undefined && secret.length < 32) throw new ConfigError("CHATQL_CURSOR_SECRET must be at least 32 characters");
  return secret ?? null;
}

function credentialsFrom(env: Env): Credentials | undefined {
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
  return raw === undefined ? fallback : wholeNumber(name, raw, min, max);
}

/** A whole number from min to max, or a ConfigError naming the variable or flag. */
export function wholeNumber(name: string, raw: string, min: number, max: number): number {
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
