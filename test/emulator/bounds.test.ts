// Every bound of src/emulator/limits.ts, from both sides: a request right at the bound is
// accepted and stored, one just past it is a 400 that names the parameter and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_RESPONSE_BYTES } from "../../src/chat-api/index.js";
import type { RunningEmulator } from "../../src/emulator/index.js";
import {
  ATTRIBUTES_MAX_BYTES,
  BINDING_ENDPOINT_MAX,
  IDENTITY_MAX,
  MESSAGE_BODY_MAX_BYTES,
  PERMISSION_NAME_MAX,
  POST_EVENTS,
  PRE_EVENTS,
} from "../../src/emulator/limits.js";
import { ROLE_PERMISSIONS } from "../../src/twilio/role-permissions.js";
import { trickle } from "../support/trickle.js";
import { basicAuth, call, expectSpecService, expectTwilioError, form, seedBinding, withEmulator } from "./helpers.js";
import { NOTIFICATION_KINDS } from "../../src/emulator/service/service.routes.js";

let emulator: RunningEmulator;
let svc: string;
let channelRole: string; // the "channel user" default role of svc

beforeAll(async () => {
  emulator = await withEmulator();
  const created = await call(emulator, "POST", "/v2/Services", { body: form({ FriendlyName: "bounded" }) });
  svc = created.json.sid;
  channelRole = created.json.default_channel_role_sid;
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

type Target = "service create" | "service update" | "role create" | "role update";

const pathOf: Record<Target, () => string> = {
  "service create": () => "/v2/Services",
  "service update": () => `/v2/Services/${svc}`,
  "role create": () => `/v2/Services/${svc}/Roles`,
  "role update": () => `/v2/Services/${svc}/Roles/${channelRole}`,
};

interface Bound {
  /** The parameter as the error names it. */
  param: string;
  limit: number;
  /** Which request carries it (default: a service update). */
  on?: Target;
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

/** The pre- and post-event webhooks (https://www.twilio.com/docs/chat/webhook-events) the emulator accepts. */
const WEBHOOK_EVENTS = [...PRE_EVENTS, ...POST_EVENTS];
/** n filter values: every event in turn, then again (repeats are kept as sent). */
const filtersOf = (n: number) => Array.from({ length: n }, (_, i) => WEBHOOK_EVENTS[i % WEBHOOK_EVENTS.length]!);

/** Every permission a channel role may hold. */
const CHANNEL_PERMISSIONS = ROLE_PERMISSIONS.channel;
/** n permission values: every channel permission in turn, then again. */
const permissionsOf = (n: number) => Array.from({ length: n }, (_, i) => CHANNEL_PERMISSIONS[i % CHANNEL_PERMISSIONS.length]!);
/** What a role stores from them: each once, in the order first given. */
const storedPermissions = (n: number) => [...new Set(permissionsOf(n))];

const bounds: Bound[] = [
  {
    param: "FriendlyName",
    limit: 256,
    on: "service create",
    body: (n) => form({ FriendlyName: chars(n) }),
    stored: (json) => json.friendly_name,
    expected: chars,
    message: lengthMessage("FriendlyName", 256),
  },
  textBound("FriendlyName", 256, (json) => json.friendly_name),
  {
    param: "FriendlyName",
    limit: 64,
    on: "role create",
    body: (n) => form({ FriendlyName: chars(n), Type: "channel", Permission: "sendMessage" }),
    stored: (json) => json.friendly_name,
    expected: chars,
    message: lengthMessage("FriendlyName", 64),
  },
  {
    param: "Permission",
    limit: 50,
    on: "role create",
    body: (n) => form({ FriendlyName: "r", Type: "channel", Permission: permissionsOf(n) }),
    stored: (json) => json.permissions,
    expected: storedPermissions,
    message: /^Invalid parameter Permission: must have at most 50 values$/,
  },
  {
    param: "Permission",
    limit: 50,
    on: "role update",
    body: (n) => form({ Permission: permissionsOf(n) }),
    stored: (json) => json.permissions,
    expected: storedPermissions,
    message: /^Invalid parameter Permission: must have at most 50 values$/,
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
  {
    param: "key=value pairs",
    limit: 256,
    // Unknown parameters are ignored, but they are still parsed, so they count.
    body: (n) => [form({ FriendlyName: "pairs" }), ...Array.from({ length: n - 1 }, (_, i) => `Unknown${i}=1`)].join("&"),
    stored: (json) => json.friendly_name,
    expected: () => "pairs",
    message: /^Too many parameters: a request may have at most 256$/,
  },
];

describe("bounds", () => {
  const cases = bounds.map((b) => [`${b.on ?? "service update"}: ${b.param} (${b.limit})`, b] as const);

  /** Everything a refused request might have changed: the service and its roles. */
  const snapshot = async () => ({
    service: (await call(emulator, "GET", `/v2/Services/${svc}`)).json,
    roles: (await call(emulator, "GET", pathOf["role create"]())).json.roles,
    services: (await call(emulator, "GET", "/v2/Services")).json.services.length,
  });

  it.each(cases)("%s: at the bound it is accepted", async (_name, b) => {
    const path = pathOf[b.on ?? "service update"]();
    const res = await call(emulator, "POST", path, { body: b.body(b.limit) });
    expect([200, 201], res.text.slice(0, 300)).toContain(res.status);
    if (b.stored) expect(b.stored(res.json)).toEqual(b.expected!(b.limit));
  });

  it.each(cases)("%s: one past the bound it is a 400 that changes nothing", async (_name, b) => {
    const path = pathOf[b.on ?? "service update"]();
    const before = await snapshot();
    const res = await call(emulator, "POST", path, { body: b.body(b.limit + 1) });
    expectTwilioError(res, 400, 20001);
    expect(res.json.message).toMatch(b.message);
    expect(await snapshot()).toEqual(before);
  });
});

/**
 * Every text setting of a service at its bound, filled with `c`, and the 50 longest webhook
 * filters. A control character is the worst case for size: JSON spells it as six bytes.
 */
function everyTextAtItsBound(c: string): Record<string, string | string[]> {
  const fill = (n: number) => c.repeat(n);
  const settings: Record<string, string | string[]> = {
    FriendlyName: fill(256),
    "Media.CompatibilityMessage": fill(1024),
    PreWebhookUrl: "https://example.com/" + fill(2048 - 20),
    PostWebhookUrl: "https://example.com/" + fill(2048 - 20),
    WebhookFilters: Array.from({ length: 50 }, () => "onChannelDestroyed"),
  };
  for (const [param] of NOTIFICATION_KINDS) {
    settings[`Notifications.${param}.Template`] = fill(1024);
    settings[`Notifications.${param}.Sound`] = fill(255);
  }
  return settings;
}

describe("a service with every text setting at its bound", () => {
  it.each([
    // 10,492 characters of text in all: ASCII is one byte each, a control character six.
    ["plain ASCII", "a", 16 * 1024],
    ["control characters", "\u0001", 72 * 1024],
  ])("renders in under a fixed size (%s)", async (_name, c, maxBytes) => {
    const sid = (await call(emulator, "POST", "/v2/Services", { body: form({ FriendlyName: "at the bound" }) })).json.sid;
    const updated = await call(emulator, "POST", `/v2/Services/${sid}`, { body: form(everyTextAtItsBound(c)) });
    expect(updated.status, updated.text.slice(0, 300)).toBe(200);
    const fetched = await call(emulator, "GET", `/v2/Services/${sid}`);
    expectSpecService(fetched.json);
    expect(fetched.json.notifications.invited_to_channel.sound).toBe(c.repeat(255));
    expect(Buffer.byteLength(fetched.text)).toBeLessThan(maxBytes);
  });

  // A full page at chatql's largest upstream page size (100) must fit the client's body cap, or
  // anyone could make a list unreadable for everyone by filling it with such services.
  it("so one page of 100 such services stays under the client's default body cap", async () => {
    const own = await withEmulator();
    try {
      for (let i = 0; i < 100; i++) {
        const sid = (await call(own, "POST", "/v2/Services", { body: form({ FriendlyName: `s${i}` }) })).json.sid;
        expect((await call(own, "POST", `/v2/Services/${sid}`, { body: form(everyTextAtItsBound("\u0001")) })).status).toBe(200);
      }
      const page = await call(own, "GET", "/v2/Services?PageSize=100");
      expect(page.json.services).toHaveLength(100);
      expect(Buffer.byteLength(page.text)).toBeLessThan(DEFAULT_MAX_RESPONSE_BYTES / 2);
    } finally {
      await own.close();
    }
  });
});

describe("a channel's messages with every text at its bound", () => {
  // The largest message JSON: a body of control characters (one byte each, six in JSON) and
  // attributes of escaped quotes (two bytes each, four once the JSON text is itself a JSON string).
  const at = {
    Body: "\u0001".repeat(MESSAGE_BODY_MAX_BYTES),
    Attributes: JSON.stringify('"'.repeat((ATTRIBUTES_MAX_BYTES - 2) / 2)),
    From: "\u0001".repeat(IDENTITY_MAX),
    LastUpdatedBy: "\u0001".repeat(IDENTITY_MAX),
  };

  it("so one page of 100 of them stays under the client's default body cap", async () => {
    const own = await withEmulator();
    try {
      const service = (await call(own, "POST", "/v2/Services", { body: form({ FriendlyName: "full" }) })).json.sid;
      const channel = (await call(own, "POST", `/v2/Services/${service}/Channels`, { body: form({ FriendlyName: "full" }) })).json.sid;
      expect(Buffer.byteLength(at.Attributes)).toBe(ATTRIBUTES_MAX_BYTES);
      for (let i = 0; i < 100; i++) {
        const sent = await call(own, "POST", `/v2/Services/${service}/Channels/${channel}/Messages`, { body: form(at) });
        expect(sent.status, sent.text.slice(0, 300)).toBe(201);
      }
      const page = await call(own, "GET", `/v2/Services/${service}/Channels/${channel}/Messages?PageSize=100`);
      expect(page.json.messages).toHaveLength(100);
      expect(Buffer.byteLength(page.text)).toBeLessThan(DEFAULT_MAX_RESPONSE_BYTES);
    } finally {
      await own.close();
    }
  });
});

describe("a role with every text at its bound", () => {
  it("renders in under 4 KiB: a 64-character name in control characters and every permission of its type", async () => {
    const c = "\u0001";
    const res = await call(emulator, "POST", pathOf["role create"](), {
      body: form({ FriendlyName: c.repeat(64), Type: "channel", Permission: permissionsOf(50) }),
    });
    expect(res.status, res.text.slice(0, 300)).toBe(201);
    expect(res.json.permissions).toEqual(CHANNEL_PERMISSIONS);
    // Permission names come from a closed catalogue now, so a role's size is bounded by it.
    expect(Buffer.byteLength(res.text)).toBeLessThan(4 * 1024);
  });
});

describe("request time (requestTimeoutMs: 1000; REQUEST_TIMEOUT_MS by default)", () => {
  let slow: RunningEmulator;
  beforeAll(async () => {
    slow = await withEmulator({ requestTimeoutMs: 1000 });
  });
  afterAll(() => slow.close());

  const sendSlowly = (parts: string[], everyMs: number) =>
    trickle(`${slow.url}/v2/Services`, parts, everyMs, {
      Authorization: basicAuth(),
      "Content-Type": "application/x-www-form-urlencoded",
    });

  it("serves a request whose body arrives within the time", async () => {
    expect(await sendSlowly(["FriendlyName=", "in-time"], 200)).toBe("HTTP/1.1 201 Created");
  });

  it("drops a sender still sending after it (slow-loris) with 408", async () => {
    const parts = Array.from("FriendlyName=slow-loris", (char) => char); // one byte every 150 ms: ~3.5 s
    expect(await sendSlowly(parts, 150)).toBe("HTTP/1.1 408 Request Timeout");
  });
});

describe("bounds of the channel and user sides", () => {
  let channel: string;
  beforeAll(async () => {
    channel = (await call(emulator, "POST", `/v2/Services/${svc}/Channels`, { body: form({ FriendlyName: "bounds" }) })).json.sid;
  });
  const channels = () => `/v2/Services/${svc}/Channels`;
  const webhooks = () => `/v2/Services/${svc}/Channels/${channel}/Webhooks`;
  /** A trigger webhook with `triggers`, and the retry count given. */
  const triggerWebhook = (triggers: string[], retryCount = 0) =>
    form({
      Type: "trigger",
      "Configuration.Url": "https://example.com/hook",
      "Configuration.Triggers": triggers,
      "Configuration.RetryCount": String(retryCount),
    });

  // A list, the form of `n` (characters or values), what the 201 stored, the 400's message.
  const rows: Array<
    [name: string, limit: number, list: () => string, body: (n: number) => string, stored: (json: any, n: number) => void, message: RegExp]
  > = [
    [
      "channel FriendlyName",
      256,
      channels,
      (n) => form({ FriendlyName: chars(n) }),
      (json, n) => expect(json.friendly_name).toBe(chars(n)),
      lengthMessage("FriendlyName", 256),
    ],
    [
      "channel UniqueName",
      256,
      channels,
      (n) => form({ UniqueName: chars(n) }),
      (json, n) => expect(json.unique_name).toBe(chars(n)),
      lengthMessage("UniqueName", 256),
    ],
    [
      "user Identity",
      256,
      () => `/v2/Services/${svc}/Users`,
      (n) => form({ Identity: chars(n) }),
      (json, n) => expect(json.identity).toBe(chars(n)),
      lengthMessage("Identity", 256),
    ],
    [
      "user FriendlyName",
      256,
      () => `/v2/Services/${svc}/Users`,
      (n) => form({ Identity: `named-${n}`, FriendlyName: chars(n) }),
      (json, n) => expect(json.friendly_name).toBe(chars(n)),
      lengthMessage("FriendlyName", 256),
    ],
    [
      "credential FriendlyName",
      64,
      () => "/v2/Credentials",
      (n) => form({ Type: "fcm", Secret: "s", FriendlyName: chars(n) }),
      (json, n) => expect(json.friendly_name).toBe(chars(n)),
      lengthMessage("FriendlyName", 64),
    ],
    [
      "channel webhook Configuration.Triggers",
      5,
      webhooks,
      (n) => triggerWebhook(Array.from({ length: n }, (_, i) => `word${i}`)),
      (json, n) => expect(json.configuration.triggers).toHaveLength(n),
      /^Invalid parameter Configuration\.Triggers: must have at most 5 values$/,
    ],
    [
      "one channel webhook trigger",
      256,
      webhooks,
      (n) => triggerWebhook([chars(n)]),
      (json, n) => expect(json.configuration.triggers).toEqual([chars(n)]),
      lengthMessage("Configuration.Triggers", 256),
    ],
    [
      "channel webhook Configuration.RetryCount",
      3,
      webhooks,
      (n) => triggerWebhook(["help"], n),
      (json, n) => expect(json.configuration.retry_count).toBe(n),
      /^Invalid parameter Configuration\.RetryCount/,
    ],
  ];
  /** What a list holds now: a refused request must change nothing. */
  const listed = async (list: string) => (await call(emulator, "GET", `${list}?PageSize=1000`)).text.replace(/"page_size":\d+/, "");

  it.each(rows)("%s (%i): at the bound it is accepted", async (_name, limit, list, body, stored) => {
    const res = await call(emulator, "POST", list(), { body: body(limit) });
    expect(res.status, res.text.slice(0, 300)).toBe(201);
    stored(res.json, limit);
    // A channel holds 5 webhooks at the most: each row's accepted one goes again.
    if (list === webhooks) expect((await call(emulator, "DELETE", `${webhooks()}/${res.json.sid}`)).status).toBe(204);
  });

  it.each(rows)("%s (%i): one past the bound it is a 400 that changes nothing", async (_name, limit, list, body, _stored, message) => {
    const before = await listed(list());
    const res = await call(emulator, "POST", list(), { body: body(limit + 1) });
    expectTwilioError(res, 400, 20001);
    expect(res.json.message).toMatch(message);
    expect(await listed(list())).toBe(before);
  });
});

describe("bounds checked before a closed list or the admin route", () => {
  it(`a Permission of PERMISSION_NAME_MAX (${PERMISSION_NAME_MAX}) characters is read (and is no permission: 50104); one more is too long (20001)`, async () => {
    const role = (name: string) =>
      call(emulator, "POST", pathOf["role create"](), { body: form({ FriendlyName: "p", Type: "channel", Permission: name }) });
    expectTwilioError(await role("p".repeat(PERMISSION_NAME_MAX)), 400, 50104);
    const over = await role("p".repeat(PERMISSION_NAME_MAX + 1));
    expectTwilioError(over, 400, 20001);
    expect(over.json.message).toMatch(lengthMessage("Permission", PERMISSION_NAME_MAX));
  });

  it(`a seeded binding's Endpoint of BINDING_ENDPOINT_MAX (${BINDING_ENDPOINT_MAX}) characters is stored; one more is a 400`, async () => {
    const params = (n: number) => ({ Identity: `device-${n}`, BindingType: "fcm", Endpoint: chars(n) });
    expect((await seedBinding(emulator, svc, params(BINDING_ENDPOINT_MAX))).endpoint).toBe(chars(BINDING_ENDPOINT_MAX));
    const over = await call(emulator, "POST", `/emulator/v1/Services/${svc}/Bindings`, { body: form(params(BINDING_ENDPOINT_MAX + 1)) });
    expectTwilioError(over, 400, 20001);
    expect(over.json.message).toMatch(lengthMessage("Endpoint", BINDING_ENDPOINT_MAX));
  });
});
