// Malformed requests get Twilio-shaped errors with the right status and code, never a crash.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { ACCOUNT, OTHER_ACCOUNT, TOKEN, basicAuth, call, expectTwilioError, form, rawCall, withEmulator } from "./helpers.js";
import { MAX_BODY_BYTES } from "../../src/emulator/limits.js";

let emulator: RunningEmulator;
let strict: RunningEmulator; // only ACCOUNT:TOKEN authenticates
let svc: string; // a service of ACCOUNT
let otherSvc: string; // another service of ACCOUNT
let channelRole: string; // "channel user" of svc
let serviceRole: string; // "service user" of svc
let foreignRole: string; // a deployment role of otherSvc

beforeAll(async () => {
  emulator = await withEmulator();
  strict = await withEmulator({ accounts: [{ accountSid: ACCOUNT, authToken: TOKEN }] });
  const created = await call(emulator, "POST", "/v2/Services", { body: form({ FriendlyName: "target" }) });
  svc = created.json.sid;
  channelRole = created.json.default_channel_role_sid;
  serviceRole = created.json.default_service_role_sid;
  const other = await call(emulator, "POST", "/v2/Services", { body: form({ FriendlyName: "other" }) });
  otherSvc = other.json.sid;
  foreignRole = other.json.default_service_role_sid;
});
afterAll(async () => {
  await emulator.close();
  await strict.close();
});

interface Row {
  name: string;
  method: string;
  path: () => string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  auth?: string | false;
  on?: "strict";
  status: number;
  code: number;
  message?: RegExp;
}

const long = (n: number) => "x".repeat(n);
const ZERO_IS = "IS" + "0".repeat(32);

