// An upstream that is broken or hostile (issue #8): it pages forever, streams huge bodies, hands back
// SIDs that are paths, objects of the wrong kind or fields of the wrong type, and echoes secrets in
// other encodings. chatql checks before it trusts, stops work when the client goes away or the
// operation's deadline passes, and never lets a secret through.

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../../src/config.js";
import { startChatql, type RunningChatql } from "../../src/server/start.js";
import {
  startFakeUpstream,
  twilioError,
  type FakeUpstream,
  type RecordedRequest,
  type Reply,
  expectRepliesUsed,
} from "../chat-api/fake-upstream.js";
import type { LogLines } from "./harness.js";

const ACCOUNT_SID = "AC" + "1".repeat(32);
const AUTH_TOKEN = "hostile-upstream-s3cret-t0ken";
const SID = "IS" + "a".repeat(32);
const RL = (n: number) => "RL" + String(n).repeat(32).slice(0, 32);
const sidOf = (n: number) => "IS" + n.toString(16).padStart(32, "0");

const service = (sid = SID, extra: Record<string, unknown> = {}) => ({ sid, account_sid: ACCOUNT_SID, friendly_name: "chat", ...extra });
const role = (sid: string, extra: Record<string, unknown> = {}) => ({
  sid,
  account_sid: ACCOUNT_SID,
  service_sid: SID,
  friendly_name: "r",
  type: "deployment",
  permissions: [],
  ...extra,
});
const meta = (key: string, next: string | null) => ({
  key,
  page: 0,
  page_size: 1,
  first_page_url: "",
  url: "",
  previous_page_url: null,
  next_page_url: next,
});

let fake: FakeUpstream;
let chatql: RunningChatql;
const logs: LogLines = [];

async function start(env: Record<string, string> = {}): Promise<RunningChatql> {
  const config = loadConfig({
    PORT: "0",
    CHAT_API_BASE_URL: fake.url,
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    LOG_LEVEL: "info",
    ...env,
  });
  return startChatql(config, { logDestination: { write: (line: string) => void logs.push({ ...JSON.parse(line), raw: line }) } });
}

async function graphql(query: string, server = chatql, init: RequestInit = {}): Promise<{ status: number; body: any; text: string }> {
  const response = await fetch(server.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
    ...init,
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text };
}

/** Resolves with the next request the fake upstream receives. */
function nextUpstreamRequest(): Promise<RecordedRequest> {
  const seen = fake.requests.length;
  return vi.waitFor(
    () => {
      const request = fake.requests[seen];
      if (!request) throw new Error("not yet");
      return request;
    },
    { timeout: 5000, interval: 5 },
  );
}

beforeAll(async () => {
  fake = await startFakeUpstream();
  chatql = await start();
});
afterAll(async () => {
  await chatql?.close();
  await fake?.close();
});
beforeEach(() => fake.reset());
afterEach(() => expectRepliesUsed(fake));

describe("paging that never ends", () => {
  const endless: Reply = (req, res) => {
    const body = JSON.stringify({
      services: [service(sidOf(Number(req.query.Page ?? 0) + 1))],
      meta: meta("services", `/v2/Services?PageSize=1&Page=${Number(req.query.Page ?? 0) + 1}&PageToken=PA${sidOf(1)}`),
    });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(body);
  };

  it("stops a walk at CHATQL_MAX_LIST_PAGES with UPSTREAM_BUDGET_EXCEEDED", async () => {
    fake.setDefault(endless);
    const { body } = await graphql("{ services(last: 2) { nodes { sid } } }");
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions.code).toBe("UPSTREAM_BUDGET_EXCEEDED");
    expect(fake.requests).toHaveLength(50);
  });

  it("stops upstream work when the client goes away", async () => {
    // Each page is answered only when the test lets it, so the walk is under way when the client leaves.
    let release: () => void = () => {};
    let upstreamClosed: Promise<void> = Promise.resolve();
    fake.setDefault((req, res) => {
      release = () => endless(req, res);
      upstreamClosed = new Promise((resolve) => res.once("close", () => resolve()));
    });
    const client = new AbortController();
    const sent = graphql("{ services(last: 2) { nodes { sid } } }", chatql, { signal: client.signal }).catch(() => "aborted");
    await nextUpstreamRequest();
    const next = nextUpstreamRequest();
    release();
    await next;
    client.abort();
    expect(await sent).toBe("aborted");
    // chatql drops the page request in flight (the upstream sees it closed) and asks for no other.
    await upstreamClosed;
    await vi.waitFor(
      () => expect(logs.some((line) => line.msg === "graphql operation" && line.outcome === "OPERATION_TIMEOUT")).toBe(true),
      { timeout: 5000 },
    );
    expect(fake.requests).toHaveLength(2);
  });
});

