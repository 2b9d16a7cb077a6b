// Malformed or refused requests on the channel side get Twilio-shaped errors with the right
// status and code, and change nothing. One table per family.
import { afterAll, beforeAll } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { BAD, NOT_FOUND, ZERO, created, describeBadInput, foreign, long, type BadInputRow } from "./bad-input.table.js";
import { call, form, withEmulator } from "./helpers.js";

let emulator: RunningEmulator;
let svc: string;
let otherSvc: string;
let deploymentRole: string; // "service user" of svc
let foreignChannelRole: string; // "channel user" of otherSvc
let room: string; // path of channel "room" of svc (created by alice)
let otherRoom: string; // path of a channel of otherSvc
let message: string; // a message of room
let otherMember: string; // a member of otherRoom
let webhook: string; // a webhook of room
let invite: string; // an invite of room

beforeAll(async () => {
  emulator = await withEmulator();
  const post = (path: string, params: Record<string, string | string[]>) => created(emulator, path, params);
  const service = await post("/v2/Services", { FriendlyName: "bad input" });
  svc = service.sid;
  deploymentRole = service.default_service_role_sid;
  const other = await post("/v2/Services", { FriendlyName: "other" });
  otherSvc = other.sid;
  foreignChannelRole = other.default_channel_role_sid;
  room = `/v2/Services/${svc}/Channels/${(await post(`/v2/Services/${svc}/Channels`, { UniqueName: "room", CreatedBy: "alice" })).sid}`;
  await post(`/v2/Services/${svc}/Channels`, { UniqueName: "taken" });
  otherRoom = `/v2/Services/${otherSvc}/Channels/${(await post(`/v2/Services/${otherSvc}/Channels`, {})).sid}`;
  await post(`${room}/Members`, { Identity: "alice" });
  otherMember = (await post(`${otherRoom}/Members`, { Identity: "zed" })).sid;
  message = (await post(`${room}/Messages`, { Body: "hello" })).sid;
  invite = (await post(`${room}/Invites`, { Identity: "invited" })).sid;
  webhook = (await post(`${room}/Webhooks`, { Type: "webhook", "Configuration.Url": "https://example.com/h" })).sid;
});
afterAll(() => emulator.close());

