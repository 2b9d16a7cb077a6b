import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { validateInput } from "./input.validation.js";
import {
  CreateServiceInput,
  LimitsInput,
  NotificationsInput,
  ChannelNotificationInput,
  UpdateServiceInput,
} from "../service/service.input.js";

const IS = "IS" + "a".repeat(32);
const RL = "RL" + "b".repeat(32);
const make = <T extends object>(type: new () => T, values: Partial<T>): T => Object.assign(new type(), values);

describe("input validation → userErrors", () => {
  it("accepts a complete, valid update", async () => {
    const input = make(UpdateServiceInput, {
      sid: IS,
      friendlyName: "support",
      defaultServiceRoleSid: RL,
      preWebhookUrl: "https://example.com/pre",
      postWebhookUrl: "http://localhost:8080/post",
      webhookFilters: ["onMessageSend"],
      limits: make(LimitsInput, { channelMembers: 1, userChannels: 1000 }),
      typingIndicatorTimeout: 0,
    });
    expect(await validateInput(input)).toEqual([]);
  });

  it.each([
    ["an invalid service SID", { sid: "IS123" }, ["input", "sid"], "INVALID_SID"],
    ["an invalid role SID", { defaultChannelRoleSid: "nope" }, ["input", "defaultChannelRoleSid"], "INVALID_SID"],
    ["limits below 1", { limits: make(LimitsInput, { channelMembers: 0 }) }, ["input", "limits", "channelMembers"], "OUT_OF_RANGE"],
    ["limits above 1000", { limits: make(LimitsInput, { userChannels: 1001 }) }, ["input", "limits", "userChannels"], "OUT_OF_RANGE"],
    ["a non-URL webhook", { preWebhookUrl: "not a url" }, ["input", "preWebhookUrl"], "INVALID_URL"],
    ["a non-http webhook", { postWebhookUrl: "ftp://example.com/x" }, ["input", "postWebhookUrl"], "INVALID_URL"],
    ["a negative timeout", { typingIndicatorTimeout: -1 }, ["input", "typingIndicatorTimeout"], "OUT_OF_RANGE"],
    ["an empty friendly name", { friendlyName: "" }, ["input", "friendlyName"], "REQUIRED"],
    ["a too long friendly name", { friendlyName: "x".repeat(257) }, ["input", "friendlyName"], "TOO_LONG"],
    ["an empty webhook filter (no event name)", { webhookFilters: ["onMessageSend", ""] }, ["input", "webhookFilters"], "INVALID_FORMAT"],
    [
      "a too long notification template",
      { notifications: make(NotificationsInput, { addedToChannel: make(ChannelNotificationInput, { template: "t".repeat(1025) }) }) },
      ["input", "notifications", "addedToChannel", "template"],
      "TOO_LONG",
    ],
  ])("reports %s with its field path and code", async (_name, values, field, code) => {
    const errors = await validateInput(make(UpdateServiceInput, { sid: IS, ...values }));
    expect(errors).toEqual([expect.objectContaining({ field, code })]);
    expect(errors[0]!.message).toBeTruthy();
  });

  it.each([
    ["a boolean", { readStatusEnabled: null }, ["input", "readStatusEnabled"]],
    ["a limit", { limits: make(LimitsInput, { channelMembers: null as unknown as number }) }, ["input", "limits", "channelMembers"]],
    ["the webhook filters", { webhookFilters: null as unknown as string[] }, ["input", "webhookFilters"]],
    ["the friendly name", { friendlyName: null as unknown as string }, ["input", "friendlyName"]],
  ])("refuses null for %s, which cannot be cleared", async (_name, values, field) => {
    const errors = await validateInput(make(UpdateServiceInput, { sid: IS, ...(values as object) }));
    expect(errors).toContainEqual(expect.objectContaining({ field, code: "INVALID_FORMAT" }));
  });

  it("accepts null where it clears a setting", async () => {
    const input = make(UpdateServiceInput, {
      sid: IS,
      clientMutationId: null as unknown as string,
      preWebhookUrl: null,
      notifications: make(NotificationsInput, { addedToChannel: make(ChannelNotificationInput, { template: null, sound: null }) }),
    });
    expect(await validateInput(input)).toEqual([]);
  });

  it("requires a friendly name on create", async () => {
    const errors = await validateInput(make(CreateServiceInput, { friendlyName: "" }));
    expect(errors.map((e) => [e.field, e.code])).toEqual([[["input", "friendlyName"], "REQUIRED"]]);
  });
});
