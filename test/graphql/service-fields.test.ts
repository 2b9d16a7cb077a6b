// Every Service field round-trips: written through `updateService` with all nested inputs, read
// back through `service`, and equal to what Twilio's own client reads from the same upstream.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateServiceDocument,
  GetServiceDocument,
  UpdateServiceDocument,
  type UpdateServiceInput,
} from "../../examples/client/graphql.js";
import { dataOf, startHarness, type Harness } from "./harness.js";

let harness: Harness;
let client: ReturnType<Harness["twilio"]>;

beforeAll(async () => {
  harness = await startHarness();
  client = harness.twilio();
});
afterAll(() => harness.close());

async function createService(friendlyName: string) {
  const { createService } = dataOf(await harness.execute(CreateServiceDocument, { input: { friendlyName } }));
  expect(createService.userErrors).toEqual([]);
  return createService.service!;
}

describe("Service fields", () => {
  it("round-trip every setting through updateService and match the twilio client's view", async () => {
    const created = await createService("round trip");
    const roles = await client.chat.v2.services(created.sid).roles.list();
    const channelAdmin = roles.find((role) => role.friendlyName === "channel admin")!;
    const serviceAdmin = roles.find((role) => role.friendlyName === "service admin")!;

    const input: UpdateServiceInput = {
      sid: created.sid,
      clientMutationId: "m-1",
      friendlyName: "Support desk — ünïcode & spaces",
      defaultServiceRoleSid: serviceAdmin.sid,
      defaultChannelRoleSid: channelAdmin.sid,
      defaultChannelCreatorRoleSid: channelAdmin.sid,
      readStatusEnabled: false,
      reachabilityEnabled: true,
      typingIndicatorTimeout: 9,
      consumptionReportInterval: 7,
      notifications: {
        logEnabled: true,
        newMessage: { enabled: true, template: "${USER}: ${MESSAGE}", sound: "ping.wav", badgeCountEnabled: true },
        addedToChannel: { enabled: true, template: "added to ${CHANNEL}", sound: "add.wav" },
        removedFromChannel: { enabled: false, template: "removed from ${CHANNEL}", sound: "rm.wav" },
        invitedToChannel: { enabled: true, template: "invited to ${CHANNEL}", sound: "inv.wav" },
      },
      preWebhookUrl: "https://hooks.example.com/pre?x=1&y=2",
      postWebhookUrl: "http://127.0.0.1:9/post",
      webhookMethod: "GET",
      webhookFilters: ["onMessageSend", "onChannelAdd", "onUserUpdated"],
      limits: { channelMembers: 500, userChannels: 1000 },
      media: { compatibilityMessage: "This client cannot show media" },
      preWebhookRetryCount: 2,
      postWebhookRetryCount: 3,
    };
    const { updateService } = dataOf(await harness.execute(UpdateServiceDocument, { input }));
    expect(updateService.userErrors).toEqual([]);
    expect(updateService.clientMutationId).toBe("m-1");

    const { service } = dataOf(await harness.execute(GetServiceDocument, { sid: created.sid }));
    expect(service).toEqual(updateService.service);
    // Every setting reads back as it was written; the media size limit is not writable.
    const { sid: _sid, clientMutationId: _mutationId, media, ...written } = input;
    expect(service).toMatchObject({
      ...written,
      media: { sizeLimitMb: expect.any(Number), compatibilityMessage: media!.compatibilityMessage },
    });

    // What Twilio's own client reads from the same upstream is the same service.
    const viaTwilio = await client.chat.v2.services(created.sid).fetch();
    expect(service).toEqual({
      id: created.id,
      sid: viaTwilio.sid,
      accountSid: viaTwilio.accountSid,
      friendlyName: viaTwilio.friendlyName,
      dateCreated: viaTwilio.dateCreated.toISOString(),
      dateUpdated: viaTwilio.dateUpdated.toISOString(),
      defaultServiceRoleSid: viaTwilio.defaultServiceRoleSid,
      defaultChannelRoleSid: viaTwilio.defaultChannelRoleSid,
      defaultChannelCreatorRoleSid: viaTwilio.defaultChannelCreatorRoleSid,
      readStatusEnabled: viaTwilio.readStatusEnabled,
      reachabilityEnabled: viaTwilio.reachabilityEnabled,
      typingIndicatorTimeout: viaTwilio.typingIndicatorTimeout,
      consumptionReportInterval: viaTwilio.consumptionReportInterval,
      limits: { channelMembers: viaTwilio.limits.channel_members, userChannels: viaTwilio.limits.user_channels },
      preWebhookUrl: viaTwilio.preWebhookUrl,
      postWebhookUrl: viaTwilio.postWebhookUrl,
      webhookMethod: viaTwilio.webhookMethod,
      webhookFilters: viaTwilio.webhookFilters,
      preWebhookRetryCount: viaTwilio.preWebhookRetryCount,
      postWebhookRetryCount: viaTwilio.postWebhookRetryCount,
      notifications: {
        logEnabled: viaTwilio.notifications.log_enabled,
        newMessage: camelNotification(viaTwilio.notifications.new_message),
        addedToChannel: camelNotification(viaTwilio.notifications.added_to_channel),
        removedFromChannel: camelNotification(viaTwilio.notifications.removed_from_channel),
        invitedToChannel: camelNotification(viaTwilio.notifications.invited_to_channel),
      },
      media: { sizeLimitMb: viaTwilio.media.size_limit_mb, compatibilityMessage: viaTwilio.media.compatibility_message },
      url: viaTwilio.url,
    });
  });

  it("createService applies every setting in one go", async () => {
    const before = harness.upstreamRequests.length;
    const { createService } = dataOf(
      await harness.execute(CreateServiceDocument, {
        input: {
          friendlyName: "configured at birth",
          clientMutationId: "c-1",
          limits: { channelMembers: 42 },
          webhookFilters: ["onMessageSent"],
          notifications: { addedToChannel: { enabled: true } },
        },
      }),
    );
    expect(createService.userErrors).toEqual([]);
    expect(createService.clientMutationId).toBe("c-1");
    expect(createService.service).toMatchObject({
      friendlyName: "configured at birth",
      limits: { channelMembers: 42 },
      webhookFilters: ["onMessageSent"],
      notifications: { addedToChannel: { enabled: true } },
    });
    // Create, then one update with every setting.
    expect(harness.upstreamRequests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /v2/Services",
      `POST /v2/Services/${createService.service!.sid}`,
    ]);
  });

  it("clears a webhook URL with an explicit null and the webhook filters with an empty list", async () => {
    const created = await createService("clear me");
    await harness.execute(UpdateServiceDocument, {
      input: { sid: created.sid, preWebhookUrl: "https://example.com/pre", webhookFilters: ["onMessageSend"] },
    });
    const { updateService } = dataOf(
      await harness.execute(UpdateServiceDocument, { input: { sid: created.sid, preWebhookUrl: null, webhookFilters: [] } }),
    );
    expect(updateService.userErrors).toEqual([]);
    expect(updateService.service).toMatchObject({ preWebhookUrl: null, webhookFilters: [] });
  });

  it("leaves settings that the input does not name as they were", async () => {
    const created = await createService("partial");
    await harness.execute(UpdateServiceDocument, {
      input: { sid: created.sid, limits: { channelMembers: 7, userChannels: 8 }, webhookFilters: ["onMessageSend"] },
    });
    const { updateService } = dataOf(
      await harness.execute(UpdateServiceDocument, { input: { sid: created.sid, limits: { userChannels: 9 } } }),
    );
    expect(updateService.service).toMatchObject({
      friendlyName: "partial",
      limits: { channelMembers: 7, userChannels: 9 },
      webhookFilters: ["onMessageSend"],
    });
  });
});

function camelNotification(raw: Record<string, unknown> | undefined) {
  const out: Record<string, unknown> = { enabled: raw?.enabled ?? null, template: raw?.template ?? null, sound: raw?.sound ?? null };
  if (raw && "badge_count_enabled" in raw) out.badgeCountEnabled = raw.badge_count_enabled;
  return out;
}
