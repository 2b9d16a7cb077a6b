// The client over real HTTP against the fake upstream: what goes on the wire, and how every
// failure of a single attempt comes back (retries are off here; see faults.test.ts for them).

import twilio from "twilio";
import { Agent } from "undici";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ChatApiClient,
  ChatApiError,
  closeSharedDispatcher,
  NO_RETRY,
  type Credentials,
  type ServiceResource,
  type ServiceUpdateParams,
} from "../../src/chat-api/index.js";
import { isNotFound, type ChatApiErrorKind } from "../../src/chat-api/errors.js";
import { sharedDispatcher, UPSTREAM_SOCKETS_MAX } from "../../src/chat-api/http.js";
import { misbehave, startFakeUpstream, twilioError, type FakeUpstream, expectRepliesUsed } from "./fake-upstream.js";
import { closedPort } from "../support/ports.js";
import { expectFailure } from "./failure.expect.js";

const ACCOUNT = "AC" + "1".repeat(32);
const TOKEN = "tok3n-s3cr3t-value";
const API_KEY = "SK" + "2".repeat(32);
const API_SECRET = "ap1-s3cr3t-value";
const IS = "IS" + "a".repeat(32);
const RL = "RL" + "b".repeat(32);

const tokenCreds: Credentials = { accountSid: ACCOUNT, authToken: TOKEN };
const keyCreds: Credentials = { accountSid: ACCOUNT, apiKey: API_KEY, apiSecret: API_SECRET };
const basic = (user: string, pass: string) => "Basic " + Buffer.from(`${user}:${pass}`).toString("base64");

function service(sid = IS, extra: Partial<ServiceResource> = {}) {
  return { sid, account_sid: ACCOUNT, friendly_name: "chat", url: `https://chat.twilio.com/v2/Services/${sid}`, ...extra };
}
function role(sid = RL) {
  return { sid, account_sid: ACCOUNT, service_sid: IS, friendly_name: "channel user", type: "channel", permissions: ["sendMessage"] };
}

let fake: FakeUpstream;
let agent: Agent;
let client: ChatApiClient;

beforeAll(async () => {
  fake = await startFakeUpstream();
});
afterAll(async () => {
  await fake.close();
  await closeSharedDispatcher();
});
beforeEach(() => {
  fake.requests.length = 0;
  agent = new Agent({ keepAliveTimeout: 5_000 });
  client = new ChatApiClient({ baseUrl: fake.url, credentials: tokenCreds, dispatcher: agent, retry: NO_RETRY });
});
afterEach(async () => {
  await agent.destroy();
  expectRepliesUsed(fake);
});

/** Every secret-ish string that must never appear in an error. */
function leaks(): string[] {
  return [
    TOKEN,
    API_SECRET,
    basic(ACCOUNT, TOKEN).slice(6),
    basic(API_KEY, API_SECRET).slice(6),
    "Basic ",
    "127.0.0.1",
    String(fake.port),
    "evil.example.com",
    "authorization",
    "Authorization",
  ];
}

function expectSafe(err: ChatApiError): void {
  const renderings = [
    JSON.stringify(err),
    String(err),
    err.message,
    JSON.stringify(err.toJSON()),
    ...Object.values(err.toJSON()).map(String),
  ];
  for (const text of renderings) for (const leak of leaks()) expect(text, `error leaks ${leak}`).not.toContain(leak);
}

async function failure(promise: Promise<unknown>, kind: ChatApiErrorKind): Promise<ChatApiError> {
  const err = await expectFailure(promise, kind);
  expectSafe(err);
  return err;
}

