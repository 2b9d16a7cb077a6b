// Every bound of src/twilio/chat-v2.limits.ts that chatql's inputs check, from both sides: a value
// right at the bound is accepted, one past it is a userError on that field, before any upstream
// call. The emulator's side of the same table is test/emulator/bounds.test.ts. Lengths count code
// points, so the text rows use a character outside the BMP (two UTF-16 units, one character).

import "reflect-metadata";
import { describe, expect, it } from "vitest";
import {
  ATTRIBUTES_MAX_BYTES,
  CHANNEL_NAME_MAX,
  COMPATIBILITY_MESSAGE_MAX,
  CREDENTIAL_KEY_MAX_BYTES,
  CREDENTIAL_NAME_MAX,
  CREDENTIAL_PEM_MAX_BYTES,
  IDENTITY_MAX,
  MEMBERSHIP_LIMIT_MAX,
  MESSAGE_BODY_MAX_BYTES,
  NOTIFICATION_SOUND_MAX,
  NOTIFICATION_TEMPLATE_MAX,
  PERMISSIONS_MAX,
  ROLE_NAME_MAX,
  SERVICE_NAME_MAX,
  USER_NAME_MAX,
  WEBHOOK_FILTERS_MAX,
  WEBHOOK_RETRY_COUNT_MAX,
  WEBHOOK_TRIGGER_MAX,
  WEBHOOK_TRIGGERS_MAX,
  WEBHOOK_URL_MAX,
} from "../../twilio/chat-v2.limits.js";
import { ChannelWebhookConfigurationInput, CreateChannelWebhookInput } from "../channel-webhook/channel-webhook.input.js";
import { CreateChannelInput } from "../channel/channel.input.js";
import { CreateCredentialInput } from "../credential/credential.input.js";
import { PushService } from "../credential/credential.type.js";
import { CreateInviteInput } from "../invite/invite.input.js";
import { AddMemberInput } from "../member/member.input.js";
import { SendMessageInput } from "../message/message.input.js";
import { CreateRoleInput } from "../role/role.input.js";
import { RoleType } from "../role/role.type.js";
import { ChannelNotificationInput, LimitsInput, MediaInput, NotificationsInput, UpdateServiceInput } from "../service/service.input.js";
import { CreateUserInput } from "../user/user.input.js";
import { ChannelWebhookType } from "../channel-webhook/channel-webhook.type.js";
import { CLIENT_MUTATION_ID_MAX } from "../mutation/mutation.input.js";
import { validateInput } from "./input.validation.js";

const IS = "IS" + "a".repeat(32);
const make = <T extends object>(type: new () => T, values: Record<string, unknown>): T => Object.assign(new type(), values);
/** `n` characters, each outside the BMP: 2n UTF-16 units. */
const text = (n: number) => "😀".repeat(n);
const ascii = (n: number) => "a".repeat(n);
const url = (length: number) => "https://example.com/" + "p".repeat(length - "https://example.com/".length);
/** JSON attributes whose text is exactly `bytes` long. */
const attributes = (bytes: number) => ({ k: "v".repeat(bytes - '{"k":""}'.length) });

const service = (values: Record<string, unknown>) => make(UpdateServiceInput, { sid: IS, ...values });
const inChannel = { serviceSid: IS, channelSid: "CH" + "b".repeat(32) };
const webhook = (configuration: Record<string, unknown>, type = ChannelWebhookType.WEBHOOK) =>
  make(CreateChannelWebhookInput, { ...inChannel, type, configuration: make(ChannelWebhookConfigurationInput, configuration) });
const notifications = (values: Record<string, unknown>) =>
  service({ notifications: make(NotificationsInput, { addedToChannel: make(ChannelNotificationInput, values) }) });

type Row = [name: string, max: number, build: (n: number) => object, field: string[], code: "TOO_LONG" | "OUT_OF_RANGE"];

