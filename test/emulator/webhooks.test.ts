// The emulator sends Twilio's webhooks: pre-events (awaited; a refusal blocks the action) and
// post-events (queued, retried) to a service's URLs for the events in its filters, to a channel's
// webhooks, and to the emulator-only account-level event target; each signed as Twilio signs
// (checked with the official `twilio` package's validateRequest). A test never sleeps: it waits for
// requests to arrive at a real HTTP target, and proves that something was not sent by the order in
// which a later, expected request arrives (deliveries to one URL keep the order of their events).

import twilio from "twilio";
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator, type WebhookAttempt, type WebhookOptions } from "../../src/emulator/index.js";
import { EVENT_TARGET_RETRIES, POST_EVENTS, WEBHOOK_RETRIES_MAX } from "../../src/emulator/limits.js";
import { startWebhookReceiver, type Answer, type ReceivedWebhook, type WebhookReceiver } from "../support/webhook-receiver.js";
import { ACCOUNT, call, expectTwilioError, form, TOKEN, twilioClient } from "./helpers.js";

const ENABLED = { "X-Twilio-Webhook-Enabled": "true" };
/** What every webhook of a request to the service's REST API carries, first try. */
const envelope = (serviceSid: string) => ({
  AccountSid: ACCOUNT,
  InstanceSid: serviceSid,
  ServiceSid: serviceSid,
  Source: "API",
  RetryCount: "0",
});

interface Setup {
  emulator: RunningEmulator;
  receiver: WebhookReceiver;
  reports: WebhookAttempt[];
  /** Resolves with the `nth` report matching `match` (already made or still to come). */
  report(match: (report: WebhookAttempt) => boolean, nth?: number): Promise<WebhookAttempt>;
}

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const thing of open.splice(0).reverse()) await thing.close();
});

async function setup(answer?: (webhook: ReceivedWebhook) => Answer, webhooks: Omit<WebhookOptions, "onWebhook"> = {}): Promise<Setup> {
  const receiver = await startWebhookReceiver(answer);
  open.push(receiver);
  const reports: WebhookAttempt[] = [];
  const waiters: Array<{ match: (r: WebhookAttempt) => boolean; nth: number; resolve: (r: WebhookAttempt) => void }> = [];
  const emulator = await startEmulator({
    accounts: [{ accountSid: ACCOUNT, authToken: TOKEN }],
    webhooks: {
      retryDelayMs: 1,
      ...webhooks,
      onWebhook: (report) => {
        reports.push(report);
        for (const waiter of waiters.filter((w) => reports.filter(w.match).length === w.nth)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(report);
        }
      },
    },
  });
  open.push(emulator);
  return {
    emulator,
    receiver,
    reports,
    report: (match, nth = 1) => {
      const seen = reports.filter(match)[nth - 1];
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ match, nth, resolve }));
    },
  };
}

type Params = Record<string, string | string[]>;

/** POST `params` (with `headers`) and answer the raw result. */
const send = (emulator: RunningEmulator, path: string, params: Params, headers: Record<string, string> = {}) =>
  call(emulator, "POST", path, { body: form(params), headers });

async function post(emulator: RunningEmulator, path: string, params: Params, headers: Record<string, string> = {}) {
  const res = await send(emulator, path, params, headers);
  expect(res.status, res.text).toBeLessThan(300);
  return res.json;
}

/** A service whose post-event URL is `url`, for the events `filters`, with more `settings`. */
const hooked = (emulator: RunningEmulator, url: string, filters: string[], settings: Params = {}) =>
  service(emulator, { PostWebhookUrl: url, WebhookFilters: filters, ...settings });

/** A service whose settings are `settings` (service update parameters). */
async function service(emulator: RunningEmulator, settings: Record<string, string | string[]> = {}): Promise<string> {
  const { sid } = await post(emulator, "/v2/Services", { FriendlyName: "hooks" });
  if (Object.keys(settings).length > 0) await post(emulator, `/v2/Services/${sid}`, settings);
  return sid;
}

async function channel(emulator: RunningEmulator, serviceSid: string, params: Record<string, string> = {}): Promise<string> {
  return (await post(emulator, `/v2/Services/${serviceSid}/Channels`, { FriendlyName: "general", ...params })).sid;
}

