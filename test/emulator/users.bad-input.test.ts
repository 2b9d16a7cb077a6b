// Malformed or refused requests on the user side get Twilio-shaped errors with the right status
// and code, and change nothing. One table per family, the admin route included.
import { afterAll, beforeAll } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { BAD, NOT_FOUND, ZERO, created, describeBadInput, foreign, long, type BadInputRow } from "./bad-input.table.js";
import { call, form, seedBinding, withEmulator } from "./helpers.js";

let emulator: RunningEmulator;
let svcSid: string;
let svc: string; // /v2/Services/<svc>
let otherSvc: string;
let channelRole: string;
let deploymentRole: string;
let foreignDeploymentRole: string;
let otherUser: string; // a user of otherSvc
let binding: string; // a binding of alice
let bobBinding: string; // a binding of bob
let credential: string; // an apn credential of the account
let foreignCredential: string; // a credential of OTHER_ACCOUNT
let customRole: string; // a channel role of svc that is nobody's default

beforeAll(async () => {
  emulator = await withEmulator();
  const post = (path: string, params: Record<string, string | string[]>, auth?: string) => created(emulator, path, params, auth);
  const service = await post("/v2/Services", { FriendlyName: "bad input" });
  svcSid = service.sid;
  svc = `/v2/Services/${svcSid}`;
  channelRole = service.default_channel_role_sid;
  deploymentRole = service.default_service_role_sid;
  const other = await post("/v2/Services", { FriendlyName: "other" });
  otherSvc = `/v2/Services/${other.sid}`;
  foreignDeploymentRole = other.default_service_role_sid;
  otherUser = (await post(`${otherSvc}/Users`, { Identity: "zed" })).sid;
  await post(`${svc}/Users`, { Identity: "alice" });
  await post(`${svc}/Channels`, { UniqueName: "room" });
  await post(`${svc}/Channels`, { UniqueName: "elsewhere" });
  await post(`${svc}/Channels/room/Members`, { Identity: "alice" });
  credential = (await post("/v2/Credentials", { Type: "apn", Certificate: "c", PrivateKey: "k" })).sid;
  foreignCredential = (await post("/v2/Credentials", { Type: "fcm", Secret: "s" }, foreign)).sid;
  binding = (await seedBinding(emulator, svcSid, { Identity: "alice", BindingType: "apn", Endpoint: "a" })).sid;
  bobBinding = (await seedBinding(emulator, svcSid, { Identity: "bob", BindingType: "gcm", Endpoint: "b" })).sid;
  customRole = (await post(`${svc}/Roles`, { FriendlyName: "custom", Type: "channel", Permission: "sendMessage" })).sid;
});
afterAll(() => emulator.close());

const NOT_A_PERMISSION = { status: 400, code: 50104 };