describe("retries and the operation's deadline", () => {
  it("cancels a retry's back-off when the client goes away", async () => {
    const patient = await start({ CHAT_API_MAX_RETRIES: "5", CHAT_API_RETRY_MAX_MS: "60000", CHAT_API_TIMEOUT_MS: "60000" });
    try {
      fake.setDefault({ ...twilioError(503, 20503, "busy"), headers: { "retry-after": "20" } });
      const client = new AbortController();
      const before = logs.length;
      const sent = graphql(`{ service(sid: "${SID}") { sid } }`, patient, { signal: client.signal }).catch(() => "aborted");
      await nextUpstreamRequest();
      client.abort();
      expect(await sent).toBe("aborted");
      // Without cancellation the operation would sleep 20 s and try again (5 times).
      const line = await vi.waitFor(
        () => {
          const found = logs.slice(before).find((entry) => entry.msg === "graphql operation");
          if (!found) throw new Error("no operation line yet");
          return found;
        },
        { timeout: 5000 },
      );
      expect(line).toMatchObject({ upstream: { calls: 1 } });
      expect(fake.requests).toHaveLength(1);
    } finally {
      await patient.close();
    }
  });

  it("serves an operation whose upstream answers within CHATQL_OPERATION_TIMEOUT_MS", async () => {
    const hurried = await start({ CHATQL_OPERATION_TIMEOUT_MS: "1000", CHAT_API_TIMEOUT_MS: "60000" });
    try {
      fake.setDefault((req, res) => {
        setTimeout(() => {
          res.writeHead(200, { "content-type": "application/json" });
          res.end(JSON.stringify(service()));
        }, 300);
      });
      const { body } = await graphql(`{ service(sid: "${SID}") { sid } }`, hurried);
      expect(body).toEqual({ data: { service: { sid: SID } } });
    } finally {
      await hurried.close();
    }
  });

  it("fails the fields still waiting when CHATQL_OPERATION_TIMEOUT_MS passes, with OPERATION_TIMEOUT", async () => {
    const hurried = await start({ CHATQL_OPERATION_TIMEOUT_MS: "300", CHAT_API_TIMEOUT_MS: "60000" });
    try {
      fake.setDefault(() => {}); // never answers
      const started = Date.now();
      const { body } = await graphql(`{ service(sid: "${SID}") { sid } }`, hurried);
      expect(body).toMatchObject({ data: { service: null }, errors: [{ path: ["service"], extensions: { code: "OPERATION_TIMEOUT" } }] });
      expect(Date.now() - started).toBeLessThan(30_000); // the 60 s call deadline did not decide it
    } finally {
      await hurried.close();
    }
  });
});

