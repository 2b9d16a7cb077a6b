// Several chatql replicas on one emulator (and one Redis), as a deployment runs them: each its own
// server in this process on a random loopback port, all pointed at the same upstream (the
// emulator, or a counting proxy in front of it). The emulator sends its account-level events to the
// first replica only, so an event reaching a subscriber of another replica went through Redis.

import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import type { RunningChatql } from "../../src/server/start.js";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { ACCOUNT, postGraphQL, startChatqlOn, type GraphQLResponse, type LogLines } from "../graphql/harness.js";

export interface Replica {
  chatql: RunningChatql;
  logs: LogLines;
  /** http://127.0.0.1:PORT */
  base: string;
  eventsUrl: string;
  execute<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables> | string,
    variables?: TVariables,
  ): Promise<GraphQLResponse<TResult> & { status: number }>;
  /** A graphql-ws client of this replica (closed with it). */
  client(): Client;
  readyz(): Promise<{ status: number; body: Record<string, unknown> }>;
  /** The value of a metric sample (`name{labels}`), 0 when absent. */
  metric(sample: string): Promise<number>;
  close(): Promise<void>;
}

export async function startReplica(upstreamUrl: string, env: Record<string, string> = {}): Promise<Replica> {
  const { chatql, logs } = await startChatqlOn(upstreamUrl, env);
  const base = chatql.graphqlUrl.replace(/\/graphql$/, "");
  const clients: Client[] = [];
  return {
    chatql,
    logs,
    base,
    eventsUrl: `${base}/twilio/events`,
    execute: (document, variables) => postGraphQL(chatql.graphqlUrl, document, variables),
    client() {
      const client = createClient({
        url: chatql.graphqlUrl.replace(/^http/, "ws"),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(client);
      return client;
    },
    async readyz() {
      const response = await fetch(`${base}/readyz`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    async metric(sample) {
      const text = await (await fetch(`${base}/metrics`)).text();
      const line = text.split("\n").find((l) => l.startsWith(sample + " "));
      return line ? Number(line.slice(sample.length + 1)) : 0;
    },
    async close() {
      for (const client of clients) await client.dispose();
      await chatql.close();
    },
  };
}

export interface Replicas {
  emulator: RunningEmulator;
  replicas: Replica[];
  close(): Promise<void>;
}

/** `count` replicas on one new emulator; the emulator's events go to the first replica. */
export async function startReplicas(count: number, env: Record<string, string>): Promise<Replicas> {
  const emulator = await startEmulator({ accounts: [ACCOUNT] });
  const replicas: Replica[] = [];
  try {
    for (let i = 0; i < count; i++) replicas.push(await startReplica(emulator.url, env));
  } catch (error) {
    for (const replica of replicas) await replica.close();
    await emulator.close();
    throw error;
  }
  emulator.setEventTarget({ url: replicas[0]!.eventsUrl });
  return {
    emulator,
    replicas,
    async close() {
      emulator.setEventTarget(null);
      for (const replica of replicas) await replica.close();
      await emulator.close();
    },
  };
}

/** Resolves once `check` holds, trying every 20 ms; fails after `withinMs` with `what`. */
export async function eventually(what: string, check: () => Promise<boolean>, withinMs = 10_000): Promise<void> {
  const until = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not within ${withinMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