const tables: Record<string, BadInputRow[]> = {
  users: [
    {
      name: "Identity missing",
      method: "POST",
      path: () => `${svc}/Users`,
      body: () => "",
      ...BAD,
      message: /Missing required parameter Identity/,
    },
    { name: "Identity blank", method: "POST", path: () => `${svc}/Users`, body: () => "Identity=%20", ...BAD },
    { name: "Identity of 257 characters", method: "POST", path: () => `${svc}/Users`, body: () => form({ Identity: long(257) }), ...BAD },
    {
      name: "Identity shaped like a user SID",
      method: "POST",
      path: () => `${svc}/Users`,
      body: () => `Identity=US${"a".repeat(32)}`,
      status: 400,
      code: 50206,
    },
    { name: "Identity taken", method: "POST", path: () => `${svc}/Users`, body: () => "Identity=alice", status: 409, code: 50201 },
    {
      name: "RoleSid a channel role",
      method: "POST",
      path: () => `${svc}/Users`,
      body: () => `Identity=u1&RoleSid=${channelRole}`,
      ...BAD,
    },
    {
      name: "RoleSid of another service",
      method: "POST",
      path: () => `${svc}/Users/alice`,
      body: () => `RoleSid=${foreignDeploymentRole}`,
      ...BAD,
    },
    { name: "RoleSid malformed", method: "POST", path: () => `${svc}/Users/alice`, body: () => "RoleSid=RL1", ...BAD },
    { name: "Attributes not JSON", method: "POST", path: () => `${svc}/Users/alice`, body: () => "Attributes=%7B", ...BAD },
    {
      name: "FriendlyName of 257 characters",
      method: "POST",
      path: () => `${svc}/Users/alice`,
      body: () => form({ FriendlyName: long(257) }),
      ...BAD,
    },
    {
      name: "X-Twilio-Webhook-Enabled not true/false",
      method: "POST",
      path: () => `${svc}/Users/alice`,
      body: () => "",
      headers: { "x-twilio-webhook-enabled": "1" },
      ...BAD,
    },
    { name: "unknown identity", path: () => `${svc}/Users/nobody`, ...NOT_FOUND },
    { name: "unknown user SID", path: () => `${svc}/Users/${ZERO("US")}`, ...NOT_FOUND },
    { name: "user of another service", path: () => `${svc}/Users/${otherUser}`, ...NOT_FOUND },
    { name: "foreign account fetches a user", path: () => `${svc}/Users/alice`, auth: foreign, ...NOT_FOUND },
    { name: "foreign account deletes a user", method: "DELETE", path: () => `${svc}/Users/alice`, auth: foreign, ...NOT_FOUND },
    { name: "PUT on a user", method: "PUT", path: () => `${svc}/Users/alice`, body: () => "", status: 405, code: 20004 },
    { name: "PageToken anchored on another service's user", path: () => `${svc}/Users?PageToken=PA${otherUser}`, ...BAD },
  ],
  "user channels": [
    { name: "a channel the user is not in", path: () => `${svc}/Users/alice/Channels/elsewhere`, ...NOT_FOUND },
    { name: "an unknown channel", path: () => `${svc}/Users/alice/Channels/nowhere`, ...NOT_FOUND },
    { name: "channels of an unknown user", path: () => `${svc}/Users/nobody/Channels`, ...NOT_FOUND },
    {
      name: "NotificationLevel loud",
      method: "POST",
      path: () => `${svc}/Users/alice/Channels/room`,
      body: () => "NotificationLevel=loud",
      ...BAD,
    },
    {
      name: "LastConsumedMessageIndex negative",
      method: "POST",
      path: () => `${svc}/Users/alice/Channels/room`,
      body: () => "LastConsumedMessageIndex=-1",
      ...BAD,
    },
    {
      name: "LastConsumptionTimestamp not a date",
      method: "POST",
      path: () => `${svc}/Users/alice/Channels/room`,
      body: () => "LastConsumptionTimestamp=x",
      ...BAD,
    },
    { name: "leaving a channel the user is not in", method: "DELETE", path: () => `${svc}/Users/alice/Channels/elsewhere`, ...NOT_FOUND },
    { name: "foreign account lists user channels", path: () => `${svc}/Users/alice/Channels`, auth: foreign, ...NOT_FOUND },
    { name: "PageToken anchored on a channel, not a member", path: () => `${svc}/Users/alice/Channels?PageToken=PA${ZERO("CH")}`, ...BAD },
  ],
  bindings: [
    { name: "unknown binding", path: () => `${svc}/Bindings/${ZERO("BS")}`, ...NOT_FOUND },
    { name: "malformed binding SID", path: () => `${svc}/Bindings/BS1`, ...NOT_FOUND },
    { name: "another user's binding", path: () => `${svc}/Users/alice/Bindings/${bobBinding}`, ...NOT_FOUND },
    { name: "BindingType filter not a type", path: () => `${svc}/Bindings?BindingType=sms`, ...BAD },
    { name: "user BindingType filter not a type", path: () => `${svc}/Users/alice/Bindings?BindingType=APN`, ...BAD },
    {
      name: "POST on the bindings list (the REST API makes none)",
      method: "POST",
      path: () => `${svc}/Bindings`,
      body: () => "",
      status: 405,
      code: 20004,
    },
    { name: "foreign account deletes a binding", method: "DELETE", path: () => `${svc}/Bindings/${binding}`, auth: foreign, ...NOT_FOUND },
  ],
  "binding seeding (admin route)": [
    {
      name: "Identity missing",
      method: "POST",
      path: () => `/emulator/v1/Services/${svcSid}/Bindings`,
      body: () => "BindingType=apn&Endpoint=e",
      ...BAD,
    },
    {
      name: "BindingType missing",
      method: "POST",
      path: () => `/emulator/v1/Services/${svcSid}/Bindings`,
      body: () => "Identity=a&Endpoint=e",
      ...BAD,
    },
    {
      name: "BindingType not a type",
      method: "POST",
      path: () => `/emulator/v1/Services/${svcSid}/Bindings`,
      body: () => "Identity=a&Endpoint=e&BindingType=sms",
      ...BAD,
    },
    {
      name: "Endpoint missing",
      method: "POST",
      path: () => `/emulator/v1/Services/${svcSid}/Bindings`,
      body: () => "Identity=a&BindingType=apn",
      ...BAD,
    },
    {
      name: "CredentialSid malformed",
      method: "POST",
      path: () => `/emulator/v1/Services/${svcSid}/Bindings`,
      body: () => "Identity=a&BindingType=apn&Endpoint=e&CredentialSid=CR1",
      ...BAD,
    },
    {
      name: "CredentialSid of another account",
      method: "POST",
      path: () => `/emulator/v1/Services/${svcSid}/Bindings`,
      body: () => `Identity=a&BindingType=apn&Endpoint=e&CredentialSid=${foreignCredential}`,
      ...BAD,
    },
    {
      name: "MessageTypes not a type",
      method: "POST",
      path: () => `/emulator/v1/Services/${svcSid}/Bindings`,
      body: () => "Identity=a&BindingType=apn&Endpoint=e&MessageTypes=typing",
      ...BAD,
    },
    {
      name: "unknown service",
      method: "POST",
      path: () => `/emulator/v1/Services/${ZERO("IS")}/Bindings`,
      body: () => "Identity=a&BindingType=apn&Endpoint=e",
      ...NOT_FOUND,
    },
    { name: "GET on the admin route", path: () => `/emulator/v1/Services/${svcSid}/Bindings`, status: 405, code: 20004 },
    {
      name: "no credentials",
      method: "POST",
      path: () => `/emulator/v1/Services/${svcSid}/Bindings`,
      body: () => "",
      auth: false,
      status: 401,
      code: 20003,
    },
    {
      name: "Online not a boolean",
      method: "POST",
      path: () => `/emulator/v1/Services/${svcSid}/Users/alice`,
      body: () => "Online=yes",
      ...BAD,
    },
    {
      name: "Online for an unknown user",
      method: "POST",
      path: () => `/emulator/v1/Services/${svcSid}/Users/nobody`,
      body: () => "Online=true",
      ...NOT_FOUND,
    },
  ],
  roles: [
    {
      name: "a service permission on a channel role",
      method: "POST",
      path: () => `${svc}/Roles`,
      body: () => form({ FriendlyName: "r", Type: "channel", Permission: "createChannel" }),
      ...NOT_A_PERMISSION,
    },
    {
      name: "a channel permission on a deployment role",
      method: "POST",
      path: () => `${svc}/Roles`,
      body: () => form({ FriendlyName: "r", Type: "deployment", Permission: "sendMessage" }),
      ...NOT_A_PERMISSION,
    },
    {
      name: "an unknown permission",
      method: "POST",
      path: () => `${svc}/Roles`,
      body: () => form({ FriendlyName: "r", Type: "channel", Permission: "fly" }),
      ...NOT_A_PERMISSION,
    },
    {
      name: "a permission in the wrong case",
      method: "POST",
      path: () => `${svc}/Roles/${customRole}`,
      body: () => "Permission=SendMessage",
      ...NOT_A_PERMISSION,
    },
    {
      name: "one bad permission among good ones",
      method: "POST",
      path: () => `${svc}/Roles/${customRole}`,
      body: () => form({ Permission: ["sendMessage", "joinChannel"] }),
      ...NOT_A_PERMISSION,
    },
    { name: "an empty permission", method: "POST", path: () => `${svc}/Roles/${customRole}`, body: () => "Permission=", ...BAD },
    {
      name: "deleting the default channel role",
      method: "DELETE",
      path: () => `${svc}/Roles/${channelRole}`,
      ...BAD,
      message: /default_channel_role_sid/,
    },
    {
      name: "deleting the default service role",
      method: "DELETE",
      path: () => `${svc}/Roles/${deploymentRole}`,
      ...BAD,
      message: /default_service_role_sid/,
    },
  ],
  credentials: [
    {
      name: "Type missing",
      method: "POST",
      path: () => "/v2/Credentials",
      body: () => "Secret=s",
      ...BAD,
      message: /Missing required parameter Type/,
    },
    { name: "Type not a push service", method: "POST", path: () => "/v2/Credentials", body: () => "Type=sms&Secret=s", ...BAD },
    {
      name: "apn without a private key",
      method: "POST",
      path: () => "/v2/Credentials",
      body: () => "Type=apn&Certificate=c",
      ...BAD,
      message: /PrivateKey/,
    },
    {
      name: "gcm without an API key",
      method: "POST",
      path: () => "/v2/Credentials",
      body: () => "Type=gcm&Secret=s",
      ...BAD,
      message: /ApiKey/,
    },
    {
      name: "fcm without a secret",
      method: "POST",
      path: () => "/v2/Credentials",
      body: () => "Type=fcm&ApiKey=k",
      ...BAD,
      message: /Secret/,
    },
    { name: "Sandbox not a boolean", method: "POST", path: () => `/v2/Credentials/${credential}`, body: () => "Sandbox=maybe", ...BAD },
    {
      name: "FriendlyName of 65 characters",
      method: "POST",
      path: () => `/v2/Credentials/${credential}`,
      body: () => form({ FriendlyName: long(65) }),
      ...BAD,
    },
    {
      name: "Certificate over 16 KiB",
      method: "POST",
      path: () => `/v2/Credentials/${credential}`,
      body: () => form({ Certificate: long(16 * 1024 + 1) }),
      ...BAD,
    },
    {
      name: "Secret over 4 KiB",
      method: "POST",
      path: () => "/v2/Credentials",
      body: () => form({ Type: "fcm", Secret: long(4 * 1024 + 1) }),
      ...BAD,
    },
    { name: "unknown credential", path: () => `/v2/Credentials/${ZERO("CR")}`, ...NOT_FOUND },
    { name: "malformed credential SID", path: () => "/v2/Credentials/CR1", ...NOT_FOUND },
    { name: "another account's credential", path: () => `/v2/Credentials/${foreignCredential}`, ...NOT_FOUND },
    { name: "deleting another account's credential", method: "DELETE", path: () => `/v2/Credentials/${foreignCredential}`, ...NOT_FOUND },
    { name: "PageToken anchored on another account's credential", path: () => `/v2/Credentials?PageToken=PA${foreignCredential}`, ...BAD },
  ],
};

/** What a refused request might have changed. */
async function snapshot() {
  const paths = [`${svc}/Users`, `${svc}/Users/alice/Channels`, `${svc}/Bindings`, `${svc}/Roles`, "/v2/Credentials"];
  return Promise.all(paths.map(async (path) => (await call(emulator, "GET", path)).json));
}

describeBadInput(() => emulator, tables, snapshot);