const tables: Record<string, BadInputRow[]> = {
  channels: [
    { name: "unknown service", path: () => `/v2/Services/${ZERO("IS")}/Channels`, ...NOT_FOUND },
    { name: "malformed service SID", path: () => `/v2/Services/ISnope/Channels`, ...NOT_FOUND },
    { name: "unknown channel SID", path: () => `/v2/Services/${svc}/Channels/${ZERO("CH")}`, ...NOT_FOUND },
    { name: "unknown unique name", path: () => `/v2/Services/${svc}/Channels/nope`, ...NOT_FOUND },
    { name: "channel of another service", path: () => `/v2/Services/${svc}/Channels/${otherRoom.split("/").at(-1)}`, ...NOT_FOUND },
    { name: "list Type not an enum value", path: () => `/v2/Services/${svc}/Channels?Type=secret`, ...BAD },
    { name: "list Type in the wrong case", path: () => `/v2/Services/${svc}/Channels?Type=Public`, ...BAD },
    { name: "create Type not an enum value", method: "POST", path: () => `/v2/Services/${svc}/Channels`, body: () => "Type=open", ...BAD },
    {
      name: "FriendlyName of 257 characters",
      method: "POST",
      path: () => `/v2/Services/${svc}/Channels`,
      body: () => form({ FriendlyName: long(257) }),
      ...BAD,
      message: /at most 256 characters/,
    },
    {
      name: "UniqueName of 257 characters",
      method: "POST",
      path: () => `/v2/Services/${svc}/Channels`,
      body: () => form({ UniqueName: long(257) }),
      ...BAD,
    },
    {
      name: "UniqueName shaped like a channel SID",
      method: "POST",
      path: () => `/v2/Services/${svc}/Channels`,
      body: () => form({ UniqueName: "CH" + "a".repeat(32) }),
      status: 400,
      code: 50306,
    },
    {
      name: "UniqueName taken, on create",
      method: "POST",
      path: () => `/v2/Services/${svc}/Channels`,
      body: () => "UniqueName=taken",
      status: 409,
      code: 50307,
    },
    { name: "UniqueName taken, on update", method: "POST", path: () => room, body: () => "UniqueName=taken", status: 409, code: 50307 },
    {
      name: "Attributes not JSON",
      method: "POST",
      path: () => room,
      body: () => form({ Attributes: "{nope" }),
      ...BAD,
      message: /Attributes: must be valid JSON/,
    },
    {
      name: "Attributes over 16 KiB",
      method: "POST",
      path: () => room,
      body: () => form({ Attributes: JSON.stringify(long(16 * 1024)) }),
      ...BAD,
    },
    { name: "DateCreated not a date", method: "POST", path: () => room, body: () => "DateCreated=yesterday", ...BAD },
    { name: "CreatedBy of 257 characters", method: "POST", path: () => room, body: () => form({ CreatedBy: long(257) }), ...BAD },
    {
      name: "X-Twilio-Webhook-Enabled not true/false",
      method: "DELETE",
      path: () => room,
      headers: { "x-twilio-webhook-enabled": "yes" },
      ...BAD,
    },
    { name: "PUT on a channel", method: "PUT", path: () => room, body: () => "", status: 405, code: 20004 },
    { name: "foreign account fetches a channel", path: () => room, auth: foreign, ...NOT_FOUND },
    { name: "foreign account deletes a channel", method: "DELETE", path: () => room, auth: foreign, ...NOT_FOUND },
    {
      name: "PageToken anchored on another service's channel",
      path: () => `/v2/Services/${svc}/Channels?PageToken=PA${otherRoom.split("/").at(-1)}`,
      ...BAD,
    },
    { name: "PageToken anchored on a member", path: () => `/v2/Services/${svc}/Channels?PageToken=PA${otherMember}`, ...BAD },
  ],
  members: [
    {
      name: "Identity missing",
      method: "POST",
      path: () => `${room}/Members`,
      body: () => "",
      ...BAD,
      message: /Missing required parameter Identity/,
    },
    { name: "Identity blank", method: "POST", path: () => `${room}/Members`, body: () => "Identity=%20", ...BAD },
    {
      name: "Identity of 257 characters",
      method: "POST",
      path: () => `${room}/Members`,
      body: () => form({ Identity: long(257) }),
      ...BAD,
    },
    {
      name: "Identity shaped like a user SID",
      method: "POST",
      path: () => `${room}/Members`,
      body: () => form({ Identity: "US" + "a".repeat(32) }),
      status: 400,
      code: 50206,
    },
    { name: "already a member", method: "POST", path: () => `${room}/Members`, body: () => "Identity=alice", status: 409, code: 50404 },
    { name: "RoleSid malformed", method: "POST", path: () => `${room}/Members`, body: () => "Identity=x&RoleSid=RLnope", ...BAD },
    {
      name: "RoleSid a deployment role",
      method: "POST",
      path: () => `${room}/Members`,
      body: () => `Identity=x&RoleSid=${deploymentRole}`,
      ...BAD,
    },
    {
      name: "RoleSid of another service",
      method: "POST",
      path: () => `${room}/Members/alice`,
      body: () => `RoleSid=${foreignChannelRole}`,
      ...BAD,
    },
    {
      name: "LastConsumedMessageIndex negative",
      method: "POST",
      path: () => `${room}/Members/alice`,
      body: () => "LastConsumedMessageIndex=-1",
      ...BAD,
    },
    {
      name: "LastConsumedMessageIndex not a number",
      method: "POST",
      path: () => `${room}/Members/alice`,
      body: () => "LastConsumedMessageIndex=x",
      ...BAD,
    },
    {
      name: "LastConsumptionTimestamp not a date",
      method: "POST",
      path: () => `${room}/Members/alice`,
      body: () => "LastConsumptionTimestamp=now",
      ...BAD,
    },
    { name: "unknown member identity", path: () => `${room}/Members/nobody`, ...NOT_FOUND },
    { name: "member of another channel", path: () => `${room}/Members/${otherMember}`, ...NOT_FOUND },
    { name: "members of an unknown channel", path: () => `/v2/Services/${svc}/Channels/nope/Members`, ...NOT_FOUND },
    { name: "foreign account lists members", path: () => `${room}/Members`, auth: foreign, ...NOT_FOUND },
    { name: "PageToken anchored on another channel's member", path: () => `${room}/Members?PageToken=PA${otherMember}`, ...BAD },
  ],
  messages: [
    {
      name: "Body over 32 KiB",
      method: "POST",
      path: () => `${room}/Messages`,
      body: () => form({ Body: long(32 * 1024 + 1) }),
      status: 400,
      code: 50504,
      message: /Body: must be at most 32768 bytes/,
    },
    // 16,385 two-byte characters: under 32 Ki characters, over 32 KiB.
    {
      name: "Body over 32 KiB in UTF-8",
      method: "POST",
      path: () => `${room}/Messages`,
      body: () => form({ Body: "é".repeat(16 * 1024 + 1) }),
      status: 400,
      code: 50504,
    },
    {
      name: "Body over 32 KiB on update",
      method: "POST",
      path: () => `${room}/Messages/${message}`,
      body: () => form({ Body: long(32 * 1024 + 1) }),
      status: 400,
      code: 50504,
    },
    { name: "Order sideways", path: () => `${room}/Messages?Order=sideways`, ...BAD },
    { name: "MediaSid malformed", method: "POST", path: () => `${room}/Messages`, body: () => "MediaSid=MEnope", ...BAD },
    { name: "From of 257 characters", method: "POST", path: () => `${room}/Messages`, body: () => form({ From: long(257) }), ...BAD },
    { name: "Attributes not JSON", method: "POST", path: () => `${room}/Messages`, body: () => "Attributes=x", ...BAD },
    {
      name: "DateUpdated not a date",
      method: "POST",
      path: () => `${room}/Messages/${message}`,
      body: () => "DateUpdated=2020-13-01T00:00:00Z",
      ...BAD,
    },
    { name: "unknown message", path: () => `${room}/Messages/${ZERO("IM")}`, ...NOT_FOUND },
    { name: "malformed message SID", path: () => `${room}/Messages/nope`, ...NOT_FOUND },
    { name: "message of another channel", path: () => `${otherRoom}/Messages/${message}`, ...NOT_FOUND },
    { name: "foreign account deletes a message", method: "DELETE", path: () => `${room}/Messages/${message}`, auth: foreign, ...NOT_FOUND },
  ],
  invites: [
    { name: "Identity missing", method: "POST", path: () => `${room}/Invites`, body: () => "", ...BAD },
    {
      name: "Identity of 257 characters",
      method: "POST",
      path: () => `${room}/Invites`,
      body: () => form({ Identity: long(257) }),
      ...BAD,
    },
    { name: "already invited", method: "POST", path: () => `${room}/Invites`, body: () => "Identity=invited", status: 409, code: 50212 },
    {
      name: "RoleSid a deployment role",
      method: "POST",
      path: () => `${room}/Invites`,
      body: () => `Identity=y&RoleSid=${deploymentRole}`,
      ...BAD,
    },
    { name: "RoleSid malformed", method: "POST", path: () => `${room}/Invites`, body: () => "Identity=y&RoleSid=nope", ...BAD },
    { name: "unknown invite", path: () => `${room}/Invites/${ZERO("IN")}`, ...NOT_FOUND },
    { name: "invite of another channel", method: "DELETE", path: () => `${otherRoom}/Invites/${invite}`, ...NOT_FOUND },
    { name: "POST on an invite", method: "POST", path: () => `${room}/Invites/${invite}`, body: () => "", status: 405, code: 20004 },
  ],
  webhooks: [
    {
      name: "Type missing",
      method: "POST",
      path: () => `${room}/Webhooks`,
      body: () => "",
      ...BAD,
      message: /Missing required parameter Type/,
    },
    { name: "Type not an enum value", method: "POST", path: () => `${room}/Webhooks`, body: () => "Type=sms", ...BAD },
    {
      name: "webhook without a URL",
      method: "POST",
      path: () => `${room}/Webhooks`,
      body: () => "Type=webhook",
      ...BAD,
      message: /Configuration\.Url/,
    },
    {
      name: "URL not a URL",
      method: "POST",
      path: () => `${room}/Webhooks`,
      body: () => form({ Type: "webhook", "Configuration.Url": "nope" }),
      ...BAD,
    },
    {
      name: "trigger without triggers",
      method: "POST",
      path: () => `${room}/Webhooks`,
      body: () => form({ Type: "trigger", "Configuration.Url": "https://e.com" }),
      ...BAD,
    },
    {
      name: "six triggers",
      method: "POST",
      path: () => `${room}/Webhooks`,
      body: () => form({ Type: "trigger", "Configuration.Url": "https://e.com", "Configuration.Triggers": ["a", "b", "c", "d", "e", "f"] }),
      ...BAD,
      message: /at most 5 values/,
    },
    {
      name: "studio without a flow",
      method: "POST",
      path: () => `${room}/Webhooks`,
      body: () => "Type=studio",
      ...BAD,
      message: /Configuration\.FlowSid/,
    },
    {
      name: "FlowSid malformed",
      method: "POST",
      path: () => `${room}/Webhooks`,
      body: () => form({ Type: "studio", "Configuration.FlowSid": "FWnope" }),
      ...BAD,
    },
    { name: "RetryCount 4", method: "POST", path: () => `${room}/Webhooks/${webhook}`, body: () => "Configuration.RetryCount=4", ...BAD },
    {
      name: "Filters not an event",
      method: "POST",
      path: () => `${room}/Webhooks/${webhook}`,
      body: () => "Configuration.Filters=onNothing",
      ...BAD,
    },
    { name: "Method PUT", method: "POST", path: () => `${room}/Webhooks/${webhook}`, body: () => "Configuration.Method=PUT", ...BAD },
    { name: "URL cleared on update", method: "POST", path: () => `${room}/Webhooks/${webhook}`, body: () => "Configuration.Url=", ...BAD },
    { name: "unknown webhook", path: () => `${room}/Webhooks/${ZERO("WH")}`, ...NOT_FOUND },
    { name: "foreign account lists webhooks", path: () => `${room}/Webhooks`, auth: foreign, ...NOT_FOUND },
  ],
};

/** What a refused request might have changed: the service's channels and room's contents. */
async function snapshot() {
  const lists = [
    `/v2/Services/${svc}/Channels?Type=public&Type=private`,
    ...["Members", "Messages", "Invites", "Webhooks"].map((list) => `${room}/${list}`),
  ];
  return Promise.all(lists.map(async (path) => (await call(emulator, "GET", path)).json));
}

describeBadInput(() => emulator, tables, snapshot);
