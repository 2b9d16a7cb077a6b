// What `npm start` gives a newcomer, with no set-up: chatql on its embedded emulator (the default
// configuration), a subscription over WebSocket, and the first sendMessage arriving through it,
// through the emulator's real webhook to chatql's own /twilio/events.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, expect, it } from "vitest";
import { CreateChannelDocument, CreateServiceDocument, MessageEventsDocument, SendMessageDocument } from "../../examples/client/graphql.js";
import { loadConfig } from "../../src/config.js";
import { startChatql, type RunningChatql } from "../../src/server/start.js";
import { dataOf, postGraphQL } from "../graphql/harness.js";
import { TEST_LOG_LEVEL } from "../support/test-logs.js";
import { subscribe } from "./live-harness.js";

let dataDir: string;
let chatql: RunningChatql;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "chatql-live-"));
  chatql = await startChatql(loadConfig({ PORT: "0", CHATQL_DATA_DIR: dataDir, LOG_LEVEL: TEST_LOG_LEVEL }));
});
afterAll(async () => {
  await chatql.close();
  await rm(dataDir, { recursive: true, force: true });
});

it("delivers the first sendMessage to a subscriber, with nothing configured", async () => {
  const url = chatql.graphqlUrl;
  const service = dataOf(await postGraphQL(url, CreateServiceDocument, { input: { friendlyName: "first" } })).createService.service!;
  const input = { serviceSid: service.sid, friendlyName: "general" };
  const channel = dataOf(await postGraphQL(url, CreateChannelDocument, { input })).createChannel.channel!;
  const client = createClient({ url: url.replace(/^http/, "ws"), webSocketImpl: WebSocket, retryAttempts: 0 });
  try {
    const listening = chatql.live.nextSubscription();
    const events = subscribe(client, MessageEventsDocument, { channel: channel.id });
    await listening;
    // No webhookEnabled: the embedded emulator's account-level event target observes every action.
    const message = { serviceSid: service.sid, channelSid: channel.sid, body: "hello, live world", from: "newcomer" };
    await postGraphQL(url, SendMessageDocument, { input: message });
    const event = (await events.next()).data?.messageEvents;
    expect(event).toMatchObject({ kind: "ADDED", actorIdentity: "newcomer", message: { body: "hello, live world" } });
  } finally {
    await client.dispose();
  }
});