describe("wire format", () => {
  it("createService POSTs a form with Basic auth (auth token), User-Agent and Accept", async () => {
    fake.reply({ status: 201, json: service() });
    const created = await client.createService("my chat & more");
    expect(created.sid).toBe(IS);
    const req = fake.requests[0]!;
    expect(req.method).toBe("POST");
    expect(req.url).toBe("/v2/Services");
    expect(req.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(req.body).toBe("FriendlyName=my%20chat%20%26%20more");
    expect(req.headers.authorization).toBe(basic(ACCOUNT, TOKEN));
    expect(req.headers["user-agent"]).toMatch(/^chatql\/0\.1\.0 \(node\/\d+\.\d+\.\d+; undici\)$/);
    expect(req.headers.accept).toBe("application/json");
  });

  it("uses the API key SID and secret as Basic credentials", async () => {
    const keyed = new ChatApiClient({ baseUrl: fake.url, credentials: keyCreds, dispatcher: agent });
    fake.reply({ json: service() });
    await keyed.fetchService(IS);
    expect(fake.requests[0]!.headers.authorization).toBe(basic(API_KEY, API_SECRET));
  });

  it("fetchService GETs the encoded path without a body or Content-Type", async () => {
    fake.reply({ json: service() });
    await client.fetchService("IS/../x y");
    const req = fake.requests[0]!;
    expect(req.method).toBe("GET");
    expect(req.url).toBe("/v2/Services/IS%2F..%2Fx%20y");
    expect(req.headers["content-type"]).toBeUndefined();
    expect(req.body).toBe("");
  });

  it("accepts a base URL with a trailing slash", async () => {
    const slashed = new ChatApiClient({ baseUrl: fake.url + "/", credentials: tokenCreds, dispatcher: agent });
    fake.reply({ json: service() });
    await slashed.fetchService(IS);
    expect(fake.requests[0]!.url).toBe(`/v2/Services/${IS}`);
  });

  it("updateService POSTs exactly the body twilio-node sends for the same update", async () => {
    const params: ServiceUpdateParams = {
      friendlyName: "Ünïcode = & spaces",
      readStatusEnabled: false,
      typingIndicatorTimeout: 0,
      notifications: { logEnabled: true, newMessage: { enabled: true, badgeCountEnabled: false, template: "${MESSAGE}" } },
      webhookFilters: ["onMessageSend", "onChannelAdd"],
      limits: { channelMembers: 500 },
      media: { compatibilityMessage: "media" },
      preWebhookUrl: null,
      postWebhookRetryCount: 3,
    };
    fake.reply({ json: service() }, { json: service() });
    await client.updateService(IS, params);

    const tw = twilio(ACCOUNT, TOKEN);
    tw.chat.baseUrl = fake.url;
    await tw.chat.v2.services(IS).update({
      friendlyName: "Ünïcode = & spaces",
      readStatusEnabled: false,
      typingIndicatorTimeout: 0,
      "notifications.logEnabled": true,
      "notifications.newMessage.enabled": true,
      "notifications.newMessage.badgeCountEnabled": false,
      "notifications.newMessage.template": "${MESSAGE}",
      webhookFilters: ["onMessageSend", "onChannelAdd"],
      "limits.channelMembers": 500,
      "media.compatibilityMessage": "media",
      preWebhookUrl: null as unknown as string,
      postWebhookRetryCount: 3,
    });

    const [ours, theirs] = [fake.requests[0]!, fake.requests[1]!];
    expect(ours.method).toBe("POST");
    expect(ours.url).toBe(`/v2/Services/${IS}`);
    expect(ours.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(ours.body).toBe(
      "FriendlyName=%C3%9Cn%C3%AFcode%20%3D%20%26%20spaces&ReadStatusEnabled=false&TypingIndicatorTimeout=0" +
        "&Notifications.NewMessage.Enabled=true&Notifications.NewMessage.Template=%24%7BMESSAGE%7D" +
        "&Notifications.NewMessage.BadgeCountEnabled=false&PreWebhookUrl=" +
        "&WebhookFilters=onMessageSend&WebhookFilters=onChannelAdd&Limits.ChannelMembers=500" +
        "&Media.CompatibilityMessage=media&PostWebhookRetryCount=3&Notifications.LogEnabled=true",
    );
    expect(theirs.url).toBe(ours.url);
    expect(theirs.headers["content-type"]).toBe(ours.headers["content-type"]);
    expect(ours.body).toBe(theirs.body);
    expect(ours.headers.authorization).toBe(theirs.headers.authorization);
  });

  it("deleteService sends DELETE and resolves on 204", async () => {
    fake.reply({ status: 204 });
    await expect(client.deleteService(IS)).resolves.toBeUndefined();
    expect(fake.requests[0]!.method).toBe("DELETE");
    expect(fake.requests[0]!.url).toBe(`/v2/Services/${IS}`);
  });

  it("fetchRole and listRoles use the role paths", async () => {
    fake.reply({ json: role() }, { json: { roles: [role()], meta: { next_page_url: null, previous_page_url: null } } });
    expect((await client.fetchRole(IS, RL)).sid).toBe(RL);
    const page = await client.listRoles(IS, { PageSize: "50" });
    expect(page.items.map((r) => r.sid)).toEqual([RL]);
    expect(fake.requests.map((r) => r.url)).toEqual([`/v2/Services/${IS}/Roles/${RL}`, `/v2/Services/${IS}/Roles?PageSize=50`]);
  });

  it("reports each response's templated route, status and duration", async () => {
    const seen: unknown[] = [];
    const observed = new ChatApiClient({
      baseUrl: fake.url,
      credentials: tokenCreds,
      dispatcher: agent,
      onResponse: ({ method, route, status, durationMs }) => {
        expect(durationMs).toBeGreaterThanOrEqual(0);
        seen.push({ method, route, status });
      },
    });
    fake.reply({ json: service() }, twilioError(404, 20404, "not found"));
    await observed.fetchService(IS);
    await observed.fetchRole(IS, RL).catch(() => {});
    expect(seen).toEqual([
      { method: "GET", route: "GET /v2/Services/{Sid}", status: 200 },
      { method: "GET", route: "GET /v2/Services/{ServiceSid}/Roles/{Sid}", status: 404 },
    ]);
  });
});

describe("path parameters that would name another resource", () => {
  const CH = "CH" + "c".repeat(32);
  it.each([
    ["a channel named .", () => client.one("FetchChannel", { path: { ServiceSid: IS, Sid: "." } })],
    ["a channel named ..", () => client.one("FetchChannel", { path: { ServiceSid: IS, Sid: ".." } })],
    ["a channel named by the empty string", () => client.one("FetchChannel", { path: { ServiceSid: IS, Sid: "" } })],
    ["a service named ..", () => client.fetchService("..")],
    ["a user named . (update)", () => client.one("UpdateUser", { path: { ServiceSid: IS, Sid: "." }, form: { FriendlyName: "x" } })],
    ["the members of channel ..", () => client.page("ListMember", { path: { ServiceSid: IS, ChannelSid: ".." } }, { PageSize: "2" })],
    ["a member .. (delete)", () => client.none("DeleteMember", { path: { ServiceSid: IS, ChannelSid: CH, Sid: ".." } })],
    [
      "a message of channel . (delete)",
      () => client.none("DeleteMessage", { path: { ServiceSid: IS, ChannelSid: ".", Sid: "IM" + "d".repeat(32) } }),
    ],
  ])("%s is a not-found, and nothing is sent", async (_name, call) => {
    const error = await failure(call(), "http");
    expect(error).toMatchObject({ status: 404, twilioCode: 20404 });
    expect(isNotFound(error)).toBe(true);
    expect(fake.requests).toHaveLength(0);
  });

  it("a value that only contains dots is sent, encoded", async () => {
    fake.reply({ json: { ...service(), sid: IS } });
    await client.fetchService("...");
    expect(fake.requests[0]!.url).toBe("/v2/Services/...");
  });
  it.each([
    ["a lone high surrogate", "x\ud800", "x%EF%BF%BD"],
    ["a lone low surrogate", "\udc00y", "%EF%BF%BDy"],
    ["a pair (kept)", "\ud83d\ude00", "%F0%9F%98%80"],
  ])("%s in a name is sent as in a form body (U+FFFD), not a URIError", async (_name, name, encoded) => {
    fake.reply({ json: { ...service(), sid: IS } });
    await client.fetchService(name);
    expect(fake.requests[0]!.url).toBe(`/v2/Services/${encoded}`);
  });
});

describe("connections", () => {
  it("keeps the connection alive across calls", async () => {
    fake.setDefault({ json: service() });
    try {
      for (let i = 0; i < 6; i++) await client.fetchService(IS);
    } finally {
      fake.setDefault(undefined);
    }
    // undici may open a second socket while the first is being released, but then reuses them.
    const ports = fake.requests.map((r) => r.remotePort);
    expect(new Set(ports).size).toBeLessThan(ports.length);
  });

  it("shares one process-wide dispatcher by default and can close it", async () => {
    const first = sharedDispatcher();
    expect(sharedDispatcher()).toBe(first);
    const plain = new ChatApiClient({ baseUrl: fake.url, credentials: tokenCreds });
    fake.reply({ json: service() });
    await plain.fetchService(IS);
    await closeSharedDispatcher();
    expect(sharedDispatcher()).not.toBe(first);
    // A client made before the close keeps working on the new shared dispatcher.
    fake.reply({ json: service() });
    await expect(plain.fetchService(IS)).resolves.toMatchObject({ sid: IS });
  });

  it(`opens at most UPSTREAM_SOCKETS_MAX (${UPSTREAM_SOCKETS_MAX}) sockets to an origin: one request more waits for a free one`, async () => {
    await closeSharedDispatcher();
    const held: Array<() => void> = [];
    let arrived = 0;
    const answerAll = () => held.splice(0).forEach((answer) => answer());
    fake.setDefault((_request, res) => {
      arrived += 1;
      held.push(() => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(service()));
      });
    });
    const plain = new ChatApiClient({ baseUrl: fake.url, credentials: tokenCreds, retry: NO_RETRY });
    const until = async (n: number) => {
      while (arrived < n) await new Promise((resolve) => setTimeout(resolve, 5));
    };
    try {
      const calls = Array.from({ length: UPSTREAM_SOCKETS_MAX + 1 }, () => plain.fetchService(IS));
      await until(UPSTREAM_SOCKETS_MAX);
      // The pool holds the one more: undici counts it as queued, not sent.
      // With `connections` set, the Agent keeps a Pool per origin: its stats have `queued`.
      const pool = () => (sharedDispatcher() as Agent).stats[fake.url] as { connected: number; queued: number } | undefined;
      while ((pool()?.queued ?? 0) < 1) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(pool()).toMatchObject({ connected: UPSTREAM_SOCKETS_MAX, queued: 1 });
      expect(arrived).toBe(UPSTREAM_SOCKETS_MAX);
      expect(new Set(fake.requests.map((r) => r.remotePort)).size).toBe(UPSTREAM_SOCKETS_MAX);
      held.shift()!();
      await until(UPSTREAM_SOCKETS_MAX + 1);
      answerAll();
      expect(await Promise.all(calls)).toHaveLength(UPSTREAM_SOCKETS_MAX + 1);
    } finally {
      answerAll();
      fake.setDefault(undefined);
      await closeSharedDispatcher();
    }
  });
});

