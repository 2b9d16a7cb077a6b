// POST /twilio/events as an attacker and as Twilio see it: unsigned, wrongly signed, foreign or
// oversized requests are refused (403 / 413 / 400 / 415) and counted, those that cannot be
// Twilio's (a header no signature looks like, too many parameters) before any signature check; a
// signed event reaches its subscribers once however often Twilio retries it (and however often it
// is replayed, while remembered). Signatures are made with the official `twilio` package.

import twilio from "twilio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateChannelDocument, CreateServiceDocument, MessageEventsDocument } from "../../examples/client/graphql.js";
import { WEBHOOK_MAX_PARAMS } from "../../src/server/live/twilio-events.endpoint.js";
import { ACCOUNT, dataOf } from "../graphql/harness.js";
import { startLiveHarness, subscribe, type LiveHarness } from "./live-harness.js";

const MAX_BODY = 4096;
const DEDUP_MAX = 2;

let live: LiveHarness;
let serviceSid: string;
let channel: { id: string; sid: string };

beforeAll(async () => {
  live = await startLiveHarness({ env: { CHATQL_WEBHOOK_MAX_BODY_BYTES: String(MAX_BODY), CHATQL_WEBHOOK_DEDUP_MAX: String(DEDUP_MAX) } });
  // Events here are hand-made: the emulator's own deliveries would add to the counts.
  live.emulator.setEventTarget(null);
  serviceSid = dataOf(await live.execute(CreateServiceDocument, { input: { friendlyName: "events" } })).createService.service!.sid;
  channel = dataOf(await live.execute(CreateChannelDocument, { input: { serviceSid, friendlyName: "general" } })).createChannel.channel!;
});
afterAll(() => live.close());

/** A signature, but of nothing this test sends. */
const OTHER_SIGNATURE = twilio.getExpectedTwilioSignature(ACCOUNT.authToken, "http://x/", {});

let counter = 0;
/** A post-event about a message of the test's channel (its MessageSid is new each time). */
function messageSent(extra: Record<string, string> = {}): Record<string, string> {
  counter += 1;
  return {
    EventType: "onMessageSent",
    AccountSid: ACCOUNT.accountSid,
    InstanceSid: serviceSid,
    ChannelSid: channel.sid,
    MessageSid: "IM" + counter.toString(16).padStart(32, "0"),
    Index: String(counter),
    Body: `event ${counter}`,
    From: "twilio",
    Attributes: "{}",
    DateCreated: "2026-01-01T00:00:00Z",
    Source: "SDK",
    RetryCount: "0",
    ...extra,
  };
}

interface Delivery {
  signature?: string | null;
  token?: string;
  signedUrl?: string;
  body?: string;
  contentType?: string;
}

async function deliver(params: Record<string, string>, options: Delivery = {}): Promise<{ status: number; text: string }> {
  const token = options.token ?? ACCOUNT.authToken;
  const signedUrl = options.signedUrl ?? live.eventsUrl;
  const signature = options.signature === undefined ? twilio.getExpectedTwilioSignature(token, signedUrl, params) : options.signature;
  const response = await fetch(live.eventsUrl, {
    method: "POST",
    headers: {
      "content-type": options.contentType ?? "application/x-www-form-urlencoded",
      ...(signature === null ? {} : { "x-twilio-signature": signature }),
    },
    body: options.body ?? new URLSearchParams(params).toString(),
  });
  return { status: response.status, text: await response.text() };
}

async function outcomes(): Promise<Record<string, number>> {
  const text = await (await fetch(live.chatql.graphqlUrl.replace(/graphql$/, "metrics"))).text();
  const samples = [...text.matchAll(/^chatql_webhook_requests_total\{outcome="(\w+)"\} (\d+)$/gm)];
  return Object.fromEntries(samples.map(([, outcome, n]) => [outcome!, Number(n)]));
}

async function subscribed() {
  const listening = live.chatql.live.nextSubscription();
  const events = subscribe(live.client(), MessageEventsDocument, { channel: channel.id });
  await listening;
  return events;
}

