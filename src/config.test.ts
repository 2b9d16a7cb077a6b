import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_LIVE, LOCAL_ACCOUNT, loadConfig, TWILIO_BASE_URL } from "./config.js";

const AC = "AC" + "a".repeat(32);
const SK = "SK" + "b".repeat(32);
const TOKEN = "t".repeat(20);

describe("loadConfig", () => {
  it("defaults to the embedded emulator on 127.0.0.1:4000 with the local account", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: "127.0.0.1",
      maxUpstreamPageSize: 100,
      upstreamTimeoutMs: 10_000,
      upstreamMaxRetries: 2,
      production: false,
      introspection: true,
      explorer: true,
      access: { apiTokens: [], credentials: "configured", allowAnonymous: false },
    });
    expect(config.upstream).toMatchObject({ kind: "embedded", credentials: LOCAL_ACCOUNT });
    expect(config.upstream.kind === "embedded" && config.upstream.dataFile).toMatch(/\.chatql\/emulator\.sqlite$/);
  });

  it.each([
    ["an auth token", { TWILIO_ACCOUNT_SID: AC, TWILIO_AUTH_TOKEN: "x" }, { accountSid: AC, authToken: "x" }],
    ["an API key", { TWILIO_ACCOUNT_SID: AC, TWILIO_API_KEY: SK, TWILIO_API_SECRET: "s" }, { accountSid: AC, apiKey: SK, apiSecret: "s" }],
  ])("credentials alone (%s) mean Twilio itself", (_name, env, credentials) => {
    expect(loadConfig(env).upstream).toEqual({ kind: "remote", baseUrl: TWILIO_BASE_URL, credentials });
  });

  it("CHAT_API_BASE_URL picks another upstream, without a trailing slash", () => {
    const config = loadConfig({ CHAT_API_BASE_URL: "http://127.0.0.1:4010/", TWILIO_ACCOUNT_SID: AC, TWILIO_AUTH_TOKEN: "x" });
    expect(config.upstream).toMatchObject({ kind: "remote", baseUrl: "http://127.0.0.1:4010" });
  });

  it("production turns introspection and the explorer off unless asked for", () => {
    const base = { NODE_ENV: "production", CHATQL_API_TOKENS: TOKEN, CHATQL_EMULATOR_ACCOUNTS: `${AC}:${TOKEN}` };
    expect(loadConfig(base)).toMatchObject({ production: true, introspection: false, explorer: false });
    expect(loadConfig({ ...base, CHATQL_INTROSPECTION: "true", CHATQL_EXPLORER: "true" })).toMatchObject({
      introspection: true,
      explorer: true,
    });
  });

  it.each([
    ["tokens", { CHATQL_API_TOKENS: `${TOKEN},${"u".repeat(16)}` }],
    ["pass-through", { CHATQL_CREDENTIALS: "passthrough" }],
    ["explicitly anonymous", { CHATQL_ALLOW_ANONYMOUS: "true" }],
  ])("production starts with %s", (_name, env) => {
    expect(() => loadConfig({ NODE_ENV: "production", CHATQL_EMULATOR_ACCOUNTS: `${AC}:${TOKEN}`, ...env })).not.toThrow();
  });

  it.each([
    ["PORT", { PORT: "http" }],
    ["PORT", { PORT: "70000" }],
    ["CHAT_MAX_PAGE_SIZE", { CHAT_MAX_PAGE_SIZE: "0" }],
    ["CHAT_MAX_PAGE_SIZE", { CHAT_MAX_PAGE_SIZE: "1001" }],
    ["CHAT_API_TIMEOUT_MS", { CHAT_API_TIMEOUT_MS: "-5" }],
    ["CHAT_API_BASE_URL", { CHAT_API_BASE_URL: "ftp://example.com", TWILIO_ACCOUNT_SID: AC, TWILIO_AUTH_TOKEN: "x" }],
    ["CHAT_API_BASE_URL", { CHAT_API_BASE_URL: "https://chat.twilio.com/v2", TWILIO_ACCOUNT_SID: AC, TWILIO_AUTH_TOKEN: "x" }],
    ["TWILIO_ACCOUNT_SID", { CHAT_API_BASE_URL: "http://127.0.0.1:1" }],
    ["TWILIO_ACCOUNT_SID", { TWILIO_ACCOUNT_SID: "AC123", TWILIO_AUTH_TOKEN: "x" }],
    ["TWILIO_ACCOUNT_SID", { TWILIO_AUTH_TOKEN: "x" }],
    ["TWILIO_AUTH_TOKEN", { TWILIO_ACCOUNT_SID: AC }],
    ["TWILIO_API_SECRET", { TWILIO_ACCOUNT_SID: AC, TWILIO_API_KEY: SK }],
    ["TWILIO_API_KEY", { TWILIO_ACCOUNT_SID: AC, TWILIO_API_KEY: "key", TWILIO_API_SECRET: "s" }],
    ["CHATQL_API_TOKENS", { CHATQL_API_TOKENS: "short" }],
    ["CHATQL_CREDENTIALS", { CHATQL_CREDENTIALS: "mine" }],
    ["CHATQL_API_TOKENS", { CHATQL_API_TOKENS: TOKEN, CHATQL_CREDENTIALS: "passthrough" }],
    ["NODE_ENV=production", { NODE_ENV: "production" }],
    ["CHATQL_ALLOW_ANONYMOUS", { CHATQL_ALLOW_ANONYMOUS: "yes" }],
    ["CHATQL_MAX_DEPTH", { CHATQL_MAX_DEPTH: "0" }],
    ["CHATQL_MAX_UPSTREAM_CALLS", { CHATQL_MAX_UPSTREAM_CALLS: "0" }],
    ["CHATQL_MAX_LIST_PAGES", { CHATQL_MAX_LIST_PAGES: "0" }],
    ["CHATQL_OPERATION_TIMEOUT_MS", { CHATQL_OPERATION_TIMEOUT_MS: "0" }],
    ["CHAT_API_MAX_RESPONSE_BYTES", { CHAT_API_MAX_RESPONSE_BYTES: "1023" }],
    ["CHATQL_RESPONSE_TIMEOUT_MS", { CHATQL_RESPONSE_TIMEOUT_MS: "99" }],
    ["CHATQL_MAX_UNREAD_RESPONSE_BYTES", { CHATQL_MAX_UNREAD_RESPONSE_BYTES: "1023" }],
    ["CHATQL_MAX_UNREAD_RESPONSE_BYTES", { CHATQL_MAX_UNREAD_RESPONSE_BYTES: "4095", CHATQL_MAX_RESPONSE_BYTES: "4096" }],
    ["CHATQL_MAX_JSON_DEPTH", { CHATQL_MAX_JSON_DEPTH: "3" }],
    ["CHATQL_MAX_OPERATIONS_IN_FLIGHT", { CHATQL_MAX_OPERATIONS_IN_FLIGHT: "0" }],
    ["CHATQL_MAX_OPERATIONS_IN_FLIGHT", { CHATQL_MAX_OPERATIONS_IN_FLIGHT: "many" }],
    ["CHATQL_MAX_CONNECTIONS", { CHATQL_MAX_CONNECTIONS: "0" }],
    ["CHATQL_CURSOR_SECRET", { CHATQL_CURSOR_SECRET: "too-short" }],
    ["CHATQL_PERSISTED_DOCUMENTS", { CHATQL_TRUSTED_DOCUMENTS_ONLY: "true" }],
    ["CHATQL_APQ", { CHATQL_APQ: "maybe" }],
    ["CHATQL_EMULATOR_ACCOUNTS", { CHATQL_EMULATOR_ACCOUNTS: "AC123:token" }],
    ["CHATQL_EMULATOR_ACCOUNTS", { CHATQL_EMULATOR_ACCOUNTS: `${AC}:` }],
    [
      "CHATQL_EMULATOR_ACCOUNTS",
      { CHATQL_EMULATOR_ACCOUNTS: `${AC}:x`, CHAT_API_BASE_URL: "http://127.0.0.1:1", TWILIO_ACCOUNT_SID: AC, TWILIO_AUTH_TOKEN: "x" },
    ],
    ["CHATQL_EMULATOR_ACCOUNTS", { CHATQL_CREDENTIALS: "passthrough" }],
    ["CHATQL_EMULATOR_ACCOUNTS", { NODE_ENV: "production", CHATQL_API_TOKENS: TOKEN }],
    ["LOG_LEVEL", { LOG_LEVEL: "loud" }],
    ["CHATQL_CORS_ORIGINS", { CHATQL_CORS_ORIGINS: "app.example.com" }],
    ["CHATQL_CORS_ORIGINS", { CHATQL_CORS_ORIGINS: "localhost:5173" }],
    ["CHATQL_CORS_ORIGINS", { CHATQL_CORS_ORIGINS: "https://app.example.com/path" }],
    ["CHATQL_CORS_ORIGINS", { CHATQL_CORS_ORIGINS: "https://*.example.com" }],
    ["CHATQL_CORS_ORIGINS", { CHATQL_CORS_ORIGINS: "ftp://example.com" }],
    ["CHATQL_CORS_ORIGINS", { CHATQL_CORS_ORIGINS: "https://user:pw@example.com" }],
    ["CHATQL_CORS_ORIGINS", { CHATQL_CORS_ORIGINS: "*,https://app.example.com" }],
    ["CHATQL_CORS_ORIGINS", { CHATQL_CORS_ORIGINS: "https://a.example.com,,https://b.example.com" }],
    ["CHATQL_CORS_ORIGINS", { CHATQL_CORS_ORIGINS: "https://a.example.com\nhttps://b.example.com" }],
  ])("rejects bad %s with one line naming it", (name, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).toContain(name);
      expect((error as Error).message).not.toContain("\n");
    }
  });

  it.each([
    ["unset, in development: loopback origins only", {}, { anyOrigin: false, origins: [], loopback: true }],
    [
      "unset, in production: none",
      { NODE_ENV: "production", CHATQL_API_TOKENS: TOKEN, CHATQL_EMULATOR_ACCOUNTS: `${AC}:${TOKEN}` },
      { anyOrigin: false, origins: [], loopback: false },
    ],
    ["*", { CHATQL_CORS_ORIGINS: " * " }, { anyOrigin: true, origins: [], loopback: true }],
    [
      "a list, normalised as browsers send Origin",
      { CHATQL_CORS_ORIGINS: "https://App.Example.com:443/, http://127.0.0.1:5173 ,https://app.example.com" },
      { anyOrigin: false, origins: ["https://app.example.com", "http://127.0.0.1:5173"], loopback: true },
    ],
    [
      "a list in production",
      {
        NODE_ENV: "production",
        CHATQL_API_TOKENS: TOKEN,
        CHATQL_EMULATOR_ACCOUNTS: `${AC}:${TOKEN}`,
        CHATQL_CORS_ORIGINS: "https://app.example.com",
      },
      { anyOrigin: false, origins: ["https://app.example.com"], loopback: false },
    ],
  ])("CHATQL_CORS_ORIGINS %s", (_name, env, cors) => {
    expect(loadConfig(env).cors).toEqual(cors);
  });

  it("never echoes a URL that may carry credentials", () => {
    const env = { CHAT_API_BASE_URL: "ftp://user:hunter2@example.com", TWILIO_ACCOUNT_SID: AC, TWILIO_AUTH_TOKEN: "x" };
    expect(() => loadConfig(env)).toThrow(/^(?!.*hunter2)/);
  });

  it.each([
    ["CHAT_API_BASE_URL", { CHAT_API_BASE_URL: "http://127.0.0.1:4010" }],
    ["the embedded emulator", { CHATQL_EMULATOR_ACCOUNTS: `${AC}:${TOKEN}` }],
  ])("pass-through needs no credentials of chatql's own (%s)", (_name, env) => {
    const config = loadConfig({ CHATQL_CREDENTIALS: "passthrough", ...env });
    expect(config.upstream.credentials).toBeNull();
  });

  it("gives the embedded emulator its accounts, and uses the first in configured mode", () => {
    const other = "AC" + "c".repeat(32);
    const config = loadConfig({ CHATQL_EMULATOR_ACCOUNTS: `${AC}:${TOKEN}, ${other}:second-token` });
    expect(config.upstream).toMatchObject({
      kind: "embedded",
      credentials: { accountSid: AC, authToken: TOKEN },
      accounts: [
        { accountSid: AC, authToken: TOKEN },
        { accountSid: other, authToken: "second-token" },
      ],
    });
  });

  it("gives the embedded emulator only the local account, with a random token once endpoint tokens guard the data", () => {
    expect(loadConfig({}).upstream).toMatchObject({ kind: "embedded", accounts: [LOCAL_ACCOUNT], credentials: LOCAL_ACCOUNT });
    const guarded = loadConfig({ CHATQL_API_TOKENS: TOKEN }).upstream;
    expect(guarded.kind === "embedded" && guarded.accounts).toEqual([
      { accountSid: LOCAL_ACCOUNT.accountSid, authToken: expect.stringMatching(/^[\w-]{32}$/) },
    ]);
    expect(guarded.credentials).not.toMatchObject({ authToken: LOCAL_ACCOUNT.authToken });
  });

  it("never echoes an emulator account's token in its error", () => {
    expect(() => loadConfig({ CHATQL_EMULATOR_ACCOUNTS: "AC1:hunter2-token" })).toThrow(/^(?!.*hunter2)/);
  });

  it("bounds work per operation by default", () => {
    expect(loadConfig({}).limits).toMatchObject({ maxUpstreamCalls: 300, maxListPages: 50, operationTimeoutMs: 30_000, maxJsonDepth: 32 });
    expect(loadConfig({}).upstreamMaxResponseBytes).toBe(32 * 1024 * 1024);
    expect(loadConfig({}).persisted).toEqual({ apq: false, documentsFile: null, trustedOnly: false });
  });
});