describe("errors", () => {
  it("maps a Twilio error body to ChatApiError fields", async () => {
    fake.reply(twilioError(404, 20404, "The requested resource /Services/ISx was not found"));
    const err = await failure(client.fetchService(IS), "http");
    expect(err).toMatchObject({
      status: 404,
      twilioCode: 20404,
      message: "The requested resource /Services/ISx was not found",
      moreInfo: "https://www.twilio.com/docs/errors/20404",
      retryAfter: null,
      route: "GET /v2/Services/{Sid}",
    });
  });

  it("scrubs credentials and the upstream host from upstream-provided text", async () => {
    fake.reply(twilioError(401, 20003, `Authenticate ${TOKEN} at ${fake.url}`));
    const err = await failure(client.fetchService(IS), "http");
    expect(err.twilioCode).toBe(20003);
    expect(err.message).toContain("[redacted]");
  });

  it.each([
    [429, "7", 7],
    [503, "120", 120],
    [400, "7", null],
    [429, undefined, null],
  ])("records Retry-After on %i (%s → %s)", async (status, header, expected) => {
    fake.reply({ ...twilioError(status, 20429, "slow down"), headers: header ? { "retry-after": header } : {} });
    const err = await failure(client.fetchService(IS), "http");
    expect(err.status).toBe(status);
    expect(err.retryAfter).toBe(expected);
  });

  it("an error status with a non-JSON body is http without a Twilio code", async () => {
    fake.reply({ status: 502, headers: { "content-type": "text/html" }, body: "<html>Bad Gateway</html>" });
    const err = await failure(client.fetchService(IS), "http");
    expect(err.status).toBe(502);
    expect(err.twilioCode).toBeNull();
  });

  it("a 2xx with a non-JSON body is bad_response", async () => {
    fake.reply({ status: 200, headers: { "content-type": "application/json" }, body: "{not json" });
    const err = await failure(client.fetchService(IS), "bad_response");
    expect(err.status).toBe(200);
  });

  it("a 2xx JSON body that is not a resource is bad_response", async () => {
    fake.reply({ json: { hello: "world" } });
    await failure(client.fetchService(IS), "bad_response");
  });

  it("a truncated body is network", async () => {
    fake.reply(misbehave.truncate());
    await failure(client.fetchService(IS), "network");
  });

  it("a connection reset before the response is network", async () => {
    fake.reply(misbehave.reset());
    await failure(client.fetchService(IS), "network");
  });

  it("a refused connection is network", async () => {
    const port = await closedPort();
    const refused = new ChatApiClient({ baseUrl: `http://127.0.0.1:${port}`, credentials: tokenCreds, dispatcher: agent, retry: NO_RETRY });
    const err = await failure(refused.fetchService(IS), "network");
    expect(err.causeCode).toBe("ECONNREFUSED");
    expect(err.message).not.toContain(String(port));
  });

  it("a DNS failure is network and does not name the host", async () => {
    const noDns = new Agent({
      connect: {
        lookup: (hostname, _options, callback) =>
          callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }), "", 4),
      },
    });
    try {
      const lost = new ChatApiClient({ baseUrl: "https://evil.example.com", credentials: keyCreds, dispatcher: noDns, retry: NO_RETRY });
      const err = await failure(lost.fetchService(IS), "network");
      expect(err.causeCode).toBe("ENOTFOUND");
    } finally {
      await noDns.destroy();
    }
  });

  it("an upstream that never answers hits the deadline", async () => {
    fake.reply(misbehave.hang());
    const quick = new ChatApiClient({ baseUrl: fake.url, credentials: tokenCreds, dispatcher: agent, timeoutMs: 200, retry: NO_RETRY });
    const started = Date.now();
    await failure(quick.fetchService(IS), "timeout");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("a body that stalls after the headers hits the same deadline", async () => {
    fake.reply(misbehave.stall());
    const quick = new ChatApiClient({ baseUrl: fake.url, credentials: tokenCreds, dispatcher: agent, timeoutMs: 200, retry: NO_RETRY });
    await failure(quick.fetchService(IS), "timeout");
  });

  it("errors from every kind stay free of secrets with API key credentials too", async () => {
    const keyed = new ChatApiClient({ baseUrl: fake.url, credentials: keyCreds, dispatcher: agent, timeoutMs: 200, retry: NO_RETRY });
    fake.reply(twilioError(403, 20403, `key ${API_SECRET}`), { body: "oops" }, misbehave.reset(), misbehave.hang());
    await failure(keyed.fetchService(IS), "http");
    await failure(keyed.fetchService(IS), "bad_response");
    await failure(keyed.fetchService(IS), "network");
    await failure(keyed.fetchService(IS), "timeout");
  });
});

