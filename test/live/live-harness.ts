// Live updates end to end: the emulator (sending its webhooks to chatql's /twilio/events as the
// account-level event target, like the embedded one does), chatql in front of it, and GraphQL
// subscriptions over WebSocket with graphql-ws's own client. Waits on events, never on time.

import { createClient, type Client, type ExecutionResult } from "graphql-ws";
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import WebSocket from "ws";
import { startHarness, type Harness, type HarnessOptions } from "../graphql/harness.js";

export interface LiveHarness extends Harness {
  /** ws://127.0.0.1:PORT/graphql */
  wsUrl: string;
  /** http://127.0.0.1:PORT/twilio/events, as the emulator calls it. */
  eventsUrl: string;
  /** A graphql-ws client (closed with the harness). */
  client(connectionParams?: Record<string, unknown>): Client;
}

export async function startLiveHarness(options: HarnessOptions = {}): Promise<LiveHarness> {
  const harness = await startHarness(options);
  const base = harness.chatql.graphqlUrl.replace(/\/graphql$/, "");
  const eventsUrl = `${base}/twilio/events`;
  harness.emulator.setEventTarget({ url: eventsUrl });
  const clients: Client[] = [];
  return {
    ...harness,
    wsUrl: harness.chatql.graphqlUrl.replace(/^http/, "ws"),
    eventsUrl,
    client(connectionParams) {
      const url = harness.chatql.graphqlUrl.replace(/^http/, "ws");
      const client = createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
      clients.push(client);
      return client;
    },
    async close() {
      for (const client of clients) await client.dispose();
      await harness.close();
    },
  };
}

/** A subscription's results as they come, read one at a time. */
export interface Subscription<T> {
  next(): Promise<ExecutionResult<T>>;
  /** Resolves once the server completed it (or it failed: then with the error). */
  ended: Promise<unknown>;
  stop(): void;
}

export function subscribe<T, V extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<T, V> | string,
  variables: V,
): Subscription<T> {
  const results: Array<ExecutionResult<T>> = [];
  const waiting: Array<(result: ExecutionResult<T>) => void> = [];
  let end!: (value: unknown) => void;
  const ended = new Promise((resolve) => (end = resolve));
  const stop = client.subscribe<T>(
    { query: typeof document === "string" ? document : print(document), variables },
    {
      next: (result) => {
        const reader = waiting.shift();
        if (reader) reader(result as ExecutionResult<T>);
        else results.push(result as ExecutionResult<T>);
      },
      error: (error) => end(error),
      complete: () => end("complete"),
    },
  );
  return {
    next: () => {
      const result = results.shift();
      return result ? Promise.resolve(result) : new Promise((resolve) => waiting.push(resolve));
    },
    ended,
    stop,
  };
}
