import { describe, expect, it } from "vitest";
import { formKeyInMessage, inputPathOfFormKey } from "./user-error.mapping.js";

describe("Twilio parameter names → input paths", () => {
  it.each([
    ["FriendlyName", ["input", "friendlyName"]],
    ["Limits.ChannelMembers", ["input", "limits", "channelMembers"]],
    ["Notifications.NewMessage.BadgeCountEnabled", ["input", "notifications", "newMessage", "badgeCountEnabled"]],
    ["Media.CompatibilityMessage", ["input", "media", "compatibilityMessage"]],
    ["DefaultChannelCreatorRoleSid", ["input", "defaultChannelCreatorRoleSid"]],
  ])("%s → %j", (key, path) => {
    expect(inputPathOfFormKey(key)).toEqual(path);
  });

  it.each([
    ["Limits.ChannelMembers must be between 1 and 1000", "Limits.ChannelMembers"],
    ["Invalid parameter: Notifications.AddedToChannel.Enabled", "Notifications.AddedToChannel.Enabled"],
    ["WebhookMethod must be GET or POST", "WebhookMethod"],
    ["Invalid value for PreWebhookUrl.", "PreWebhookUrl"],
    ["Something else went wrong", null],
    ["Invalid WebhookFilters: 'Notifications.NewMessage.Template' is not a webhook event", "WebhookFilters"],
    ['Invalid PreWebhookUrl: "Limits.ChannelMembers" is not a URL', "PreWebhookUrl"],
  ])("finds the parameter in %j", (message, key) => {
    expect(formKeyInMessage(message)).toBe(key);
  });
});
