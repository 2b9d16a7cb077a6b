import { createRequire } from "node:module";
import twilio from "twilio";
import { describe, expect, it } from "vitest";
import { encodeForm } from "./form.js";
import { SERVICE_UPDATE_FIELDS, serviceUpdateFields, type ServiceUpdateParams } from "./service-params.js";

const require = createRequire(import.meta.url);
const qs = require("qs") as { stringify(data: unknown, options: { arrayFormat: "repeat" }): string };
// Twilio's OpenAPI spec, vendored in spec/ (see spec/SOURCE.md).
const SPEC = new URL("../../spec/twilio_chat_v2.json", import.meta.url);
type Spec = {
  paths: Record<string, { post: { requestBody: { content: Record<string, { schema: { properties: object } }> } } }>;
};

const RL = "RL" + "a".repeat(32);

/** Every setting set, with values that exercise the encoding. */
const ALL: ServiceUpdateParams = {
  friendlyName: "Support & Sales = chat ✓",
  defaultServiceRoleSid: RL,
  defaultChannelRoleSid: RL,
  defaultChannelCreatorRoleSid: RL,
  readStatusEnabled: false,
  reachabilityEnabled: true,
  typingIndicatorTimeout: 0,
  consumptionReportInterval: 10,
  notifications: {
    logEnabled: true,
    newMessage: { enabled: true, template: "${USER}: ${MESSAGE}", sound: "ding.wav", badgeCountEnabled: false },
    addedToChannel: { enabled: false, template: "added to ${CHANNEL}", sound: "a" },
    removedFromChannel: { enabled: true, template: "removed", sound: "r" },
    invitedToChannel: { enabled: true, template: "invité", sound: "i" },
  },
  preWebhookUrl: "https://hooks.example.com/pre?x=1",
  postWebhookUrl: "https://hooks.example.com/post",
  webhookMethod: "POST",
  webhookFilters: ["onMessageSend", "onChannelAdd"],
  limits: { channelMembers: 500, userChannels: 250 },
  media: { compatibilityMessage: "media message" },
  preWebhookRetryCount: 2,
  postWebhookRetryCount: 3,
};

const ALL_BODY = [
  "FriendlyName=Support%20%26%20Sales%20%3D%20chat%20%E2%9C%93",
  `DefaultServiceRoleSid=${RL}`,
  `DefaultChannelRoleSid=${RL}`,
  `DefaultChannelCreatorRoleSid=${RL}`,
  "ReadStatusEnabled=false",
  "ReachabilityEnabled=true",
  "TypingIndicatorTimeout=0",
  "ConsumptionReportInterval=10",
  "Notifications.NewMessage.Enabled=true",
  "Notifications.NewMessage.Template=%24%7BUSER%7D%3A%20%24%7BMESSAGE%7D",
  "Notifications.NewMessage.Sound=ding.wav",
  "Notifications.NewMessage.BadgeCountEnabled=false",
  "Notifications.AddedToChannel.Enabled=false",
  "Notifications.AddedToChannel.Template=added%20to%20%24%7BCHANNEL%7D",
  "Notifications.AddedToChannel.Sound=a",
  "Notifications.RemovedFromChannel.Enabled=true",
  "Notifications.RemovedFromChannel.Template=removed",
  "Notifications.RemovedFromChannel.Sound=r",
  "Notifications.InvitedToChannel.Enabled=true",
  "Notifications.InvitedToChannel.Template=invit%C3%A9",
  "Notifications.InvitedToChannel.Sound=i",
  "PreWebhookUrl=https%3A%2F%2Fhooks.example.com%2Fpre%3Fx%3D1",
  "PostWebhookUrl=https%3A%2F%2Fhooks.example.com%2Fpost",
  "WebhookMethod=POST",
  "WebhookFilters=onMessageSend",
  "WebhookFilters=onChannelAdd",
  "Limits.ChannelMembers=500",
  "Limits.UserChannels=250",
  "Media.CompatibilityMessage=media%20message",
  "PreWebhookRetryCount=2",
  "PostWebhookRetryCount=3",
  "Notifications.LogEnabled=true",
].join("&");

const cases: Array<[name: string, params: ServiceUpdateParams, body: string]> = [
  ["nothing set", {}, ""],
  ["every key", ALL, ALL_BODY],
  ["empty nested objects send nothing", { notifications: { newMessage: {} }, limits: {}, media: {} }, ""],
  [
    "false and zero are sent",
    { reachabilityEnabled: false, limits: { channelMembers: 0 } },
    "ReachabilityEnabled=false&Limits.ChannelMembers=0",
  ],
  ["null clears a webhook URL", { preWebhookUrl: null, postWebhookUrl: "" }, "PreWebhookUrl=&PostWebhookUrl="],
  ["null clears a template", { notifications: { newMessage: { template: null } } }, "Notifications.NewMessage.Template="],
  ["empty filter list sends one empty value, to clear the filters", { webhookFilters: [] }, "WebhookFilters="],
  ["one filter", { webhookFilters: ["onUserUpdated"] }, "WebhookFilters=onUserUpdated"],
  ["GET method", { webhookMethod: "GET" }, "WebhookMethod=GET"],
  ["deeply nested only", { notifications: { logEnabled: false } }, "Notifications.LogEnabled=false"],
];

/** Nested camelCase params → the flat names twilio's `ServiceContext.update` reads ("notifications.newMessage.enabled"). */
function twilioParams(params: object, prefix = ""): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) Object.assign(out, twilioParams(value, prefix + key + "."));
    else out[prefix + key] = value;
  }
  return out;
}

/** The body twilio-node would send: its own update() builds `data`, its RequestClient runs qs on it. */
async function twilioUpdateBody(params: ServiceUpdateParams): Promise<string> {
  let captured: unknown;
  const httpClient = {
    async request(opts: { data: unknown }) {
      captured = opts.data;
      return { statusCode: 200, body: { sid: "IS" + "0".repeat(32) }, headers: {} };
    },
  };
  const client = twilio("AC" + "0".repeat(32), "token", { httpClient: httpClient as never });
  await client.chat.v2.services("IS" + "0".repeat(32)).update(twilioParams(params) as never);
  return qs.stringify(captured, { arrayFormat: "repeat" });
}

describe("serviceUpdateFields", () => {
  it.each(cases)("%s", (_name, params, body) => {
    expect(encodeForm(serviceUpdateFields(params))).toBe(body);
  });

  // Clearing the filters with an empty list is the one deliberate difference (see service-params.ts).
  const twilioComparable = cases.filter(([, params]) => params.webhookFilters?.length !== 0);
  it.each(twilioComparable)("is byte-identical to twilio-node's update body: %s", async (_name, params) => {
    expect(encodeForm(serviceUpdateFields(params))).toBe(await twilioUpdateBody(params));
  });

  it("covers exactly the spec's UpdateServiceRequest keys", () => {
    const spec = require(SPEC.pathname) as Spec;
    const schema = spec.paths["/v2/Services/{Sid}"]!.post.requestBody.content["application/x-www-form-urlencoded"]!.schema;
    const specKeys = Object.keys(schema.properties).sort();
    expect(SERVICE_UPDATE_FIELDS.map(([key]) => key).sort()).toEqual(specKeys);
  });
});