describe("paging", () => {
  const listBody = (sids: string[], meta: Record<string, unknown>) => ({
    services: sids.map((sid) => service(sid)),
    meta: { page: 0, page_size: 2, key: "services", first_page_url: "", url: "", previous_page_url: null, next_page_url: null, ...meta },
  });
  const IS2 = "IS" + "c".repeat(32);

  it("re-bases next_page_url onto the configured base URL", async () => {
    fake.reply(
      { json: listBody([IS, IS2], { next_page_url: "https://evil.example.com/v2/Services?PageSize=2&Page=1&PageToken=PAxx" }) },
      { json: listBody([IS], { previous_page_url: "https://evil.example.com/v2/Services?PageSize=2&Page=0&PageToken=PByy" }) },
    );
    const first = await client.listServices({ PageSize: "2" });
    expect(first.items.map((s) => s.sid)).toEqual([IS, IS2]);
    expect(first.query).toEqual({ PageSize: "2" });
    expect(first.nextQuery).toEqual({ PageSize: "2", Page: "1", PageToken: "PAxx" });
    expect(first.previousQuery).toBeNull();

    const second = await client.listServices(first.nextQuery!);
    expect(second.nextQuery).toBeNull();
    expect(second.previousQuery).toEqual({ PageSize: "2", Page: "0", PageToken: "PByy" });
    expect(fake.requests.map((r) => r.url)).toEqual(["/v2/Services?PageSize=2", "/v2/Services?PageSize=2&Page=1&PageToken=PAxx"]);
  });

  it("encodes page tokens in the query", async () => {
    fake.reply({ json: listBody([], {}) });
    await client.listServices({ PageToken: "a b+c/=" });
    expect(fake.requests[0]!.url).toBe("/v2/Services?PageToken=a%20b%2Bc%2F%3D");
    expect(fake.requests[0]!.query).toEqual({ PageToken: "a b+c/=" });
  });

  it("a paging URL for another path is bad_response", async () => {
    fake.reply({ json: listBody([IS], { next_page_url: "https://chat.twilio.com/v2/Services/IS1/Roles?Page=1" }) });
    await failure(client.listServices({}), "bad_response");
  });

  it("a list body without its array is bad_response", async () => {
    fake.reply({ json: { roles: [], meta: {} } });
    await failure(client.listServices({}), "bad_response");
  });

  it("accepts paging URLs under a base URL's path prefix", async () => {
    const prefixed = new ChatApiClient({ baseUrl: fake.url + "/twilio/", credentials: tokenCreds, dispatcher: agent });
    fake.reply({ json: { roles: [role()], meta: { next_page_url: `https://x.example/twilio/v2/Services/${IS}/Roles?Page=1` } } });
    const page = await prefixed.listRoles(IS, {});
    expect(page.nextQuery).toEqual({ Page: "1" });
    expect(fake.requests[0]!.url).toBe(`/twilio/v2/Services/${IS}/Roles`);
  });
});