const messagesPath = (serviceSid: string, channelSid: string) => `/v2/Services/${serviceSid}/Channels/${channelSid}/Messages`;

function expectSigned(webhook: ReceivedWebhook, token = TOKEN): void {
  const signature = webhook.headers["x-twilio-signature"];
  expect(typeof signature).toBe("string");
  expect(twilio.validateRequest(token, signature as string, webhook.url, webhook.signedParams)).toBe(true);
}

describe("post-event webhooks of a service", () => {
  it("POSTs onMessageSent with Twilio's parameters, signed, once the message exists", async () => {
    const { emulator, receiver } = await setup();
    const sid = await service(emulator, { PostWebhookUrl: `${receiver.base}/post`, WebhookFilters: ["onMessageSent"] });
    const ch = await channel(emulator, sid);
    const params = { Body: "hello & welcome", From: "alice", Attributes: '{"mood":"good"}' };
    const message = await post(emulator, messagesPath(sid, ch), params, ENABLED);

    const [webhook] = await receiver.waitFor(1);
    expect(webhook!.method).toBe("POST");
    expect(webhook!.path).toBe("/post");
    expect(webhook!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(webhook!.params).toEqual({
      EventType: "onMessageSent",
      ...envelope(sid),
      ChannelSid: ch,
      MessageSid: message.sid,
      Index: "0",
      Body: "hello & welcome",
      From: "alice",
      Attributes: '{"mood":"good"}',
      DateCreated: message.date_created,
    });
    expectSigned(webhook!);
    const signature = webhook!.headers["x-twilio-signature"] as string;
    expect(twilio.validateRequest("another-token", signature, webhook!.url, webhook!.signedParams)).toBe(false);
  });

  it("fires for the official client's xTwilioWebhookEnabled, and never without it", async () => {
    const { emulator, receiver } = await setup();
    const sid = await service(emulator, { PostWebhookUrl: `${receiver.base}/post`, WebhookFilters: ["onMessageSent"] });
    const ch = await channel(emulator, sid);
    const messages = twilioClient(emulator).chat.v2.services(sid).channels(ch).messages;
    await messages.create({ body: "no header" });
    await messages.create({ body: "header false", xTwilioWebhookEnabled: "false" });
    await messages.create({ body: "header true", xTwilioWebhookEnabled: "true" });
    // The one with the header is the first to arrive: the two before it were never sent.
    const [first] = await receiver.waitFor(1);
    expect(first!.params).toMatchObject({ Body: "header true", Index: "2" });
  });

  it("sends only the events in webhook_filters", async () => {
    const { emulator, receiver } = await setup();
    const sid = await service(emulator, { PostWebhookUrl: `${receiver.base}/post`, WebhookFilters: ["onMemberAdded"] });
    const ch = await channel(emulator, sid, {});
    await post(emulator, messagesPath(sid, ch), { Body: "not in the filters" }, ENABLED);
    await post(emulator, `/v2/Services/${sid}/Channels/${ch}/Members`, { Identity: "bob" }, ENABLED);
    const [first] = await receiver.waitFor(1);
    expect(first!.params.EventType).toBe("onMemberAdded");
  });

  it("uses webhook_method GET: parameters in the query string, signed as part of the URL", async () => {
    const { emulator, receiver } = await setup();
    const sid = await hooked(emulator, `${receiver.base}/get?app=1`, ["onMessageSent"], { WebhookMethod: "GET" });
    const ch = await channel(emulator, sid);
    await post(emulator, messagesPath(sid, ch), { Body: "a b+c" }, ENABLED);
    const [webhook] = await receiver.waitFor(1);
    expect(webhook!.method).toBe("GET");
    expect(webhook!.params).toMatchObject({ app: "1", EventType: "onMessageSent", Body: "a b+c", RetryCount: "0" });
    expectSigned(webhook!);
  });

  it("retries a 503 post_webhook_retry_count times, each attempt with its RetryCount and its own signature", async () => {
    const { emulator, receiver, report } = await setup((webhook) => (webhook.index < 2 ? 503 : 200));
    const sid = await hooked(emulator, `${receiver.base}/post`, ["onMessageSent"], { PostWebhookRetryCount: "2" });
    const ch = await channel(emulator, sid);
    await post(emulator, messagesPath(sid, ch), { Body: "again" }, ENABLED);
    const attempts = await receiver.waitFor(3);
    expect(attempts.map((a) => a.params.RetryCount)).toEqual(["0", "1", "2"]);
    for (const attempt of attempts) expectSigned(attempt);
    const { RetryCount: _r, ...first } = attempts[0]!.params;
    const { RetryCount: _l, ...last } = attempts[2]!.params;
    expect(last).toEqual(first);
    expect(await report((r) => r.outcome === "delivered")).toMatchObject({ attempt: 2, status: 200 });
  });

  it("gives up after the last retry (just over the count) and never retries an answer that is not 429/503/504", async () => {
    const { emulator, receiver, report } = await setup((webhook) => (webhook.path === "/busy" ? 503 : 500));
    const busy = await hooked(emulator, `${receiver.base}/busy`, ["onChannelAdded"], { PostWebhookRetryCount: "1" });
    await post(emulator, `/v2/Services/${busy}/Channels`, { FriendlyName: "x" }, ENABLED);
    expect(await report((r) => r.url.endsWith("/busy") && r.outcome === "failed")).toMatchObject({ attempt: 1, status: 503 });
    const broken = await hooked(emulator, `${receiver.base}/broken`, ["onChannelAdded"], { PostWebhookRetryCount: "3" });
    await post(emulator, `/v2/Services/${broken}/Channels`, { FriendlyName: "y" }, ENABLED);
    expect(await report((r) => r.url.endsWith("/broken") && r.outcome === "failed")).toMatchObject({ attempt: 0, status: 500 });
    expect(receiver.received.filter((w) => w.path === "/busy")).toHaveLength(2);
    expect(receiver.received.filter((w) => w.path === "/broken")).toHaveLength(1);
  });

  it(`caps a service's retry count at WEBHOOK_RETRIES_MAX (${WEBHOOK_RETRIES_MAX})`, async () => {
    const { emulator, receiver, report } = await setup(() => 503);
    const sid = await hooked(emulator, `${receiver.base}/post`, ["onChannelAdded"], { PostWebhookRetryCount: "1000" });
    await post(emulator, `/v2/Services/${sid}/Channels`, { FriendlyName: "x" }, ENABLED);
    expect(await report((r) => r.outcome === "failed")).toMatchObject({ attempt: WEBHOOK_RETRIES_MAX });
    expect(receiver.received).toHaveLength(WEBHOOK_RETRIES_MAX + 1);
  });
});

describe("the event of every operation that has one", () => {
  it("sends each post-event with the parameters docs/emulator.md lists", async () => {
    const { emulator, receiver } = await setup();
    const sid = await hooked(emulator, `${receiver.base}/post`, [...POST_EVENTS]);
    const base = `/v2/Services/${sid}`;
    const channelForm = { FriendlyName: "ops", UniqueName: "ops", Type: "private", CreatedBy: "carol", Attributes: '{"a":1}' };
    const ch = await post(emulator, `${base}/Channels`, channelForm, ENABLED);
    await post(emulator, `${base}/Channels/ops`, { FriendlyName: "ops room" }, ENABLED);
    const user = await post(emulator, `${base}/Users`, { Identity: "dave", FriendlyName: "Dave" }, ENABLED);
    await post(emulator, `${base}/Users/dave`, { FriendlyName: "David" }, ENABLED);
    const member = await post(emulator, `${base}/Channels/ops/Members`, { Identity: "dave" }, ENABLED);
    await post(emulator, `${base}/Channels/ops/Members/dave`, { LastConsumedMessageIndex: "0" }, ENABLED);
    const message = await post(emulator, `${base}/Channels/ops/Messages`, { Body: "hi", From: "dave" }, ENABLED);
    const media = await post(emulator, `${base}/Channels/ops/Messages`, { MediaSid: "ME" + "a".repeat(32), From: "dave" }, ENABLED);
    await post(emulator, `${base}/Channels/ops/Messages/${message.sid}`, { Body: "hi!", LastUpdatedBy: "dave" }, ENABLED);
    expect((await call(emulator, "DELETE", `${base}/Channels/ops/Messages/${media.sid}`, { headers: ENABLED })).status).toBe(204);
    expect((await call(emulator, "DELETE", `${base}/Users/dave/Channels/ops`, { headers: ENABLED })).status).toBe(204);
    const erin = await post(emulator, `${base}/Channels/ops/Members`, { Identity: "erin" }, ENABLED);
    expect((await call(emulator, "DELETE", `${base}/Channels/ops/Members/erin`, { headers: ENABLED })).status).toBe(204);
    expect((await call(emulator, "DELETE", `${base}/Channels/ops`, { headers: ENABLED })).status).toBe(204);

    // A user made by adding a member sends no onUserAdded (docs/emulator.md).
    const all = await receiver.waitFor(14);
    for (const webhook of all) expectSigned(webhook);
    const common = envelope(sid);
    const channelParams = {
      ChannelSid: ch.sid,
      ChannelType: "private",
      UniqueName: "ops",
      Attributes: '{"a":1}',
      CreatedBy: "carol",
      DateCreated: ch.date_created,
    };
    const userParams = { UserSid: user.sid, Identity: "dave", Attributes: "{}", RoleSid: user.role_sid, DateCreated: user.date_created };
    const daveParams = { ChannelSid: ch.sid, MemberSid: member.sid, Identity: "dave", RoleSid: member.role_sid, Attributes: "{}" };
    const erinParams = { ChannelSid: ch.sid, MemberSid: erin.sid, Identity: "erin", RoleSid: erin.role_sid, Attributes: "{}" };
    const erinDates = { DateCreated: erin.date_created, DateUpdated: erin.date_updated };
    const hiParams = { ChannelSid: ch.sid, MessageSid: message.sid, Index: "0", From: "dave", Attributes: "{}" };
    const hiCreated = { DateCreated: message.date_created };
    const daveCreated = { DateCreated: member.date_created };
    const consumed = { LastConsumedMessageIndex: "0" };
    const mediaParams = {
      ChannelSid: ch.sid,
      MessageSid: media.sid,
      Index: "1",
      Body: "",
      From: "dave",
      Attributes: "{}",
      DateCreated: media.date_created,
      MediaSid: "ME" + "a".repeat(32),
    };
    const updated = { DateUpdated: expect.any(String) };
    const counts = { MembersCount: "0", MessagesCount: "1" };
    expect(all.map((w) => w.params)).toEqual([
      { ...common, EventType: "onChannelAdded", ...channelParams, FriendlyName: "ops", DateUpdated: ch.date_updated },
      { ...common, EventType: "onChannelUpdated", ...channelParams, FriendlyName: "ops room", DateUpdated: expect.any(String) },
      { ...common, EventType: "onUserAdded", ...userParams, FriendlyName: "Dave", DateUpdated: user.date_updated },
      { ...common, EventType: "onUserUpdated", ...userParams, FriendlyName: "David", ...updated },
      { ...common, EventType: "onMemberAdded", ...daveParams, Reason: "ADDED", ...daveCreated, DateUpdated: member.date_updated },
      { ...common, EventType: "onMemberUpdated", ...daveParams, ...consumed, ...daveCreated, ...updated },
      { ...common, EventType: "onMessageSent", ...hiParams, Body: "hi", ...hiCreated },
      { ...common, EventType: "onMediaMessageSent", ...mediaParams },
      { ...common, EventType: "onMessageUpdated", ...hiParams, Body: "hi!", ...hiCreated, ...updated, ModifiedBy: "dave" },
      { ...common, EventType: "onMessageRemoved", ...mediaParams },
      { ...common, EventType: "onMemberRemoved", ...daveParams, ...consumed, Reason: "LEFT", ...daveCreated, ...updated },
      { ...common, EventType: "onMemberAdded", ...erinParams, Reason: "ADDED", ...erinDates },
      { ...common, EventType: "onMemberRemoved", ...erinParams, Reason: "REMOVED", ...erinDates },
      { ...common, EventType: "onChannelDestroyed", ...channelParams, FriendlyName: "ops room", ...updated, ...counts },
    ]);
  });
});

describe("pre-event webhooks", () => {
  const list = async (emulator: RunningEmulator, path: string) => (await call(emulator, "GET", path)).json;

  it("calls the pre-event URL before the action, without the SID it does not have yet, and goes on after a 2xx", async () => {
    const { emulator, receiver } = await setup();
    const sid = await service(emulator, { PreWebhookUrl: `${receiver.base}/pre`, WebhookFilters: ["onMessageSend"] });
    const ch = await channel(emulator, sid);
    const message = await post(emulator, messagesPath(sid, ch), { Body: "may I?", From: "alice" }, ENABLED);
    const [webhook] = receiver.received;
    expect(webhook!.params).toEqual({
      EventType: "onMessageSend",
      ...envelope(sid),
      ChannelSid: ch,
      Body: "may I?",
      From: "alice",
      Attributes: "{}",
    });
    expectSigned(webhook!);
    expect(message.body).toBe("may I?");
  });

  it("blocks the action with 403 / 20403 when the answer is not 2xx, and writes nothing", async () => {
    const { emulator, receiver } = await setup(() => 403);
    const sid = await service(emulator, { PreWebhookUrl: `${receiver.base}/pre`, WebhookFilters: ["onMessageSend", "onChannelDestroy"] });
    const ch = await channel(emulator, sid);
    const refused = await call(emulator, "POST", messagesPath(sid, ch), { body: form({ Body: "spam" }), headers: ENABLED });
    expectTwilioError(refused, 403, 20403);
    expect(refused.json.message).toBe("The service's pre-event webhook refused onMessageSend: it answered 403");
    expect((await list(emulator, messagesPath(sid, ch))).messages).toEqual([]);
    expectTwilioError(await call(emulator, "DELETE", `/v2/Services/${sid}/Channels/${ch}`, { headers: ENABLED }), 403, 20403);
    expect((await call(emulator, "GET", `/v2/Services/${sid}/Channels/${ch}`)).status).toBe(200);
    // Without the header the pre-event is not fired and the action goes through.
    expect((await call(emulator, "POST", messagesPath(sid, ch), { body: form({ Body: "fine" }) })).status).toBe(201);
    expect(receiver.received).toHaveLength(2);
  });

  it("retries a 503 up to pre_webhook_retry_count: allowed when the last try answers 2xx, blocked one retry short", async () => {
    const { emulator, receiver } = await setup((webhook) => (webhook.index % 3 < 2 ? 503 : 200));
    const preHooked = (retries: string) =>
      service(emulator, { PreWebhookUrl: `${receiver.base}/pre`, WebhookFilters: ["onChannelAdd"], PreWebhookRetryCount: retries });
    const enough = await preHooked("2");
    expect((await send(emulator, `/v2/Services/${enough}/Channels`, { FriendlyName: "ok" }, ENABLED)).status).toBe(201);
    expect(receiver.received.map((w) => w.params.RetryCount)).toEqual(["0", "1", "2"]);
    const short = await preHooked("1");
    const refused = await send(emulator, `/v2/Services/${short}/Channels`, { FriendlyName: "no" }, ENABLED);
    expectTwilioError(refused, 403, 20403);
    expect(refused.json.message).toMatch(/answered 503$/);
    expect((await list(emulator, `/v2/Services/${short}/Channels?Type=public&Type=private`)).channels).toEqual([]);
  });

  it("blocks when the target does not answer within the timeout, and not when it answers in time", async () => {
    const { emulator, receiver } = await setup((webhook) => (webhook.path === "/slow" ? "hold" : 200), { timeoutMs: 200 });
    const quick = await service(emulator, { PreWebhookUrl: `${receiver.base}/quick`, WebhookFilters: ["onChannelAdd"] });
    expect((await send(emulator, `/v2/Services/${quick}/Channels`, { FriendlyName: "a" }, ENABLED)).status).toBe(201);
    const slow = await service(emulator, { PreWebhookUrl: `${receiver.base}/slow`, WebhookFilters: ["onChannelAdd"] });
    const refused = await call(emulator, "POST", `/v2/Services/${slow}/Channels`, { body: form({ FriendlyName: "b" }), headers: ENABLED });
    expectTwilioError(refused, 403, 20403);
    expect(refused.json.message).toMatch(/did not answer \(timeout\)$/);
  });

  it("puts every pre-event of concurrent writes on the wire at once: none waits for a pooled connection while its timeout runs", async () => {
    const { emulator, receiver } = await setup(() => "hold");
    const sid = await service(emulator, { PreWebhookUrl: `${receiver.base}/pre`, WebhookFilters: ["onChannelAdd"] });
    const writes = Array.from({ length: 24 }, (_, i) => send(emulator, `/v2/Services/${sid}/Channels`, { FriendlyName: `c${i}` }, ENABLED));
    // All 24 reach the target while none has been answered (a pool of 16 connections held 8 back).
    expect(await receiver.waitFor(24)).toHaveLength(24);
    receiver.release(200);
    expect((await Promise.all(writes)).map((w) => w.status)).toEqual(Array(24).fill(201));
  });

  it("sees the world as it is after the wait: a channel deleted meanwhile answers 404, not a broken write", async () => {
    const ref: { emulator?: RunningEmulator } = {};
    let deleteUnderway: Promise<unknown> | undefined;
    const { emulator, receiver } = await setup((webhook) => {
      // While the pre-event is pending, the channel goes away (without a header: no pre-event of its own).
      const { EventType, InstanceSid, ChannelSid } = webhook.params;
      const channelPath = `/v2/Services/${InstanceSid}/Channels/${ChannelSid}`;
      if (EventType === "onMessageSend") deleteUnderway = call(ref.emulator!, "DELETE", channelPath);
      return "hold";
    });
    ref.emulator = emulator;
    const sid = await service(emulator, { PreWebhookUrl: `${receiver.base}/pre`, WebhookFilters: ["onMessageSend"] });
    const ch = await channel(emulator, sid);
    const sending = call(emulator, "POST", messagesPath(sid, ch), { body: form({ Body: "late" }), headers: ENABLED });
    await receiver.waitFor(1);
    await deleteUnderway;
    receiver.release(200);
    expectTwilioError(await sending, 404, 20404);
  });

  it("is not sent for an event outside webhook_filters", async () => {
    const { emulator, receiver } = await setup(() => 500);
    const sid = await service(emulator, { PreWebhookUrl: `${receiver.base}/pre`, WebhookFilters: ["onMessageUpdate"] });
    const ch = await channel(emulator, sid);
    expect((await call(emulator, "POST", messagesPath(sid, ch), { body: form({ Body: "x" }), headers: ENABLED })).status).toBe(201);
    expect(receiver.received).toEqual([]);
  });
});

describe("channel-scoped webhooks", () => {
  it("sends the channel's post-events in its filters to a webhook of type webhook, with its method and retry count", async () => {
    const { emulator, receiver } = await setup((webhook) => (webhook.path === "/channel" && webhook.params.RetryCount === "0" ? 504 : 200));
    const sid = await service(emulator);
    const ch = await channel(emulator, sid);
    const hooks = `/v2/Services/${sid}/Channels/${ch}/Webhooks`;
    await post(emulator, hooks, {
      Type: "webhook",
      "Configuration.Url": `${receiver.base}/channel`,
      "Configuration.Method": "POST",
      "Configuration.Filters": ["onMessageSent"],
      "Configuration.RetryCount": "1",
    });
    await post(emulator, hooks, { Type: "trigger", "Configuration.Url": `${receiver.base}/trigger`, "Configuration.Triggers": ["hello"] });
    await post(emulator, hooks, {
      Type: "webhook",
      "Configuration.Url": `${receiver.base}/members`,
      "Configuration.Method": "GET",
      "Configuration.Filters": ["onMemberAdded"],
    });
    await post(emulator, messagesPath(sid, ch), { Body: "hello" }, ENABLED);
    await post(emulator, `/v2/Services/${sid}/Channels/${ch}/Members`, { Identity: "zoe" }, ENABLED);
    // Deliveries to one URL keep their order; across URLs they may interleave.
    const all = await receiver.waitFor(3);
    expect(all.map((w) => [w.method, w.path, w.params.EventType, w.params.RetryCount]).sort()).toEqual([
      ["GET", "/members", "onMemberAdded", "0"],
      ["POST", "/channel", "onMessageSent", "0"],
      ["POST", "/channel", "onMessageSent", "1"],
    ]);
    for (const webhook of all) expectSigned(webhook);
  });
});

describe("the account-level event target (emulator only)", () => {
  it(`retries a 503 EVENT_TARGET_RETRIES (${EVENT_TARGET_RETRIES}) times and no more: delivered on the last try, failed one try short`, async () => {
    // The target answers 503 to the first EVENT_TARGET_RETRIES tries of /last and to every try of /never.
    const { emulator, receiver, report } = await setup((webhook) =>
      webhook.path === "/never" || webhook.index < EVENT_TARGET_RETRIES ? 503 : 200,
    );
    const sid = await service(emulator);
    emulator.setEventTarget({ url: `${receiver.base}/last` });
    await channel(emulator, sid);
    expect(await report((r) => r.url.endsWith("/last") && r.outcome === "delivered")).toMatchObject({ attempt: EVENT_TARGET_RETRIES });
    emulator.setEventTarget({ url: `${receiver.base}/never` });
    await channel(emulator, sid);
    expect(await report((r) => r.url.endsWith("/never") && r.outcome === "failed")).toMatchObject({ attempt: EVENT_TARGET_RETRIES });
    expect(receiver.received.filter((w) => w.path === "/never")).toHaveLength(EVENT_TARGET_RETRIES + 1);
  });

  it("receives every post-event of the account, X-Twilio-Webhook-Enabled or not, and no pre-event", async () => {
    const { emulator, receiver } = await setup();
    emulator.setEventTarget({ url: `${receiver.base}/events` });
    const sid = await service(emulator, { WebhookFilters: ["onMessageSend"] });
    const ch = await channel(emulator, sid);
    await post(emulator, messagesPath(sid, ch), { Body: "seen" });
    const all = await receiver.waitFor(2);
    expect(all.map((w) => [w.path, w.params.EventType])).toEqual([
      ["/events", "onChannelAdded"],
      ["/events", "onMessageSent"],
    ]);
    for (const webhook of all) expectSigned(webhook);
  });

  it("is set per account through /emulator/v1/Configuration/Webhooks, over the default, and refuses URLs it would not call", async () => {
    const { emulator, receiver } = await setup(undefined, { eventTarget: { url: "http://127.0.0.1:9/unused" } });
    const path = "/emulator/v1/Configuration/Webhooks";
    const before = (await call(emulator, "GET", path)).json;
    expect(before).toMatchObject({ account_sid: ACCOUNT, post_webhook_url: "http://127.0.0.1:9/unused", method: "POST" });
    const set = await send(emulator, path, { PostWebhookUrl: `${receiver.base}/mine`, Method: "get", Filters: ["onChannelDestroyed"] });
    expect(set.status, set.text).toBe(200);
    expect(set.json).toEqual({
      account_sid: ACCOUNT,
      post_webhook_url: `${receiver.base}/mine`,
      method: "GET",
      filters: ["onChannelDestroyed"],
      url: `${emulator.url}${path}`,
    });
    const sid = await service(emulator);
    const ch = await channel(emulator, sid);
    expect((await call(emulator, "DELETE", `/v2/Services/${sid}/Channels/${ch}`)).status).toBe(204);
    const [webhook] = await receiver.waitFor(1);
    expect([webhook!.method, webhook!.path, webhook!.params.EventType]).toEqual(["GET", "/mine", "onChannelDestroyed"]);
    expectSigned(webhook!);

    expectTwilioError(await call(emulator, "POST", path, { body: form({ PostWebhookUrl: "http://169.254.169.254/latest" }) }), 400, 20001);
    expectTwilioError(await call(emulator, "POST", path, { body: form({ Filters: "onMessageSend" }) }), 400, 20001);
    expect((await call(emulator, "POST", path, { body: form({ PostWebhookUrl: "" }) })).json.post_webhook_url).toBeNull();
    expect((await call(emulator, "GET", path, { auth: false })).status).toBe(401);
  });
});

describe("where webhooks may go (SSRF)", () => {
  it("does not call a host that is neither loopback nor named, and says so when a pre-event needs it", async () => {
    const { emulator, receiver, report } = await setup();
    const pre = { PreWebhookUrl: "http://metadata.internal/pre" };
    const sid = await hooked(emulator, "http://10.255.255.1/post", ["onMessageSent", "onChannelAdd"], pre);
    const refused = await call(emulator, "POST", `/v2/Services/${sid}/Channels`, { body: form({ FriendlyName: "x" }), headers: ENABLED });
    expectTwilioError(refused, 403, 20403);
    expect(refused.json.message).toMatch(/only to loopback addresses and to hosts named with --webhook-hosts/);
    const ch = await channel(emulator, sid);
    await post(emulator, messagesPath(sid, ch), { Body: "x" }, ENABLED);
    const refusal = await report((r) => r.type === "onMessageSent");
    expect(refusal).toMatchObject({ url: "http://10.255.255.1/post", outcome: "refused", attempt: 0 });
    expect(receiver.received).toEqual([]);
  });

  it("calls a host named in webhooks.hosts", async () => {
    const { emulator, receiver } = await setup(undefined, { hosts: ["localhost"] });
    // `localhost` is loopback anyway; a named host is matched on its name (and port, when given).
    const sid = await hooked(emulator, `${receiver.base.replace("127.0.0.1", "localhost")}/post`, ["onChannelAdded"]);
    await post(emulator, `/v2/Services/${sid}/Channels`, { FriendlyName: "x" }, ENABLED);
    expect((await receiver.waitFor(1))[0]!.params.EventType).toBe("onChannelAdded");
  });
});

describe("bounds on post-event delivery", () => {
  it("holds at most webhooks.queueMax deliveries: the one past it is dropped, those within are delivered", async () => {
    const { emulator, receiver, report } = await setup(() => "hold", { queueMax: 2 });
    const sid = await service(emulator, { PostWebhookUrl: `${receiver.base}/post`, WebhookFilters: ["onChannelAdded"] });
    for (const name of ["one", "two", "three"]) await post(emulator, `/v2/Services/${sid}/Channels`, { FriendlyName: name }, ENABLED);
    expect(await report((r) => r.outcome === "dropped")).toMatchObject({ type: "onChannelAdded", attempt: 0 });
    await receiver.waitFor(1);
    receiver.release();
    await receiver.waitFor(2);
    receiver.release();
    await report((r) => r.outcome === "delivered", 2);
    expect(receiver.received.map((w) => w.params.FriendlyName)).toEqual(["one", "two"]);
  });

  it("has at most webhooks.concurrency requests in flight: with 1, a second URL waits for the first answer, with 2 not", async () => {
    for (const concurrency of [1, 2]) {
      const { emulator, receiver } = await setup(() => "hold", { concurrency });
      const a = await service(emulator, { PostWebhookUrl: `${receiver.base}/a`, WebhookFilters: ["onChannelAdded"] });
      const b = await service(emulator, { PostWebhookUrl: `${receiver.base}/b`, WebhookFilters: ["onChannelAdded"] });
      await post(emulator, `/v2/Services/${a}/Channels`, { FriendlyName: "a" }, ENABLED);
      await receiver.waitFor(1);
      await post(emulator, `/v2/Services/${b}/Channels`, { FriendlyName: "b" }, ENABLED);
      if (concurrency === 2) {
        await receiver.waitFor(2); // both in flight at once
        receiver.release();
      } else {
        receiver.release(); // answers /a; only then may /b be sent
        await receiver.waitFor(2);
        receiver.release();
      }
      const order = concurrency === 1 ? ["arrived /a", "answered /a 200", "arrived /b"] : ["arrived /a", "arrived /b", "answered /a 200"];
      expect(receiver.timeline.slice(0, 3)).toEqual(order);
    }
  });

  it("stops cleanly with a delivery under way", async () => {
    const { emulator, receiver, report } = await setup(() => "hold");
    const sid = await service(emulator, { PostWebhookUrl: `${receiver.base}/post`, WebhookFilters: ["onChannelAdded"] });
    await post(emulator, `/v2/Services/${sid}/Channels`, { FriendlyName: "x" }, ENABLED);
    await receiver.waitFor(1);
    await emulator.close();
    expect(await report((r) => r.outcome === "failed")).toMatchObject({ failure: "aborted" });
  });
});