const rows: Row[] = [
  // services: create
  {
    name: "create without FriendlyName",
    method: "POST",
    path: () => "/v2/Services",
    body: "",
    status: 400,
    code: 20001,
    message: /^Missing required parameter FriendlyName in the post body$/,
  },
  { name: "create with empty FriendlyName", method: "POST", path: () => "/v2/Services", body: "FriendlyName=", status: 400, code: 20001 },
  {
    name: "create with 257-char FriendlyName",
    method: "POST",
    path: () => "/v2/Services",
    body: form({ FriendlyName: long(257) }),
    status: 400,
    code: 20001,
  },
  // services: path SIDs
  { name: "malformed service SID", method: "GET", path: () => "/v2/Services/ISnotasid", status: 404, code: 20404 },
  { name: "lowercase prefix SID", method: "GET", path: () => "/v2/Services/is" + "0".repeat(32), status: 404, code: 20404 },
  { name: "unknown service", method: "GET", path: () => `/v2/Services/${ZERO_IS}`, status: 404, code: 20404 },
  {
    name: "update unknown service",
    method: "POST",
    path: () => `/v2/Services/${ZERO_IS}`,
    body: "FriendlyName=x",
    status: 404,
    code: 20404,
  },
  { name: "delete unknown service", method: "DELETE", path: () => `/v2/Services/${ZERO_IS}`, status: 404, code: 20404 },
  // services: update validation
  {
    name: "Limits.ChannelMembers 0",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: "Limits.ChannelMembers=0",
    status: 400,
    code: 20001,
  },
  {
    name: "Limits.UserChannels 1001",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: "Limits.UserChannels=1001",
    status: 400,
    code: 20001,
  },
  {
    name: "Limits.ChannelMembers not a number",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: "Limits.ChannelMembers=abc",
    status: 400,
    code: 20001,
  },
  { name: "WebhookMethod PUT", method: "POST", path: () => `/v2/Services/${svc}`, body: "WebhookMethod=PUT", status: 400, code: 20001 },
  {
    name: "PreWebhookUrl not a URL",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: form({ PreWebhookUrl: "not a url" }),
    status: 400,
    code: 20001,
  },
  {
    name: "PostWebhookUrl relative",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: form({ PostWebhookUrl: "/hooks/post" }),
    status: 400,
    code: 20001,
  },
  {
    name: "PostWebhookUrl ftp",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: form({ PostWebhookUrl: "ftp://example.com/x" }),
    status: 400,
    code: 20001,
  },
  {
    name: "update FriendlyName too long",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: form({ FriendlyName: long(257) }),
    status: 400,
    code: 20001,
  },
  {
    name: "WebhookFilters not an event",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: form({ WebhookFilters: ["onMessageSend", "onFoo"] }),
    status: 400,
    code: 20001,
    message: /^Invalid parameter WebhookFilters: 'onFoo' is not a Chat webhook event/,
  },
  {
    name: "WebhookFilters in the wrong case",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: form({ WebhookFilters: "onmessagesend" }),
    status: 400,
    code: 20001,
  },
  {
    name: "WebhookFilters padded",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: form({ WebhookFilters: " onMessageSend" }),
    status: 400,
    code: 20001,
  },
  {
    name: "WebhookFilters of 100,000 characters",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: form({ WebhookFilters: long(100_000) }),
    status: 400,
    code: 20001,
    message: /^Invalid parameter WebhookFilters: 'x{64}…' is not a Chat webhook event/,
  },
  {
    name: "TypingIndicatorTimeout negative",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: "TypingIndicatorTimeout=-1",
    status: 400,
    code: 20001,
  },
  {
    name: "PreWebhookRetryCount fractional",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: "PreWebhookRetryCount=1.5",
    status: 400,
    code: 20001,
  },
  {
    name: "ConsumptionReportInterval huge",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: "ConsumptionReportInterval=99999999999",
    status: 400,
    code: 20001,
  },
  {
    name: "ReadStatusEnabled yes",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: "ReadStatusEnabled=yes",
    status: 400,
    code: 20001,
  },
  {
    name: "Notifications.LogEnabled 1",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: "Notifications.LogEnabled=1",
    status: 400,
    code: 20001,
  },
  {
    name: "DefaultServiceRoleSid malformed",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: "DefaultServiceRoleSid=RLbad",
    status: 400,
    code: 20001,
  },
  {
    name: "DefaultServiceRoleSid of another service",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: "",
    status: 400,
    code: 20001,
  },
  {
    name: "DefaultChannelRoleSid that is a deployment role",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: "",
    status: 400,
    code: 20001,
  },
  // paging
  { name: "PageSize 0", method: "GET", path: () => "/v2/Services?PageSize=0", status: 400, code: 20001 },
  { name: "PageSize 1001", method: "GET", path: () => "/v2/Services?PageSize=1001", status: 400, code: 20001 },
  { name: "PageSize abc", method: "GET", path: () => "/v2/Services?PageSize=abc", status: 400, code: 20001 },
  { name: "Page -1", method: "GET", path: () => "/v2/Services?Page=-1", status: 400, code: 20001 },
  { name: "PageToken garbage", method: "GET", path: () => "/v2/Services?PageToken=garbage", status: 400, code: 20001 },
  { name: "PageToken with unknown anchor", method: "GET", path: () => `/v2/Services?PageToken=PA${ZERO_IS}`, status: 400, code: 20001 },
  { name: "PageToken anchored on a role", method: "GET", path: () => `/v2/Services?PageToken=PA${channelRole}`, status: 400, code: 20001 },
  { name: "roles PageSize 0", method: "GET", path: () => `/v2/Services/${svc}/Roles?PageSize=0`, status: 400, code: 20001 },
  // encoding and transport
  { name: "bad percent-encoding in body", method: "POST", path: () => "/v2/Services", body: "FriendlyName=%zz", status: 400, code: 20001 },
  {
    name: "percent-encoded invalid UTF-8",
    method: "POST",
    path: () => "/v2/Services",
    body: "FriendlyName=%C3%28",
    status: 400,
    code: 20001,
  },
  {
    name: "raw invalid UTF-8 bytes",
    method: "POST",
    path: () => "/v2/Services",
    body: Buffer.from([0x46, 0x72, 0x69, 0x65, 0x6e, 0x64, 0x6c, 0x79, 0x4e, 0x61, 0x6d, 0x65, 0x3d, 0xff, 0xfe]),
    status: 400,
    code: 20001,
  },
  { name: "bad percent-encoding in query", method: "GET", path: () => "/v2/Services?PageSize=%zz", status: 400, code: 20001 },
  {
    name: "257 query parameters",
    method: "GET",
    path: () => "/v2/Services?" + Array.from({ length: 257 }, (_, i) => `q${i}=1`).join("&"),
    status: 400,
    code: 20001,
    message: /^Too many parameters/,
  },
  {
    name: "JSON content type",
    method: "POST",
    path: () => "/v2/Services",
    body: '{"FriendlyName":"x"}',
    headers: { "content-type": "application/json" },
    status: 415,
    code: 20001,
  },
  // authentication
  { name: "no credentials", method: "GET", path: () => "/v2/Services", auth: false, status: 401, code: 20003 },
  {
    name: "username not an account SID",
    method: "GET",
    path: () => "/v2/Services",
    auth: basicAuth("alice", "pw"),
    status: 401,
    code: 20003,
  },
  { name: "empty password", method: "GET", path: () => "/v2/Services", auth: basicAuth(ACCOUNT, ""), status: 401, code: 20003 },
  { name: "bearer instead of basic", method: "GET", path: () => "/v2/Services", auth: "Bearer abc", status: 401, code: 20003 },
  {
    name: "wrong password with accounts",
    on: "strict",
    method: "GET",
    path: () => "/v2/Services",
    auth: basicAuth(ACCOUNT, "nope"),
    status: 401,
    code: 20003,
  },
  {
    name: "unlisted account with accounts",
    on: "strict",
    method: "GET",
    path: () => "/v2/Services",
    auth: basicAuth(OTHER_ACCOUNT, TOKEN),
    status: 401,
    code: 20003,
  },
  // routing
  { name: "PUT on the services list", method: "PUT", path: () => "/v2/Services", body: "", status: 405, code: 20004 },
  { name: "DELETE on the services list", method: "DELETE", path: () => "/v2/Services", status: 405, code: 20004 },
  { name: "PATCH on a service", method: "PATCH", path: () => `/v2/Services/${svc}`, body: "", status: 405, code: 20004 },
  { name: "unknown route", method: "GET", path: () => "/v2/Nope", status: 404, code: 20404 },
  { name: "unknown sub-resource", method: "GET", path: () => `/v2/Services/${svc}/Nope`, status: 404, code: 20404 },
  { name: "trailing slash", method: "GET", path: () => "/v2/Services/", status: 404, code: 20404 },
  { name: "bad percent-encoding in path", method: "GET", path: () => "/v2/Services/%zz", status: 400, code: 20001 },
  // roles
  {
    name: "role with bad Type",
    method: "POST",
    path: () => `/v2/Services/${svc}/Roles`,
    body: form({ FriendlyName: "r", Type: "admin", Permission: "sendMessage" }),
    status: 400,
    code: 20001,
  },
  {
    name: "role without Type",
    method: "POST",
    path: () => `/v2/Services/${svc}/Roles`,
    body: form({ FriendlyName: "r", Permission: "sendMessage" }),
    status: 400,
    code: 20001,
    message: /Missing required parameter Type/,
  },
  {
    name: "role without Permission",
    method: "POST",
    path: () => `/v2/Services/${svc}/Roles`,
    body: form({ FriendlyName: "r", Type: "channel" }),
    status: 400,
    code: 20001,
    message: /Missing required parameter Permission/,
  },
  {
    name: "role without FriendlyName",
    method: "POST",
    path: () => `/v2/Services/${svc}/Roles`,
    body: form({ Type: "channel", Permission: "sendMessage" }),
    status: 400,
    code: 20001,
  },
  {
    name: "role FriendlyName 65 chars",
    method: "POST",
    path: () => `/v2/Services/${svc}/Roles`,
    body: form({ FriendlyName: long(65), Type: "channel", Permission: "sendMessage" }),
    status: 400,
    code: 20001,
  },
  {
    name: "role update without Permission",
    method: "POST",
    path: () => `/v2/Services/${svc}/Roles/${channelRole}`,
    body: "",
    status: 400,
    code: 20001,
  },
  { name: "role with malformed SID", method: "GET", path: () => `/v2/Services/${svc}/Roles/RLxyz`, status: 404, code: 20404 },
  { name: "role of another service", method: "GET", path: () => `/v2/Services/${svc}/Roles/${foreignRole}`, status: 404, code: 20404 },
  { name: "roles of an unknown service", method: "GET", path: () => `/v2/Services/${ZERO_IS}/Roles`, status: 404, code: 20404 },
  { name: "deleting a default role", method: "DELETE", path: () => `/v2/Services/${svc}/Roles/${channelRole}`, status: 400, code: 20001 },
  { name: "PUT on a role", method: "PUT", path: () => `/v2/Services/${svc}/Roles/${channelRole}`, body: "", status: 405, code: 20004 },
  // account isolation
  {
    name: "foreign account fetches a service",
    method: "GET",
    path: () => `/v2/Services/${svc}`,
    auth: basicAuth(OTHER_ACCOUNT, "x"),
    status: 404,
    code: 20404,
  },
  {
    name: "foreign account updates a service",
    method: "POST",
    path: () => `/v2/Services/${svc}`,
    body: "FriendlyName=mine",
    auth: basicAuth(OTHER_ACCOUNT, "x"),
    status: 404,
    code: 20404,
  },
  {
    name: "foreign account deletes a service",
    method: "DELETE",
    path: () => `/v2/Services/${svc}`,
    auth: basicAuth(OTHER_ACCOUNT, "x"),
    status: 404,
    code: 20404,
  },
  {
    name: "foreign account lists roles",
    method: "GET",
    path: () => `/v2/Services/${svc}/Roles`,
    auth: basicAuth(OTHER_ACCOUNT, "x"),
    status: 404,
    code: 20404,
  },
  {
    name: "foreign account fetches a role",
    method: "GET",
    path: () => `/v2/Services/${svc}/Roles/${channelRole}`,
    auth: basicAuth(OTHER_ACCOUNT, "x"),
    status: 404,
    code: 20404,
  },
];