const rows: Row[] = [
  [
    "a service's clientMutationId",
    CLIENT_MUTATION_ID_MAX,
    (n) => service({ clientMutationId: text(n) }),
    ["input", "clientMutationId"],
    "TOO_LONG",
  ],
  [
    "a channel's clientMutationId",
    CLIENT_MUTATION_ID_MAX,
    (n) => make(CreateChannelInput, { serviceSid: IS, clientMutationId: text(n) }),
    ["input", "clientMutationId"],
    "TOO_LONG",
  ],
  [
    "a credential's clientMutationId",
    CLIENT_MUTATION_ID_MAX,
    (n) => make(CreateCredentialInput, { type: PushService.FCM, secret: "s", clientMutationId: text(n) }),
    ["input", "clientMutationId"],
    "TOO_LONG",
  ],
  ["service friendlyName", SERVICE_NAME_MAX, (n) => service({ friendlyName: text(n) }), ["input", "friendlyName"], "TOO_LONG"],
  [
    "notification template",
    NOTIFICATION_TEMPLATE_MAX,
    (n) => notifications({ template: text(n) }),
    ["input", "notifications", "addedToChannel", "template"],
    "TOO_LONG",
  ],
  [
    "notification sound",
    NOTIFICATION_SOUND_MAX,
    (n) => notifications({ sound: ascii(n) }),
    ["input", "notifications", "addedToChannel", "sound"],
    "TOO_LONG",
  ],
  [
    "media compatibilityMessage",
    COMPATIBILITY_MESSAGE_MAX,
    (n) => service({ media: make(MediaInput, { compatibilityMessage: text(n) }) }),
    ["input", "media", "compatibilityMessage"],
    "TOO_LONG",
  ],
  [
    "limits channelMembers",
    MEMBERSHIP_LIMIT_MAX,
    (n) => service({ limits: make(LimitsInput, { channelMembers: n }) }),
    ["input", "limits", "channelMembers"],
    "OUT_OF_RANGE",
  ],
  ["preWebhookUrl", WEBHOOK_URL_MAX, (n) => service({ preWebhookUrl: url(n) }), ["input", "preWebhookUrl"], "TOO_LONG"],
  ["postWebhookUrl", WEBHOOK_URL_MAX, (n) => service({ postWebhookUrl: url(n) }), ["input", "postWebhookUrl"], "TOO_LONG"],
  [
    "webhookFilters values",
    WEBHOOK_FILTERS_MAX,
    (n) => service({ webhookFilters: Array(n).fill("onMessageSent") }),
    ["input", "webhookFilters"],
    "TOO_LONG",
  ],
  [
    "role friendlyName",
    ROLE_NAME_MAX,
    (n) => make(CreateRoleInput, { serviceSid: IS, friendlyName: text(n), type: RoleType.CHANNEL, permissions: ["sendMessage"] }),
    ["input", "friendlyName"],
    "TOO_LONG",
  ],
  [
    "role permissions",
    PERMISSIONS_MAX,
    (n) => make(CreateRoleInput, { serviceSid: IS, friendlyName: "r", type: RoleType.CHANNEL, permissions: Array(n).fill("sendMessage") }),
    ["input", "permissions"],
    "TOO_LONG",
  ],
  [
    "channel friendlyName",
    CHANNEL_NAME_MAX,
    (n) => make(CreateChannelInput, { serviceSid: IS, friendlyName: text(n) }),
    ["input", "friendlyName"],
    "TOO_LONG",
  ],
  [
    "channel uniqueName",
    CHANNEL_NAME_MAX,
    (n) => make(CreateChannelInput, { serviceSid: IS, uniqueName: text(n) }),
    ["input", "uniqueName"],
    "TOO_LONG",
  ],
  [
    "channel attributes (bytes of JSON)",
    ATTRIBUTES_MAX_BYTES,
    (n) => make(CreateChannelInput, { serviceSid: IS, attributes: attributes(n) }),
    ["input", "attributes"],
    "TOO_LONG",
  ],
  [
    "a channel named by unique name",
    CHANNEL_NAME_MAX,
    (n) => make(AddMemberInput, { serviceSid: IS, channelSid: text(n), identity: "u" }),
    ["input", "channelSid"],
    "TOO_LONG",
  ],
  // A variation selector (U+FE0F) is a character of its own to the emulator; validator.js's isLength leaves it out.
  [
    "channel friendlyName in emoji with a variation selector",
    CHANNEL_NAME_MAX,
    (n) => make(CreateChannelInput, { serviceSid: IS, friendlyName: "❤️".repeat(Math.floor(n / 2)) + "a".repeat(n % 2) }),
    ["input", "friendlyName"],
    "TOO_LONG",
  ],
  ["member identity", IDENTITY_MAX, (n) => make(AddMemberInput, { ...inChannel, identity: text(n) }), ["input", "identity"], "TOO_LONG"],
  ["invite identity", IDENTITY_MAX, (n) => make(CreateInviteInput, { ...inChannel, identity: text(n) }), ["input", "identity"], "TOO_LONG"],
  [
    "message body (bytes of UTF-8)",
    MESSAGE_BODY_MAX_BYTES,
    (n) => make(SendMessageInput, { ...inChannel, body: ascii(n) }),
    ["input", "body"],
    "TOO_LONG",
  ],
  ["message from", IDENTITY_MAX, (n) => make(SendMessageInput, { ...inChannel, body: "hi", from: text(n) }), ["input", "from"], "TOO_LONG"],
  ["user identity", IDENTITY_MAX, (n) => make(CreateUserInput, { serviceSid: IS, identity: text(n) }), ["input", "identity"], "TOO_LONG"],
  [
    "user friendlyName",
    USER_NAME_MAX,
    (n) => make(CreateUserInput, { serviceSid: IS, identity: "u", friendlyName: text(n) }),
    ["input", "friendlyName"],
    "TOO_LONG",
  ],
  [
    "credential friendlyName",
    CREDENTIAL_NAME_MAX,
    (n) => make(CreateCredentialInput, { type: PushService.FCM, secret: "s", friendlyName: text(n) }),
    ["input", "friendlyName"],
    "TOO_LONG",
  ],
  [
    "credential certificate (bytes)",
    CREDENTIAL_PEM_MAX_BYTES,
    (n) => make(CreateCredentialInput, { type: PushService.APN, certificate: ascii(n), privateKey: "k" }),
    ["input", "certificate"],
    "TOO_LONG",
  ],
  [
    "credential secret (bytes)",
    CREDENTIAL_KEY_MAX_BYTES,
    (n) => make(CreateCredentialInput, { type: PushService.FCM, secret: ascii(n) }),
    ["input", "secret"],
    "TOO_LONG",
  ],
  ["channel webhook url", WEBHOOK_URL_MAX, (n) => webhook({ url: url(n) }), ["input", "configuration", "url"], "TOO_LONG"],
  [
    "channel webhook filters",
    WEBHOOK_FILTERS_MAX,
    (n) => webhook({ url: url(30), filters: Array(n).fill("onMessageSent") }),
    ["input", "configuration", "filters"],
    "TOO_LONG",
  ],
  [
    "channel webhook triggers",
    WEBHOOK_TRIGGERS_MAX,
    (n) => webhook({ url: url(30), triggers: Array(n).fill("help") }, ChannelWebhookType.TRIGGER),
    ["input", "configuration", "triggers"],
    "TOO_LONG",
  ],
  [
    "one channel webhook trigger",
    WEBHOOK_TRIGGER_MAX,
    (n) => webhook({ url: url(30), triggers: [text(n)] }, ChannelWebhookType.TRIGGER),
    ["input", "configuration", "triggers"],
    "TOO_LONG",
  ],
  [
    "channel webhook retryCount",
    WEBHOOK_RETRY_COUNT_MAX,
    (n) => webhook({ url: url(30), retryCount: n }),
    ["input", "configuration", "retryCount"],
    "OUT_OF_RANGE",
  ],
];

describe.each(rows)("%s (%i)", (_name, max, build, field, code) => {
  it("accepts a value right at the bound", async () => {
    expect(await validateInput(build(max))).toEqual([]);
  });

  it(`refuses one past it with ${code} on ${field.join(".")}`, async () => {
    expect(await validateInput(build(max + 1))).toEqual([expect.objectContaining({ field, code })]);
  });
});

describe("webhook filters are Twilio's event names", () => {
  it.each([
    ["a service's webhookFilters", service({ webhookFilters: ["onMessageSent", "onMessageSennt"] }), ["input", "webhookFilters"]],
    [
      "a channel webhook's filters",
      webhook({ url: url(30), filters: ["onChannelUpdated", "x".repeat(10_000)] }),
      ["input", "configuration", "filters"],
    ],
  ])("%s: a name that is none is INVALID_FORMAT, without quoting it", async (_name, input, field) => {
    const errors = await validateInput(input);
    expect(errors).toEqual([expect.objectContaining({ field, code: "INVALID_FORMAT" })]);
    expect(errors[0]!.message).not.toMatch(/onMessageSennt|xxxx/);
  });
});