describe("upstream body size (CHAT_API_MAX_RESPONSE_BYTES)", () => {
  it("refuses a streamed 100 MB body with UPSTREAM_ERROR and stops reading it", async () => {
    let written = 0;
    fake.setDefault((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, " ");
      const pump = () => {
        while (written < 100 * 1024 * 1024 && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        if (!res.destroyed) res.end();
      };
      res.write("{");
      pump();
    });
    const { body } = await graphql(`{ service(sid: "${SID}") { sid } }`);
    expect(body.errors[0].extensions.code).toBe("UPSTREAM_ERROR");
    expect(written).toBeLessThan(50 * 1024 * 1024);
  });

  it("reads a body of exactly the limit and refuses one byte more", async () => {
    const capped = await start({ CHAT_API_MAX_RESPONSE_BYTES: "2048" });
    try {
      const sized = (bytes: number) => {
        const json = JSON.stringify(service(SID, { friendly_name: "" }));
        return {
          status: 200,
          headers: { "content-type": "application/json" },
          body: json.replace('"friendly_name":""', `"friendly_name":"${"x".repeat(bytes - json.length)}"`),
        };
      };
      expect(Buffer.byteLength(sized(2048).body)).toBe(2048);
      fake.reply(sized(2048));
      expect((await graphql(`{ service(sid: "${SID}") { sid } }`, capped)).body).toEqual({ data: { service: { sid: SID } } });
      fake.reply(sized(2049));
      expect((await graphql(`{ service(sid: "${SID}") { sid } }`, capped)).body.errors[0].extensions.code).toBe("UPSTREAM_ERROR");
    } finally {
      await capped.close();
    }
  });
});

