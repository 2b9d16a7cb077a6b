// The `chatql` command: `serve` (what `npm start` runs), `emulator`, `schema`.

import "reflect-metadata";
import { parseArgs } from "node:util";
import { ConfigError, emulatorAccounts, LOCAL_ACCOUNT, loadConfig, wholeNumber } from "./config.js";
import { dataError, isListenError, listenError } from "./http/start-error.js";

const USAGE = `Usage:
  chatql serve                 GraphQL server (embedded emulator unless CHAT_API_BASE_URL or credentials are set)
  chatql emulator [--port N] [--host H] [--data FILE|:memory:] [--max-page-size N] [--accounts AC…:token,…]
                  [--event-target URL] [--webhook-hosts HOST[:PORT],…]
  chatql schema                print the GraphQL SDL

chatql <command> --help explains one command.`;

const SERVE_USAGE = `Usage: chatql serve

Serves GraphQL on http://HOST:PORT/graphql (default http://127.0.0.1:4000/graphql). With no
upstream configured it starts the embedded emulator, data in CHATQL_DATA_DIR (default ./.chatql).
Settings are environment variables (README, "Configuration"), among them:
  PORT, HOST                              where GraphQL listens
  CHAT_API_BASE_URL                       upstream base URL without /v2; no emulator is started
  TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN  upstream credentials (alone they mean https://chat.twilio.com)
  CHATQL_API_TOKENS                       bearer tokens that /graphql requires
  CHATQL_CORS_ORIGINS                     browser origins allowed to call chatql (comma list or *)
  LOG_LEVEL                               fatal, error, warn, info (default), debug, trace or silent`;

const EMULATOR_USAGE = `Usage: chatql emulator [options]

Runs only the Twilio-compatible Chat v2 emulator (docs/emulator.md).
  --port N             TCP port (default 4010; 0 picks a free port)
  --host H             address to bind (default 127.0.0.1)
  --data FILE          SQLite file, or :memory: (default .chatql/emulator.sqlite)
  --max-page-size N    largest accepted PageSize, 1-1000 (default 1000; Twilio's live API allows 100)
  --accounts AC…:token,…
                       accept only these account SIDs with their auth tokens (or set them in
                       CHATQL_EMULATOR_ACCOUNTS, out of sight of ps and /proc; the flag wins)
                       (default: any AC SID with any non-empty auth token)
  --event-target URL   also deliver every post-event of every account to URL (an account-level
                       webhook target, like Conversations'; each account may set its own through
                       POST /emulator/v1/Configuration/Webhooks)
  --webhook-hosts HOST[:PORT],…
                       hosts webhooks may be sent to besides loopback addresses (default: none;
                       service and channel webhook URLs elsewhere are not called)`;

const SCHEMA_USAGE = `Usage: chatql schema

Prints the GraphQL schema (SDL) chatql serves; schema.graphql is this output.`;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case "serve":
      if (wantsHelp(rest, SERVE_USAGE)) return;
      return serve();
    case "emulator":
      return emulator(rest);
    case "schema": {
      if (wantsHelp(rest, SCHEMA_USAGE)) return;
      const { printChatqlSchema } = await import("./graphql/schema.js");
      process.stdout.write(await printChatqlSchema());
      return;
    }
    case undefined:
    case "help":
    case "--help":
    case "-h":
      console.log(USAGE);
      return;
    default:
      throw new ConfigError(`unknown command "${command}"; try: chatql help`);
  }
}

/** For commands without options: prints `usage` on --help/-h; anything else is an error. */
function wantsHelp(args: string[], usage: string): boolean {
  const { values } = parseArgs({ args, options: { help: { type: "boolean", short: "h" } }, strict: true });
  if (values.help) console.log(usage);
  return values.help === true;
}

async function serve(): Promise<void> {
  const config = loadConfig();
  const { startChatql, closeSharedDispatcher } = await import("./server/start.js");
  const running = await startChatql(config);
  console.log(`chatql GraphQL  ${running.graphqlUrl}`);
  if (running.emulatorUrl) {
    console.log(`emulator        ${running.emulatorUrl}  (embedded, data in ${running.dataFile})`);
    if (config.upstream.credentials) console.log(`account SID     ${config.upstream.credentials.accountSid}`);
    if (config.upstream.kind === "embedded")
      console.log(`credentials     the emulator accepts ${embeddedAccepts(config.upstream.accounts)}`);
  } else {
    console.log(`upstream        ${running.upstreamOrigin}`);
  }
  // Where Redis is stays out of the banner: its URL may hold a password.
  if (config.live.redisUrl)
    console.log(`replicas        live events and the upstream concurrency limit shared through Redis (CHATQL_REDIS_URL)`);
  if (config.explorer)
    console.log(
      `explorer        ${running.graphqlUrl} (Apollo Sandbox), ${running.graphqlUrl.replace(/\/graphql$/, "/graphiql")} (offline GraphiQL)`,
    );
  closeOnSignal(async () => {
    await running.close();
    await closeSharedDispatcher();
  });
}