describe("requests that are not Twilio's are refused, and counted", () => {
  it.each([
    ["no X-Twilio-Signature", { signature: null }, 403, "unsigned"],
    ["a signature made with another auth token", { token: "not-the-token" }, 403, "bad_signature"],
    ["a signature of another URL", { signedUrl: "http://127.0.0.1:1/twilio/events" }, 403, "bad_signature"],
    ["a signature of other parameters", { signature: OTHER_SIGNATURE }, 403, "bad_signature"],
    ["a JSON body", { contentType: "application/json" }, 415, "bad_request"],
  ])("%s", async (_name, options, status, outcome) => {
    const before = (await outcomes())[outcome] ?? 0;
    expect((await deliver(messageSent(), options as Delivery)).status).toBe(status);
    expect((await outcomes())[outcome]).toBe(before + 1);
  });

  it("an account chatql has no auth token for", async () => {
    const before = (await outcomes()).unknown_account ?? 0;
    const other = "AC" + "9".repeat(32);
    expect((await deliver(messageSent({ AccountSid: other }), { token: "their-token" })).status).toBe(403);
    expect((await outcomes()).unknown_account).toBe(before + 1);
  });

  it("a repeated parameter", async () => {
    const params = messageSent();
    const body = new URLSearchParams(params).toString() + "&Body=again";
    expect((await deliver(params, { body })).status).toBe(400);
  });

  it(`a body over CHATQL_WEBHOOK_MAX_BODY_BYTES (${MAX_BODY}) is 413 unread; one just under it is accepted`, async () => {
    const fill = (size: number) => {
      const params = messageSent({ Body: "" });
      const room = size - new URLSearchParams(params).toString().length;
      return messageSent({ Body: "x".repeat(room) });
    };
    const under = fill(MAX_BODY);
    expect(new URLSearchParams(under).toString().length).toBe(MAX_BODY);
    expect((await deliver(under)).status).toBe(200);
    const over = fill(MAX_BODY + 1);
    expect((await deliver(over)).status).toBe(413);
  });
});

describe("what cannot be Twilio's is refused before any signature check", () => {
  /** A bad-signature answer as a well-formed wrong signature gets it. */
  async function badSignatureAnswer() {
    return deliver(messageSent(), { signature: OTHER_SIGNATURE });
  }

  /** A body over CHATQL_WEBHOOK_MAX_BODY_BYTES, which is 413 once read. */
  const oversized = () => messageSent({ Body: "x".repeat(MAX_BODY) });

  it.each([
    ["too short", "abc"],
    ["28 characters without the '='", "A".repeat(28)],
    ["base64 of 19 bytes", "A".repeat(26) + "=="],
    ["a signature with a character more", OTHER_SIGNATURE + "A"],
    ["not base64", "A".repeat(26) + "!="],
    ["as long as the body", "A".repeat(MAX_BODY)],
  ])("an X-Twilio-Signature that cannot be one (%s) is answered as a wrong one, with the body unread", async (_name, signature) => {
    const wrong = await badSignatureAnswer();
    const before = (await outcomes()).bad_signature ?? 0;
    // Read, the body would be 413: the header is refused first.
    expect(await deliver(oversized(), { signature })).toEqual(wrong);
    expect((await outcomes()).bad_signature).toBe(before + 1);
  });

  it("a request without X-Twilio-Signature is refused with the body unread", async () => {
    const before = (await outcomes()).unsigned ?? 0;
    expect(await deliver(oversized(), { signature: null })).toEqual({ status: 403, text: "X-Twilio-Signature is required" });
    expect((await outcomes()).unsigned).toBe(before + 1);
  });

  /** An event of `count` parameters in all (its own, then fillers). */
  function withParams(count: number): Record<string, string> {
    const params = messageSent();
    for (let i = 0; Object.keys(params).length < count; i++) params[`Filler${i}`] = "x";
    return params;
  }

  const tooMany = { status: 400, text: `More than ${WEBHOOK_MAX_PARAMS} parameters` };

  it(`accepts a signed event of WEBHOOK_MAX_PARAMS (${WEBHOOK_MAX_PARAMS}) parameters, and refuses one more (400) whoever signed it`, async () => {
    const atBound = withParams(WEBHOOK_MAX_PARAMS);
    expect(Object.keys(atBound)).toHaveLength(WEBHOOK_MAX_PARAMS);
    expect((await deliver(atBound)).status).toBe(200);

    const before = await outcomes();
    const over = withParams(WEBHOOK_MAX_PARAMS + 1);
    expect(Object.keys(over)).toHaveLength(WEBHOOK_MAX_PARAMS + 1);
    expect(await deliver(over)).toEqual(tooMany);
    expect(await deliver(over, { signature: OTHER_SIGNATURE })).toEqual(tooMany);
    expect(await deliver({ ...over, AccountSid: "AC" + "9".repeat(32) }, { token: "their-token" })).toEqual(tooMany);
    const after = await outcomes();
    expect(after.bad_request).toBe((before.bad_request ?? 0) + 3);
    expect([after.published, after.bad_signature, after.unknown_account]).toEqual([
      before.published,
      before.bad_signature,
      before.unknown_account,
    ]);
  });

  it(`counts empty parameters too: a body of ${MAX_BODY / 2} "&" is 400, not parsed`, async () => {
    const body = `AccountSid=${ACCOUNT.accountSid}` + "&".repeat(MAX_BODY / 2);
    expect(await deliver(messageSent(), { body, signature: OTHER_SIGNATURE })).toEqual(tooMany);
  });

  it(`bounds a GET delivery's query to WEBHOOK_MAX_PARAMS (${WEBHOOK_MAX_PARAMS}) parameters too`, async () => {
    const get = async (params: Record<string, string>) => {
      const url = `${live.eventsUrl}?${new URLSearchParams(params)}`;
      const response = await fetch(url, {
        headers: { "x-twilio-signature": twilio.getExpectedTwilioSignature(ACCOUNT.authToken, url, {}) },
      });
      return { status: response.status, text: await response.text() };
    };
    expect((await get(withParams(WEBHOOK_MAX_PARAMS))).status).toBe(200);
    expect(await get(withParams(WEBHOOK_MAX_PARAMS + 1))).toEqual(tooMany);
  });
});

