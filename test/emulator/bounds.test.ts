// Every bound of src/emulator/limits.ts, from both sides: a request right at the bound is
// accepted and stored, one just past it is a 400 that names the parameter and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { call, expectTwilioError, form, withEmulator } from "./helpers.js";

let emulator: RunningEmulator;
let svc: string;

beforeAll(async () => {
  emulator = await withEmulator();
  svc = (await call(emulator, "POST", "/v2/Services", { body: form({ FriendlyName: "bounded" }) })).json.sid;
});
afterAll(async () => {
  await emulator.close();
});

/** n characters, each a code point of two UTF-16 units, so the bound is shown to count characters. */
const chars = (n: number) => "😀".repeat(n);
/** An absolute URL of exactly n characters. */
const urlOf = (n: number) => {
  const base = "https://example.com/";
  return base + "a".repeat(n - base.length);
};

interface Bound {
  /** The parameter as the error names it. */
  param: string;
  limit: number;
  /** Where the request goes (default: the update of `svc`). */
  path?: () => string;
  /** A form whose bounded parameter has `n` characters (or `n` values). */
  body: (n: number) => string;
  /** What the accepted request stored, read from the response. */
  stored?: (json: any) => unknown;
  /** What `stored` must equal after a request of size `n`. */
  expected?: (n: number) => unknown;
  message: RegExp;
}

const lengthMessage = (param: string, limit: number) =>
  new RegExp(`^Invalid parameter ${param.replace(/\./g, "\\.")}: must be at most ${limit} characters$`);

const textBound = (param: string, limit: number, stored: (json: any) => unknown): Bound => ({
  param,
  limit,
  body: (n) => form({ [param]: chars(n) }),
  stored,
  expected: chars,
  message: lengthMessage(param, limit),
});

const NOTIFICATION_KINDS = [
  ["NewMessage", "new_message"],
  ["AddedToChannel", "added_to_channel"],
  ["RemovedFromChannel", "removed_from_channel"],
  ["InvitedToChannel", "invited_to_channel"],
] as const;

/** The pre- and post-event webhooks of https://www.twilio.com/docs/chat/webhook-events. */
const WEBHOOK_EVENTS = [
  "onMessageSend", "onMessageUpdate", "onMessageRemove", "onMediaMessageSend", "onChannelAdd", "onChannelUpdate",
  "onChannelDestroy", "onMemberAdd", "onMemberUpdate", "onMemberRemove", "onUserUpdate",
  "onMessageSent", "onMessageUpdated", "onMessageRemoved", "onMediaMessageSent", "onChannelAdded", "onChannelUpdated",
  "onChannelDestroyed", "onMemberAdded", "onMemberUpdated", "onMemberRemoved", "onUserAdded", "onUserUpdated",
];
/** n filter values: every event in turn, then again (repeats are kept as sent). */
const filtersOf = (n: number) => Array.from({ length: n }, (_, i) => WEBHOOK_EVENTS[i % WEBHOOK_EVENTS.length]!);

const rolesPath = () => `/v2/Services/${svc}/Roles`;

const bounds: Bound[] = [
  {
    param: "FriendlyName",
    limit: 256,
    path: () => "/v2/Services",
    body: (n) => form({ FriendlyName: chars(n) }),
    stored: (json) => json.friendly_name,
    expected: chars,
    message: lengthMessage("FriendlyName", 256),
  },
  textBound("FriendlyName", 256, (json) => json.friendly_name),
  {
    param: "FriendlyName",
    limit: 64,
    path: rolesPath,
    body: (n) => form({ FriendlyName: chars(n), Type: "channel", Permission: "sendMessage" }),
    stored: (json) => json.friendly_name,
    expected: chars,
    message: lengthMessage("FriendlyName", 64),
  },
  {
    param: "Permission",
    limit: 64,
    path: rolesPath,
    body: (n) => form({ FriendlyName: "r", Type: "channel", Permission: ["sendMessage", chars(n)] }),
    stored: (json) => json.permissions,
    expected: (n) => ["sendMessage", chars(n)],
    message: lengthMessage("Permission", 64),
  },
  ...NOTIFICATION_KINDS.flatMap(([param, field]) => [
    textBound(`Notifications.${param}.Template`, 1024, (json) => json.notifications[field].template),
    textBound(`Notifications.${param}.Sound`, 255, (json) => json.notifications[field].sound),
  ]),
  textBound("Media.CompatibilityMessage", 1024, (json) => json.media.compatibility_message),
  ...(["PreWebhookUrl", "PostWebhookUrl"] as const).map((param): Bound => ({
    param,
    limit: 2048,
    body: (n) => form({ [param]: urlOf(n) }),
    stored: (json) => (param === "PreWebhookUrl" ? json.pre_webhook_url : json.post_webhook_url),
    expected: urlOf,
    message: lengthMessage(param, 2048),
  })),
  {
    param: "WebhookFilters",
    limit: 50,
    body: (n) => form({ WebhookFilters: filtersOf(n) }),
    stored: (json) => json.webhook_filters,
    expected: filtersOf,
    message: /^Invalid parameter WebhookFilters: must have at most 50 values$/,
  },
];

describe("bounds", () => {
  const cases = bounds.map((b) => [`${b.path?.() === undefined ? "update" : "POST " + b.path().replace(svc, "{Sid}")} ${b.param} (${b.limit})`, b] as const);

  /** Everything a refused request might have changed: the service and its roles. */
  const snapshot = async () => ({
    service: (await call(emulator, "GET", `/v2/Services/${svc}`)).json,
    roles: (await call(emulator, "GET", rolesPath())).json.roles,
    services: (await call(emulator, "GET", "/v2/Services")).json.services.length,
  });

  it.each(cases)("%s: at the bound it is accepted", async (_name, b) => {
    const path = b.path?.() ?? `/v2/Services/${svc}`;
    const res = await call(emulator, "POST", path, { body: b.body(b.limit) });
    expect([200, 201], res.text.slice(0, 300)).toContain(res.status);
    if (b.stored) expect(b.stored(res.json)).toEqual(b.expected!(b.limit));
  });

  it.each(cases)("%s: one past the bound it is a 400 that changes nothing", async (_name, b) => {
    const path = b.path?.() ?? `/v2/Services/${svc}`;
    const before = await snapshot();
    const res = await call(emulator, "POST", path, { body: b.body(b.limit + 1) });
    expectTwilioError(res, 400, 20001);
    expect(res.json.message).toMatch(b.message);
    expect(await snapshot()).toEqual(before);
  });
});
