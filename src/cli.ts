// The `chatql` command: `serve` (what `npm start` runs), `emulator`, `schema`.

import "reflect-metadata";
import { parseArgs } from "node:util";
import { ConfigError, emulatorAccounts, LOCAL_ACCOUNT, loadConfig } from "./config.js";

const USAGE = `Usage:
  chatql serve                 GraphQL server (embedded emulator unless CHAT_API_BASE_URL or credentials are set)
  chatql emulator [--port N] [--host H] [--data FILE|:memory:] [--max-page-size N] [--accounts AC…:token,…]
  chatql schema                print the GraphQL SDL`;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case "serve":
      return serve();
    case "emulator":
      return emulator(rest);
    case "schema": {
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

async function serve(): Promise<void> {
  const config = loadConfig();
  const { startChatql, closeSharedDispatcher } = await import("./server/start.js");
  const running = await startChatql(config);
  console.log(`chatql GraphQL  ${running.graphqlUrl}`);
  if (running.emulatorUrl) {
    console.log(`emulator        ${running.emulatorUrl}  (embedded, data in ${running.dataFile})`);
    const local = config.upstream.credentials;
    // The documented local token is no secret; any other token (configured or random) is never printed.
    if (local) console.log(`account SID     ${local.accountSid}${"authToken" in local && local.authToken === LOCAL_ACCOUNT.authToken ? `  (auth token ${LOCAL_ACCOUNT.authToken})` : ""}`);
  } else {
    console.log(`upstream        ${running.upstreamOrigin}`);
  }
  if (config.explorer) console.log(`explorer        ${running.graphqlUrl} (Apollo Sandbox), ${running.graphqlUrl.replace(/\/graphql$/, "/graphiql")} (offline GraphiQL)`);
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
    },
    strict: true,
  });
  const options = {
    port: wholeNumber("--port", values.port, 0, 65535),
    host: values.host,
    dataFile: values.data,
    maxPageSize: wholeNumber("--max-page-size", values["max-page-size"], 1, 1000),
    accounts: values.accounts === undefined ? undefined : emulatorAccounts("--accounts", values.accounts),
  };
  if (options.dataFile !== ":memory:") {
    const { mkdirSync } = await import("node:fs");
    const { dirname } = await import("node:path");
    mkdirSync(dirname(options.dataFile), { recursive: true });
  }
  const { startEmulator } = await import("./emulator/index.js");
  const running = await startEmulator(options);
  console.log(`chatql emulator (Twilio Chat v2)  ${running.url}  data: ${options.dataFile}`);
  closeOnSignal(running.close);
}

function wholeNumber(flag: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new ConfigError(`${flag} must be a whole number from ${min} to ${max}`);
  return Number(raw);
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