// Two rows need SIDs that only exist after beforeAll; give them their bodies lazily.
const lazyBodies: Record<string, () => string> = {
  "DefaultServiceRoleSid of another service": () => form({ DefaultServiceRoleSid: foreignRole }),
  "DefaultChannelRoleSid that is a deployment role": () => form({ DefaultChannelRoleSid: serviceRole }),
};

describe("bad input", () => {
  it.each(rows.map((r) => [r.name, r] as const))("%s", async (_name, row) => {
    const target = row.on === "strict" ? strict : emulator;
    const body = lazyBodies[row.name]?.() ?? row.body;
    const res = await call(target, row.method, row.path(), { body, headers: row.headers, auth: row.auth });
    expectTwilioError(res, row.status, row.code);
    if (row.message) expect(res.json.message).toMatch(row.message);
    if (row.status === 401) expect(res.headers.get("www-authenticate")).toBe('Basic realm="Twilio API"');
    if (row.status === 405) expect(res.headers.get("allow")).toBeTruthy();
  });

  it("has at least 20 rows", () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
  });

  it("a rejected update changes nothing", async () => {
    const before = (await call(emulator, "GET", `/v2/Services/${svc}`)).json;
    const res = await call(emulator, "POST", `/v2/Services/${svc}`, {
      body: form({ FriendlyName: "changed", "Limits.ChannelMembers": "5", WebhookMethod: "DELETE" }),
    });
    expectTwilioError(res, 400, 20001);
    expect((await call(emulator, "GET", `/v2/Services/${svc}`)).json).toEqual(before);
  });

  it("the configured account still authenticates in strict mode", async () => {
    expect((await call(strict, "GET", "/v2/Services")).status).toBe(200);
  });

  it("a foreign account never sees another account's services in its list", async () => {
    const res = await call(emulator, "GET", "/v2/Services", { auth: basicAuth(OTHER_ACCOUNT, "x") });
    expect(res.status).toBe(200);
    expect(res.json.services).toEqual([]);
    const mine = await call(emulator, "GET", "/v2/Services");
    expect(mine.json.services.map((s: { sid: string }) => s.sid)).toEqual(expect.arrayContaining([svc, otherSvc]));
  });

  it("a declared oversized body is refused with 413 without reading it", async () => {
    const res = await rawCall(emulator, {
      method: "POST",
      path: "/v2/Services",
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(2 * 1024 * 1024) },
      body: "FriendlyName=x",
    }).catch((e) => e);
    expect(res.status).toBe(413);
    expect(res.json).toMatchObject({ status: 413, code: 20001 });
  });

  it.each([
    [MAX_BODY_BYTES, 201],
    [MAX_BODY_BYTES + 1, 413],
  ])("a body of %i bytes (MAX_BODY_BYTES: 1 MiB) is answered %i", async (bytes, status) => {
    // An unknown parameter is read and ignored: it pads the body to the size wanted.
    const head = "FriendlyName=padded&Pad=";
    const res = await call(emulator, "POST", "/v2/Services", { body: head + "a".repeat(bytes - head.length) });
    expect(res.status, res.text.slice(0, 200)).toBe(status);
  });

  it("a streamed body past 1 MiB is refused with 413", async () => {
    const res = await call(emulator, "POST", "/v2/Services", { body: "FriendlyName=" + long(2 * 1024 * 1024) });
    expectTwilioError(res, 413, 20001);
    // The emulator is still serving afterwards.
    expect((await call(emulator, "GET", "/v2/Services")).status).toBe(200);
  });

  // A bad value is quoted back cut short: a huge one must not make a huge error body.
  it.each([
    ["ReadStatusEnabled", "update"],
    ["TypingIndicatorTimeout", "update"],
    ["WebhookMethod", "update"],
    ["PreWebhookUrl", "update"],
    ["DefaultServiceRoleSid", "update"],
    ["PageSize", "list"],
    ["PageToken", "list"],
  ])("a huge bad %s is quoted back cut short", async (param, where) => {
    // Under every length cap (URLs: 2048), so the value itself is what gets rejected.
    const value = "y".repeat(where === "list" || param === "PreWebhookUrl" ? 2000 : 100_000);
    const res =
      where === "list"
        ? await call(emulator, "GET", `/v2/Services?${form({ [param]: value })}`)
        : await call(emulator, "POST", `/v2/Services/${svc}`, { body: form({ [param]: value }) });
    expectTwilioError(res, 400, 20001);
    expect(res.json.message).toContain(param);
    expect(res.json.message).toContain(`'${"y".repeat(64)}…'`);
    expect(res.json.message.length).toBeLessThan(300);
  });

  it("a POST without body or Content-Type is an empty form", async () => {
    const res = await call(emulator, "POST", `/v2/Services/${svc}`);
    expect(res.status).toBe(200);
  });
});