describe("live updates", () => {
  const other = "AC" + "c".repeat(32);

  it("defaults: no Redis, the request's own URL, and each bound", () => {
    // The bounds' values live once, in DEFAULT_LIVE; this checks each reaches its setting.
    expect(loadConfig({}).live).toMatchObject({ publicUrl: null, redisUrl: null, ...DEFAULT_LIVE });
  });

  const passthrough = { CHATQL_CREDENTIALS: "passthrough", CHAT_API_BASE_URL: "http://127.0.0.1:1" };
  const apiKey = { TWILIO_ACCOUNT_SID: AC, TWILIO_API_KEY: SK, TWILIO_API_SECRET: "s" };
  const both = [
    { accountSid: AC, authToken: "a" },
    { accountSid: other, authToken: "b" },
  ];

  it.each([
    ["chatql's own auth token", { TWILIO_ACCOUNT_SID: AC, TWILIO_AUTH_TOKEN: "own" }, [{ accountSid: AC, authToken: "own" }]],
    ["the embedded emulator's accounts", { CHATQL_EMULATOR_ACCOUNTS: `${AC}:a,${other}:b` }, both],
    [
      "a bare CHATQL_WEBHOOK_AUTH_TOKEN for the API key's account",
      { ...apiKey, CHATQL_WEBHOOK_AUTH_TOKEN: "tok" },
      [{ accountSid: AC, authToken: "tok" }],
    ],
    ["AC…:token pairs, for pass-through", { ...passthrough, CHATQL_WEBHOOK_AUTH_TOKEN: `${AC}:a,${other}:b` }, both],
  ])("checks webhook signatures with %s", (_name, env, accounts) => {
    expect(loadConfig(env).live.webhookAccounts).toEqual(accounts);
  });

  it.each([
    ["CHATQL_WEBHOOK_AUTH_TOKEN", { ...passthrough, CHATQL_WEBHOOK_AUTH_TOKEN: "bare-secret" }],
    ["CHATQL_PUBLIC_URL", { CHATQL_PUBLIC_URL: "chat.example.com" }],
    ["CHATQL_PUBLIC_URL", { CHATQL_PUBLIC_URL: "https://u:secret@chat.example.com" }],
    ["CHATQL_PUBLIC_URL", { CHATQL_PUBLIC_URL: "https://chat.example.com/?x=1" }],
    ["CHATQL_REDIS_URL", { CHATQL_REDIS_URL: "http://127.0.0.1:6379" }],
    ["CHATQL_WEBHOOK_MAX_BODY_BYTES", { CHATQL_WEBHOOK_MAX_BODY_BYTES: "1023" }],
    ["CHATQL_MAX_SUBSCRIPTIONS_PER_CONNECTION", { CHATQL_MAX_SUBSCRIPTIONS_PER_CONNECTION: "0" }],
    ["CHATQL_MAX_CONNECTIONS_PER_TOKEN", { CHATQL_MAX_CONNECTIONS_PER_TOKEN: "x" }],
    ["CHATQL_SUBSCRIPTION_BUFFER_EVENTS", { CHATQL_SUBSCRIPTION_BUFFER_EVENTS: "0" }],
    ["CHATQL_REDIS_URL", { CHATQL_REDIS_URL: "redis//:bare-secret@127.0.0.1:6379" }],
    ["CHATQL_REDIS_COMMAND_TIMEOUT_MS", { CHATQL_REDIS_COMMAND_TIMEOUT_MS: "49" }],
    ["CHATQL_REDIS_COMMAND_TIMEOUT_MS", { CHATQL_REDIS_COMMAND_TIMEOUT_MS: "60001" }],
  ])("refuses a bad %s with one line naming it, never echoing a secret", (name, env) => {
    let message = "";
    try {
      loadConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message.startsWith(name)).toBe(true);
    expect(message).not.toMatch(/bare-secret|u:secret/);
  });

  it("keeps CHATQL_PUBLIC_URL without a trailing slash, and accepts rediss://", () => {
    const redis = "rediss://:pw@redis.example.com:6380/0";
    const config = loadConfig({ CHATQL_PUBLIC_URL: "https://chat.example.com/base/", CHATQL_REDIS_URL: redis });
    expect(config.live).toMatchObject({ publicUrl: "https://chat.example.com/base", redisUrl: redis });
  });
});

