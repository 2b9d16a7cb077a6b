// Two chatql replicas on one emulator and one Redis (CHATQL_REDIS_URL): an event delivered to one
// replica reaches subscribers of the other, through the real emulator webhook path; a delivery
// retried to the other replica is published once (the dedup state is in Redis); and each
// subscriber still sees only its own account's events.

import twilio from "twilio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AddMemberDocument,
  CreateChannelDocument,
  CreateServiceDocument,
  MessageEventsDocument,
  SendMessageDocument,
} from "../../examples/client/graphql.js";
import { ACCOUNT, dataOf } from "../graphql/harness.js";
import { redisAvailable, startRedis, type RedisServer } from "../support/redis-server.js";
import { subscribe } from "./live-harness.js";
import { startReplicas, type Replica, type Replicas } from "./replica-harness.js";

const OTHER_ACCOUNT = { accountSid: "AC" + "2".repeat(32), authToken: "other-account-token" };

describe.skipIf(!redisAvailable())("two replicas through Redis", () => {
  let redis: RedisServer;
  let deployment: Replicas;
  let a: Replica;
  let b: Replica;
  let serviceSid: string;

  beforeAll(async () => {
    redis = await startRedis();
    // Both replicas accept webhooks signed for a second account too (its events must reach nobody here).
    deployment = await startReplicas(2, {
      CHATQL_REDIS_URL: redis.url,
      CHATQL_WEBHOOK_AUTH_TOKEN: `${ACCOUNT.accountSid}:${ACCOUNT.authToken},${OTHER_ACCOUNT.accountSid}:${OTHER_ACCOUNT.authToken}`,
    });
    [a, b] = deployment.replicas as [Replica, Replica];
    serviceSid = dataOf(await a.execute(CreateServiceDocument, { input: { friendlyName: "replicas" } })).createService.service!.sid;
  });
  afterAll(async () => {
    await deployment?.close();
    await redis?.stop();
  });

  async function newChannel(name: string) {
    return dataOf(await a.execute(CreateChannelDocument, { input: { serviceSid, friendlyName: name } })).createChannel.channel!;
  }

  /** A subscription on `replica`, resolved once that replica listens for it. */
  async function subscribedOn(replica: Replica, channelId: string) {
    const listening = replica.chatql.live.nextSubscription();
    const events = subscribe(replica.client(), MessageEventsDocument, { channel: channelId });
    await listening;
    return events;
  }

  it("a message sent through GraphQL on replica A reaches a subscriber on replica B (emulator webhook → A → Redis → B)", async () => {
    const channel = await newChannel("across");
    await a.execute(AddMemberDocument, { input: { serviceSid, channelSid: channel.sid, identity: "alice" } });
    const onB = await subscribedOn(b, channel.id);
    const publishedOnA = await a.metric('chatql_webhook_requests_total{outcome="published"}');
    const receivedOnB = await b.metric('chatql_webhook_requests_total{outcome="published"}');

    const sent = dataOf(
      await a.execute(SendMessageDocument, { input: { serviceSid, channelSid: channel.sid, body: "hi from A", from: "alice" } }),
    ).sendMessage.message!;
    const event = (await onB.next()).data?.messageEvents;
    expect(event).toMatchObject({ kind: "ADDED", actorIdentity: "alice", messageId: sent.id, message: { body: "hi from A" } });
    // The webhook went to A only: B heard it through Redis.
    expect(await a.metric('chatql_webhook_requests_total{outcome="published"}')).toBeGreaterThan(publishedOnA);
    expect(await b.metric('chatql_webhook_requests_total{outcome="published"}')).toBe(receivedOnB);
    expect(await b.metric("chatql_redis_up")).toBe(1);
  });

  describe("hand-delivered webhooks", () => {
    let channel: { id: string; sid: string };
    let counter = 0;

    beforeAll(async () => {
      channel = await newChannel("retries");
    });

    function messageSent(account = ACCOUNT, retryCount = 0, body = `event ${++counter}`): Record<string, string> {
      return {
        EventType: "onMessageSent",
        AccountSid: account.accountSid,
        InstanceSid: serviceSid,
        ChannelSid: channel.sid,
        MessageSid: "IM" + (1000 + counter).toString(16).padStart(32, "0"),
        Index: String(counter),
        Body: body,
        From: "twilio",
        Attributes: "{}",
        DateCreated: "2026-01-01T00:00:00Z",
        Source: "SDK",
        RetryCount: String(retryCount),
      };
    }

    async function deliver(replica: Replica, params: Record<string, string>, token = ACCOUNT.authToken) {
      const signature = twilio.getExpectedTwilioSignature(token, replica.eventsUrl, params);
      const response = await fetch(replica.eventsUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature },
        body: new URLSearchParams(params).toString(),
      });
      return { status: response.status, text: await response.text() };
    }

    it("a delivery retried to the other replica is published once", async () => {
      const onA = await subscribedOn(a, channel.id);
      const onB = await subscribedOn(b, channel.id);
      const first = messageSent();
      expect(await deliver(a, first)).toMatchObject({ status: 200 });
      // Twilio's retry of the same event (only RetryCount differs), landing on the other replica.
      const duplicates = await b.metric('chatql_webhook_requests_total{outcome="duplicate"}');
      expect(await deliver(b, { ...first, RetryCount: "1" })).toMatchObject({ status: 200 });
      expect(await b.metric('chatql_webhook_requests_total{outcome="duplicate"}')).toBe(duplicates + 1);
      const next = messageSent();
      expect(await deliver(b, next)).toMatchObject({ status: 200 });
      // Each subscriber gets the first event, then the next one: the retry in between was not published.
      for (const events of [onA, onB]) {
        expect((await events.next()).data?.messageEvents.message?.body).toBe(first.Body);
        expect((await events.next()).data?.messageEvents.message?.body).toBe(next.Body);
      }
      onA.stop();
      onB.stop();
    });

    it("subscribers on every replica see only their own account's events", async () => {
      const onB = await subscribedOn(b, channel.id);
      // The same channel SID, but another account's event (signed with that account's token), published on A.
      expect(await deliver(a, messageSent(OTHER_ACCOUNT, 0, "not yours"), OTHER_ACCOUNT.authToken)).toMatchObject({ status: 200 });
      expect(await deliver(a, messageSent(ACCOUNT, 0, "yours"))).toMatchObject({ status: 200 });
      const event = await onB.next();
      // The message itself does not exist upstream; the event describes it.
      expect(event.data?.messageEvents).toMatchObject({ kind: "ADDED", message: { body: "yours" } });
      onB.stop();
    });
  });
});