describe("withScope", () => {
  it("reports to its own hooks and leaves the original's alone, with the same upstream and credentials", async () => {
    const seen: string[] = [];
    const original = new ChatApiClient({
      baseUrl: fake.url,
      credentials: tokenCreds,
      dispatcher: agent,
      retry: NO_RETRY,
      onResponse: () => seen.push("original"),
    });
    const perRequest = original.withScope({ onResponse: (info) => seen.push(`per-request ${info.route} ${info.status}`) });
    fake.reply({ json: service() });
    await perRequest.fetchService(IS);
    expect(seen).toEqual(["per-request GET /v2/Services/{Sid} 200"]);
    expect(fake.requests[0]!.headers.authorization).toBe(basic(ACCOUNT, TOKEN));
    fake.reply({ json: service() });
    await original.fetchService(IS);
    expect(seen.at(-1)).toBe("original");
  });

  describe("list pages, read once per operation", () => {
    const rolesPage = { json: { roles: [role()], meta: { next_page_url: null, previous_page_url: null } } };

    it("a scoped client asks the upstream once for a page asked for twice, at once or later", async () => {
      const operation = client.withScope({});
      fake.reply(rolesPage);
      const [a, b] = await Promise.all([operation.listRoles(IS, { PageSize: "5" }), operation.listRoles(IS, { PageSize: "5" })]);
      const c = await operation.listRoles(IS, { PageSize: "5" });
      expect([a, b, c].map((page) => page.items.map((r) => r.sid))).toEqual([[RL], [RL], [RL]]);
      expect(fake.requests).toHaveLength(1);
    });

    it("another page (other size, other parent) is its own request", async () => {
      const operation = client.withScope({});
      fake.reply(rolesPage, rolesPage);
      await operation.listRoles(IS, { PageSize: "5" });
      await operation.listRoles(IS, { PageSize: "6" });
      expect(fake.requests.map((r) => r.url)).toEqual([`/v2/Services/${IS}/Roles?PageSize=5`, `/v2/Services/${IS}/Roles?PageSize=6`]);
    });

    it("a write through the scoped client forgets the pages read before it", async () => {
      const operation = client.withScope({});
      fake.reply(rolesPage, { status: 204 }, rolesPage);
      await operation.listRoles(IS, { PageSize: "5" });
      await operation.deleteService(IS);
      await operation.listRoles(IS, { PageSize: "5" });
      expect(fake.requests.map((r) => r.method)).toEqual(["GET", "DELETE", "GET"]);
    });

    it("two operations, and the shared client itself, keep no pages for each other", async () => {
      fake.reply(rolesPage, rolesPage, rolesPage, rolesPage);
      await client.withScope({}).listRoles(IS, { PageSize: "5" });
      await client.withScope({}).listRoles(IS, { PageSize: "5" });
      await client.listRoles(IS, { PageSize: "5" });
      await client.listRoles(IS, { PageSize: "5" });
      expect(fake.requests).toHaveLength(4);
    });
  });
});