async function emulator(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      data: { type: "string", default: ".chatql/emulator.sqlite" },
      "max-page-size": { type: "string", default: "1000" },
      accounts: { type: "string" },
      "event-target": { type: "string" },
      "webhook-hosts": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    console.log(EMULATOR_USAGE);
    return;
  }
  // Tokens on the command line are visible to every local user (ps, /proc/*/cmdline); the environment is not.
  const fromEnv = process.env.CHATQL_EMULATOR_ACCOUNTS;
  const accountsSource =
    values.accounts !== undefined
      ? { name: "--accounts", value: values.accounts }
      : fromEnv !== undefined && fromEnv !== ""
        ? { name: "CHATQL_EMULATOR_ACCOUNTS", value: fromEnv }
        : undefined;
  const options = {
    port: wholeNumber("--port", values.port, 0, 65535),
    host: values.host,
    dataFile: values.data,
    maxPageSize: wholeNumber("--max-page-size", values["max-page-size"], 1, 1000),
    accounts: accountsSource && emulatorAccounts(accountsSource.name, accountsSource.value),
    webhooks: {
      eventTarget: values["event-target"] === undefined ? null : { url: httpUrlFlag("--event-target", values["event-target"]) },
      hosts: values["webhook-hosts"] === undefined ? [] : hostsFlag("--webhook-hosts", values["webhook-hosts"]),
    },
  };
  const { startEmulator } = await import("./emulator/index.js");
  const running = await startEmulator(options).catch((error: unknown) => {
    // As `serve` does: a failure at start-up names the flag to change.
    if (isListenError(error)) throw listenError(error, { host: "--host", port: "--port" }, options.host, options.port);
    throw dataError(error, "--data", options.dataFile) ?? error;
  });
  console.log(`chatql emulator (Twilio Chat v2)  ${running.url}  data: ${options.dataFile}`);
  console.log(`credentials: ${credentialsAccepted(options.accounts, accountsSource?.name)}`);
  if (options.webhooks.eventTarget) console.log(`event target: ${options.webhooks.eventTarget.url} (every post-event of every account)`);
  closeOnSignal(running.close);
}

/** What the serve banner says the embedded emulator accepts: the documented local token is no secret; other tokens are never printed. */
function embeddedAccepts(accounts: Array<{ accountSid: string; authToken: string }>): string {
  const [only] = accounts;
  if (accounts.length === 1 && only!.accountSid === LOCAL_ACCOUNT.accountSid) {
    return only!.authToken === LOCAL_ACCOUNT.authToken
      ? `only ${only!.accountSid} with the auth token ${LOCAL_ACCOUNT.authToken}`
      : `only ${only!.accountSid}, with a random auth token only this chatql knows (CHATQL_API_TOKENS guard the data)`;
  }
  return `only ${accounts.map((account) => account.accountSid).join(", ")}, each with its auth token from CHATQL_EMULATOR_ACCOUNTS`;
}

/** What the banner says the emulator accepts; account SIDs only, never a token. */
function credentialsAccepted(accounts: Array<{ accountSid: string }> | undefined, source = "--accounts"): string {
  if (!accounts) return "any account SID (AC + 32 hex digits) with any non-empty auth token";
  return `only ${accounts.map((account) => account.accountSid).join(", ")}, each with its auth token from ${source}`;
}

/** An absolute http(s) URL without credentials (it is printed in the banner). */
function httpUrlFlag(flag: string, raw: string): string {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password) {
    throw new ConfigError(`${flag} must be an absolute http(s) URL without credentials`);
  }
  return url.href;
}

/** `host` or `host:port`, comma-separated. */
function hostsFlag(flag: string, raw: string): string[] {
  const hosts = raw
    .split(",")
    .map((host) => host.trim())
    .filter(Boolean);
  if (hosts.length === 0 || hosts.some((host) => !/^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.test(host))) {
    throw new ConfigError(`${flag} must be a comma-separated list of host or host:port`);
  }
  return hosts;
}

/** Ctrl-C / SIGTERM: stop accepting, finish, close the database, exit. A second signal exits at once. */
function closeOnSignal(close: () => Promise<void>): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) process.exit(130);
    closing = true;
    console.log(`${signal}: shutting down`);
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`error while shutting down: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
    console.error(`chatql: ${error.message}`);
  } else {
    console.error(`chatql: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
