// Redis going away and coming back under a running chatql (CHATQL_REDIS_URL, with a password):
// queries keep working (the concurrency limit falls back to this replica, and says so), open
// subscriptions end with SUBSCRIPTIONS_UNAVAILABLE, new ones are refused with it, /readyz is 503
// and says why; once Redis is back, subscriptions work again with nothing restarted. A Redis that
// stalls with its connections open counts as down, found by a PING. The Redis
// password appears in no log line, readiness answer or metric.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateChannelDocument,
  CreateServiceDocument,
  GetServiceDocument,
  MessageEventsDocument,
  SendMessageDocument,
} from "../../examples/client/graphql.js";
import { dataOf } from "../graphql/harness.js";
import { redisAvailable, startRedis, type RedisServer } from "../support/redis-server.js";
import { subscribe } from "./live-harness.js";
import { eventually, startReplicas, type Replica, type Replicas } from "./replica-harness.js";

const PASSWORD = "redis-pass-do-not-log";

describe.skipIf(!redisAvailable())("Redis down, then back", () => {
  let redis: RedisServer;
  let deployment: Replicas;
  let chatql: Replica;
  let serviceSid: string;
  let channel: { id: string; sid: string };

  beforeAll(async () => {
    redis = await startRedis({ password: PASSWORD });
    deployment = await startReplicas(1, { CHATQL_REDIS_URL: redis.url });
    chatql = deployment.replicas[0]!;
    serviceSid = dataOf(await chatql.execute(CreateServiceDocument, { input: { friendlyName: "outage" } })).createService.service!.sid;
    channel = dataOf(await chatql.execute(CreateChannelDocument, { input: { serviceSid, friendlyName: "general" } })).createChannel
      .channel!;
  });
  afterAll(async () => {
    await deployment?.close();
    await redis?.stop();
  });

  async function subscribed() {
    const listening = chatql.chatql.live.nextSubscription();
    const events = subscribe(chatql.client(), MessageEventsDocument, { channel: channel.id });
    await listening;
    return events;
  }

  const send = (body: string) => chatql.execute(SendMessageDocument, { input: { serviceSid, channelSid: channel.sid, body } });

  it("works through Redis while it is up", async () => {
    expect(await chatql.readyz()).toEqual({ status: 200, body: { ready: true, upstream: "ok", redis: "ok" } });
    const events = await subscribed();
    dataOf(await send("before"));
    expect((await events.next()).data?.messageEvents.message?.body).toBe("before");
    events.stop();
  });

  it("Redis stopped: subscriptions end with a clear error, /readyz says why, queries keep working", async () => {
    const open = await subscribed();
    await redis.stop();

    const ended = await open.next();
    expect(ended.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      [
        "SUBSCRIPTIONS_UNAVAILABLE",
        expect.stringMatching(/^Live events are unavailable \(.+\): the subscription ended; queries still work, subscribe again later$/),
      ],
    ]);
    expect(await open.ended).toBe("complete");

    const readiness = await chatql.readyz();
    expect(readiness.status).toBe(503);
    expect(readiness.body).toMatchObject({ ready: false, upstream: "ok", redis: expect.stringMatching(/^down: /) });

    // A query: the upstream is fine, and the concurrency limit is kept within this replica meanwhile.
    const service = dataOf(await chatql.execute(GetServiceDocument, { sid: serviceSid })).service;
    expect(service?.sid).toBe(serviceSid);
    expect(await chatql.metric("chatql_upstream_concurrency_shared")).toBe(0);
    expect(chatql.logs.some((line) => line.msg === "upstream concurrency limit enforced per replica only: Redis unavailable")).toBe(true);
    expect(await chatql.metric("chatql_redis_up")).toBe(0);

    // A new subscription is refused with the same code.
    const refused = subscribe(chatql.client(), MessageEventsDocument, { channel: channel.id });
    expect((await refused.next()).errors?.map((error) => error.extensions?.code)).toEqual(["SUBSCRIPTIONS_UNAVAILABLE"]);
  });

  it("Redis back: ready again, and subscriptions deliver again (nothing restarted)", async () => {
    await redis.restart();
    await eventually("/readyz is 200 again", async () => (await chatql.readyz()).status === 200, 10_000);
    expect((await chatql.readyz()).body).toMatchObject({ redis: "ok" });
    const events = await subscribed();
    dataOf(await send("after"));
    expect((await events.next()).data?.messageEvents.message?.body).toBe("after");
    expect(await chatql.metric("chatql_redis_up")).toBe(1);
    expect(await chatql.metric("chatql_upstream_concurrency_shared")).toBe(1);
  });

  it("Redis stalled (connections open, nothing answered): the same as down, until it answers again", async () => {
    const open = await subscribed();
    redis.pause();
    try {
      // Within a PING interval and the command timeout.
      const ended = await open.next();
      expect(ended.errors?.map((error) => error.extensions?.code)).toEqual(["SUBSCRIPTIONS_UNAVAILABLE"]);
      expect(await chatql.readyz()).toMatchObject({ status: 503, body: { ready: false, redis: "down: not answering (timed out)" } });
      expect(await chatql.metric("chatql_redis_up")).toBe(0);
      const refused = subscribe(chatql.client(), MessageEventsDocument, { channel: channel.id });
      expect((await refused.next()).errors?.map((error) => error.extensions?.code)).toEqual(["SUBSCRIPTIONS_UNAVAILABLE"]);
    } finally {
      redis.resume();
    }
    await eventually("/readyz is 200 again", async () => (await chatql.readyz()).status === 200, 10_000);
    const events = await subscribed();
    dataOf(await send("after the stall"));
    expect((await events.next()).data?.messageEvents.message?.body).toBe("after the stall");
    events.stop();
  }, 30_000); // a stall is two missed PINGs: up to ~6 s to see, and as long to see the answers again

  it("never shows the Redis password: not in logs, /readyz or /metrics", async () => {
    const metrics = await (await fetch(`${chatql.base}/metrics`)).text();
    const readiness = JSON.stringify((await chatql.readyz()).body);
    for (const text of [chatql.logs.map((line) => line.raw).join("\n"), metrics, readiness]) expect(text).not.toContain(PASSWORD);
    // The outage was logged, without where Redis is.
    const warned = chatql.logs.filter((line) => line.msg === "redis: live events unavailable");
    expect(warned.length).toBeGreaterThan(0);
    expect(JSON.stringify(warned)).not.toContain(String(redis.port));
  });
});