describe("Twilio's deliveries", () => {
  it("publishes a retried delivery of one event once, and answers every attempt 200", async () => {
    const events = await subscribed();
    const first = messageSent();
    expect((await deliver(first)).status).toBe(200);
    expect((await deliver({ ...first, RetryCount: "1" })).status).toBe(200);
    const next = messageSent();
    expect((await deliver(next)).status).toBe(200);
    // The retry never reached the subscriber: the event after it is next.
    expect((await events.next()).data?.messageEvents.message?.body).toBe(first.Body);
    expect((await events.next()).data?.messageEvents.message?.body).toBe(next.Body);
    events.stop();
  });

  it(`remembers CHATQL_WEBHOOK_DEDUP_MAX (${DEDUP_MAX}) events: a replay of one remembered is dropped, of one forgotten not`, async () => {
    const events = await subscribed();
    const [a, b, c] = [messageSent(), messageSent(), messageSent()];
    await deliver(a);
    await deliver(b);
    await deliver(a); // two remembered: a is among them
    await deliver(c); // a is forgotten now (the oldest)
    await deliver(a);
    const bodies = [];
    for (let i = 0; i < 4; i++) bodies.push((await events.next()).data?.messageEvents.message?.body);
    expect(bodies).toEqual([a.Body, b.Body, c.Body, a.Body]);
    events.stop();
  });

  it("accepts a GET delivery (webhook_method GET), signed with its query string", async () => {
    const events = await subscribed();
    const params = messageSent();
    const url = `${live.eventsUrl}?${new URLSearchParams(params)}`;
    const response = await fetch(url, { headers: { "x-twilio-signature": twilio.getExpectedTwilioSignature(ACCOUNT.authToken, url, {}) } });
    expect(response.status).toBe(200);
    const event = (await events.next()).data?.messageEvents;
    expect(event).toMatchObject({ kind: "ADDED", actorIdentity: "twilio", message: { body: params.Body } });
    events.stop();
  });

  it("acknowledges pre-events and events no subscription serves without publishing them", async () => {
    const before = (await outcomes()).ignored ?? 0;
    const where = { AccountSid: ACCOUNT.accountSid, InstanceSid: serviceSid };
    expect((await deliver({ EventType: "onMessageSend", ...where, ChannelSid: channel.sid, Body: "x" })).status).toBe(200);
    expect((await deliver({ EventType: "onUserUpdated", ...where, UserSid: "US" + "1".repeat(32) })).status).toBe(200);
    expect((await outcomes()).ignored).toBe(before + 2);
  });
});
