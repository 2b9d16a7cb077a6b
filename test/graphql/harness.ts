// End-to-end harness: the emulator on a random loopback port (counting every request it serves),
// chatql in front of it, and a typed GraphQL client over real HTTP that uses the documents
// graphql-codegen generated from examples/operations.

import { print } from "graphql";
import twilio from "twilio";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { CreateServiceDocument, type CreateServiceInput } from "../../examples/client/graphql.js";
import { loadConfig } from "../../src/config.js";
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../../src/emulator/index.js";
import { startChatql, type RunningChatql } from "../../src/server/start.js";
import { LOGS_ASKED, TEST_LOG_LEVEL } from "../support/test-logs.js";

export const ACCOUNT = { accountSid: "AC" + "1".repeat(32), authToken: "e2e-secret-token" };

export interface EmulatorRequest {
  method: string;
  path: string;
  query: string;
  status: number;
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export interface Harness {
  emulator: RunningEmulator;
  chatql: RunningChatql;
  logs: LogLines;
  /** Twilio's own client, pointed at the emulator as the harness account. */
  twilio(): ReturnType<typeof twilio>;
  /** Every request the emulator served, oldest first. */
  upstreamRequests: EmulatorRequest[];
  execute<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<GraphQLResponse<TResult>>;
  /** Runs `work` and returns the upstream requests it caused. */
  countUpstream(work: () => Promise<unknown>): Promise<EmulatorRequest[]>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  emulator?: EmulatorOptions;
}

/** Every log line chatql wrote, parsed, in order. */
export type LogLines = Array<Record<string, unknown> & { raw: string }>;

/** chatql in this process on a random port, in front of `upstreamUrl` as the harness account, its log lines kept. */
export async function startChatqlOn(
  upstreamUrl: string,
  env: Record<string, string> = {},
): Promise<{ chatql: RunningChatql; logs: LogLines }> {
  const config = loadConfig({
    PORT: "0",
    CHAT_API_BASE_URL: upstreamUrl,
    TWILIO_ACCOUNT_SID: ACCOUNT.accountSid,
    TWILIO_AUTH_TOKEN: ACCOUNT.authToken,
    // Logs are captured in memory for the tests that read them; printed only when asked.
    LOG_LEVEL: LOGS_ASKED ? TEST_LOG_LEVEL : "info",
    ...env,
  });
  const logs: LogLines = [];
  const chatql = await startChatql(config, {
    logDestination: {
      write(line: string) {
        logs.push({ ...JSON.parse(line), raw: line });
        if (LOGS_ASKED) process.stdout.write(line);
      },
    },
  });
  return { chatql, logs };
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const upstreamRequests: EmulatorRequest[] = [];
  const emulator = await startEmulator({
    accounts: [ACCOUNT],
    ...options.emulator,
    onRequest: (request) => upstreamRequests.push(request),
  });
  const { chatql, logs } = await startChatqlOn(emulator.url, options.env);
  return {
    emulator,
    chatql,
    logs,
    twilio() {
      const client = twilio(ACCOUNT.accountSid, ACCOUNT.authToken);
      client.chat.baseUrl = emulator.url;
      return client;
    },
    upstreamRequests,
    execute: (document, variables) => postGraphQL(chatql.graphqlUrl, document, variables),
    async countUpstream(work) {
      const before = upstreamRequests.length;
      await work();
      return upstreamRequests.slice(before);
    },
    async close() {
      await chatql.close();
      await emulator.close();
    },
  };
}

export async function postGraphQL<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables> | string,
  variables?: TVariables,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TResult> & { status: number }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: typeof document === "string" ? document : print(document), variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<TResult>) };
}

/** A new service, made through chatql: its SID. */
export async function createService(harness: Pick<Harness, "execute">, input: CreateServiceInput): Promise<string> {
  return dataOf(await harness.execute(CreateServiceDocument, { input })).createService.service!.sid;
}

/** A harness with a service of its own, for a file's tests: the harness and the service's SID. */
export async function startHarnessWithService(input: CreateServiceInput): Promise<{ harness: Harness; service: string }> {
  const harness = await startHarness();
  return { harness, service: await createService(harness, input) };
}

/** The data of a response that must have succeeded. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data!;
}