describe("upstream concurrency", () => {
  it("defaults to 100 requests in flight per account (Twilio's reported per-account limit), 0 for none", () => {
    expect(loadConfig({}).upstreamMaxConcurrency).toBe(100);
    expect(loadConfig({ CHAT_API_MAX_CONCURRENCY: "0" }).upstreamMaxConcurrency).toBe(0);
    expect(loadConfig({ CHAT_API_MAX_CONCURRENCY: "10000" }).upstreamMaxConcurrency).toBe(10_000);
  });

  it.each(["10001", "-1", "ten"])("refuses CHAT_API_MAX_CONCURRENCY=%s with one line naming it", (value) => {
    expect(() => loadConfig({ CHAT_API_MAX_CONCURRENCY: value })).toThrow(
      /^CHAT_API_MAX_CONCURRENCY must be a whole number from 0 to 10000/,
    );
  });

  it("bounds a Redis command from 50 ms to 60 s", () => {
    expect(loadConfig({ CHATQL_REDIS_COMMAND_TIMEOUT_MS: "50" }).live.redisCommandTimeoutMs).toBe(50);
    expect(loadConfig({ CHATQL_REDIS_COMMAND_TIMEOUT_MS: "60000" }).live.redisCommandTimeoutMs).toBe(60_000);
  });
});