describe("what comes back is checked before it is used", () => {
  it.each(["../", "42", "RL../../Services", RL(1).slice(0, 20)])(
    "a default role SID of %j is an UPSTREAM_ERROR, never a URL",
    async (bad) => {
      fake.setDefault({ json: service(SID, { default_service_role_sid: bad }) });
      const { body, text } = await graphql(`{ service(sid: "${SID}") { sid defaultServiceRole { sid } } }`);
      expect(body.errors[0].extensions.code).toBe("UPSTREAM_ERROR");
      expect(fake.requests.map((request) => request.pathname)).toEqual([`/v2/Services/${SID}`]);
      expect(text).not.toContain(bad === "42" ? '"42"' : bad);
    },
  );

  it("a service handed back as a role is an UPSTREAM_ERROR", async () => {
    fake.setDefault((req, res) => {
      const body = req.pathname.endsWith("/Roles")
        ? { roles: [service(sidOf(9))], meta: meta("roles", null) }
        : req.pathname.includes("/Roles/")
          ? service(sidOf(9))
          : service(SID, { default_service_role_sid: RL(1) });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
    const { body } = await graphql(`{ service(sid: "${SID}") { defaultServiceRole { sid } } }`);
    expect(body.errors[0]).toMatchObject({ path: ["service", "defaultServiceRole"], extensions: { code: "UPSTREAM_ERROR" } });
  });

  it.each([
    ["typing_indicator_timeout", "5"],
    ["read_status_enabled", "yes"],
    ["limits", "many"],
    ["webhook_filters", "onMessageSend"],
    ["date_created", "yesterday"],
    ["typing_indicator_timeout", 2 ** 40], // an integer GraphQL's Int cannot carry
    ["account_sid", null], // the spec allows null; chatql's schema does not
  ])("a %s of %j is an UPSTREAM_ERROR, not an INTERNAL_SERVER_ERROR", async (field, value) => {
    fake.setDefault({ json: service(SID, { [field]: value }) });
    const { body } = await graphql(
      `{ service(sid: "${SID}") { sid typingIndicatorTimeout readStatusEnabled limits { channelMembers } webhookFilters dateCreated } }`,
    );
    expect(body).toMatchObject({ data: { service: null }, errors: [{ extensions: { code: "UPSTREAM_ERROR" } }] });
  });

  it("a page with more items than asked for is an UPSTREAM_ERROR, however small they are", async () => {
    fake.setDefault((req, res) => {
      const asked = Number(req.query.PageSize);
      const items = Array.from({ length: asked + 1 }, (_, i) => service(sidOf(i + 1)));
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ services: items, meta: meta("services", null) }));
    });
    const { body } = await graphql("{ services(first: 3) { nodes { sid } } }");
    expect(body.errors[0].extensions.code).toBe("UPSTREAM_ERROR");
    expect(body.errors[0].message).not.toMatch(/IS0/);
  });

  it("a role listed under another service is an UPSTREAM_ERROR", async () => {
    fake.setDefault((req, res) => {
      const body = req.pathname.endsWith("/Roles")
        ? { roles: [role(RL(1), { service_sid: sidOf(77) })], meta: meta("roles", null) }
        : service(SID, { default_service_role_sid: RL(1) });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
    const { body } = await graphql(`{ service(sid: "${SID}") { defaultServiceRole { sid } } }`);
    expect(body.errors[0]).toMatchObject({ path: ["service", "defaultServiceRole"], extensions: { code: "UPSTREAM_ERROR" } });
  });

  describe("a member, invite or user without an identity", () => {
    const CH = "CH" + "c".repeat(32);
    const channel = { sid: CH, account_sid: ACCOUNT_SID, service_sid: SID, friendly_name: "room" };
    const member = { sid: "MB" + "d".repeat(32), account_sid: ACCOUNT_SID, service_sid: SID, channel_sid: CH };
    const invite = { sid: "IN" + "e".repeat(32), account_sid: ACCOUNT_SID, service_sid: SID, channel_sid: CH };
    const user = { sid: "US" + "f".repeat(32), account_sid: ACCOUNT_SID, service_sid: SID };
    /** The service, its channel, and the one member, invite or user asked for (fetched or listed). */
    const upstreamWith =
      (extra: Record<string, unknown>): Reply =>
      (req, res) => {
        const path = req.pathname;
        const body = path.endsWith("/Members")
          ? { members: [{ ...member, ...extra }], meta: meta("members", null) }
          : path.endsWith("/Invites")
            ? { invites: [{ ...invite, ...extra }], meta: meta("invites", null) }
            : path.includes("/Users/")
              ? { ...user, ...extra }
              : path.includes("/Channels/")
                ? channel
                : service();
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
    const queries: Array<[string, string, string[]]> = [
      [
        "a member",
        `{ service(sid: "${SID}") { channel(sid: "${CH}") { members(first: 1) { nodes { identity } } } } }`,
        ["service", "channel", "members"],
      ],
      [
        "an invite",
        `{ service(sid: "${SID}") { channel(sid: "${CH}") { invites(first: 1) { nodes { identity } } } } }`,
        ["service", "channel", "invites"],
      ],
      ["a user", `{ service(sid: "${SID}") { user(identity: "ann") { identity } } }`, ["service", "user"]],
    ];

    const missing: Array<[string, Record<string, unknown>]> = [
      ["no identity", {}],
      ["a null identity", { identity: null }],
    ];
    it.each(queries.flatMap(([what, query, path]) => missing.map(([how, extra]) => [what, how, extra, query, path] as const)))(
      '%s with %s is an UPSTREAM_ERROR, not an identity of ""',
      async (_what, _how, extra, query, path) => {
        fake.setDefault(upstreamWith(extra));
        const { body } = await graphql(query);
        expect(body.errors).toEqual([expect.objectContaining({ path, extensions: expect.objectContaining({ code: "UPSTREAM_ERROR" }) })]);
      },
    );

    it.each(queries)("%s with an identity passes", async (_what, query) => {
      fake.setDefault(upstreamWith({ identity: "ann" }));
      const { body } = await graphql(query);
      expect(body.errors).toBeUndefined();
      expect(JSON.stringify(body.data)).toContain('"identity":"ann"');
    });
  });

  it("a valid role passes", async () => {
    fake.setDefault((req, res) => {
      const body = req.pathname.endsWith("/Roles")
        ? { roles: [role(RL(1))], meta: meta("roles", null) }
        : service(SID, { default_service_role_sid: RL(1) });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
    expect((await graphql(`{ service(sid: "${SID}") { defaultServiceRole { sid } } }`)).body).toEqual({
      data: { service: { defaultServiceRole: { sid: RL(1) } } },
    });
  });
});

describe("a delete refused with a 400 that names another operation's form key", () => {
  // A delete sends no form: a parameter its refusal names is none of the input's fields, so the
  // userError has no field (it used to be blamed on the service form's key the message named);
  // deleteRole's refusals are about the role itself.
  const CH = "CH" + "c".repeat(32);
  const sid = (prefix: string) => prefix + "d".repeat(32);
  it.each<[string, string[] | null, string]>([
    ["deleteService", null, `sid: "${SID}"`],
    ["deleteChannel", null, `serviceSid: "${SID}", sid: "${CH}"`],
    ["removeMember", null, `serviceSid: "${SID}", channelSid: "${CH}", sid: "${sid("MB")}"`],
    ["deleteMessage", null, `serviceSid: "${SID}", channelSid: "${CH}", sid: "${sid("IM")}"`],
    ["deleteInvite", null, `serviceSid: "${SID}", channelSid: "${CH}", sid: "${sid("IN")}"`],
    ["deleteUser", null, `serviceSid: "${SID}", sid: "${sid("US")}"`],
    ["deleteCredential", null, `sid: "${sid("CR")}"`],
    ["deleteRole", ["input", "sid"], `serviceSid: "${SID}", sid: "${RL(1)}"`],
  ])("%s: the userError points at %j", async (name, field, input) => {
    fake.setDefault(twilioError(400, 20001, "Invalid parameter FriendlyName"));
    const { body } = await graphql(`mutation { ${name}(input: { ${input} }) { userErrors { field code } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data[name].userErrors).toEqual([{ field, code: "REJECTED_BY_UPSTREAM" }]);
  });
});

describe("secrets echoed back in other encodings", () => {
  const basic = Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64");
  const echoes = [
    AUTH_TOKEN.toUpperCase(),
    encodeURIComponent(`${AUTH_TOKEN}`),
    Buffer.from(AUTH_TOKEN).toString("base64"),
    basic,
    encodeURIComponent(basic),
    `Basic ${basic}`.toLowerCase(),
    Buffer.from(`user=${AUTH_TOKEN}`).toString("base64url"),
  ];

  it.each(echoes)("never passes %s to the caller or the logs", async (echo) => {
    fake.setDefault(twilioError(400, 20001, `Invalid parameter: your credentials ${echo} are odd`));
    const before = logs.length;
    const { text } = await graphql(`mutation { updateService(input: { sid: "${SID}", friendlyName: "x" }) { userErrors { message } } }`);
    expect(text).toContain("[redacted]");
    const everything =
      text +
      logs
        .slice(before)
        .map((line) => line.raw)
        .join("\n");
    for (const leak of [echo, AUTH_TOKEN, basic]) expect(everything.toLowerCase()).not.toContain(leak.toLowerCase());
  });
});

describe("errors say what happened", () => {
  it("an upstream 503 is 'unavailable', not 'could not be reached in time'", async () => {
    fake.setDefault(twilioError(503, 20503, "Service Unavailable"));
    const { body } = await graphql(`{ service(sid: "${SID}") { sid } }`);
    expect(body.errors[0].extensions.code).toBe("UPSTREAM_UNAVAILABLE");
    expect(body.errors[0].message).toMatch(/unavailable/i);
    expect(body.errors[0].message).not.toMatch(/in time|reached/);
  });
});

describe("the operation log line", () => {
  it.each([
    [20, undefined],
    [25, 5],
  ])("lists the first 20 of %i upstream calls and counts the rest (%s)", async (calls, notListed) => {
    fake.setDefault((req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(service(req.pathname.split("/").pop())));
    });
    const ids = Array.from({ length: calls }, (_, i) => Buffer.from(`Service:${sidOf(i + 1)}`).toString("base64url"));
    const before = logs.length;
    const { body } = await graphql(`{ nodes(ids: ${JSON.stringify(ids)}) { id } }`);
    expect(body.errors).toBeUndefined();
    const line = logs.slice(before).find((entry) => entry.msg === "graphql operation")!;
    expect(line.upstream).toMatchObject({ calls });
    expect((line.upstream as { notListed?: number }).notListed).toBe(notListed);
    expect((line.upstream as { requests: unknown[] }).requests).toHaveLength(20);
  });
});
