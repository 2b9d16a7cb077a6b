// What the ChannelWebhook mutations do upstream: create, update its configuration, delete.

import { channelSidOf } from "../channel/channel.lookup.js";
import type { GraphQLContext } from "../context.js";
import { userError, UserErrorCode } from "../errors/user-error.type.js";
import { WEBHOOK_REQUIRED, type ChannelWebhookKind } from "../../twilio/webhook-configuration.js";
import type { Outcome } from "../mutation/mutation.run.js";
import { deleted, Refusal, written } from "../mutation/mutation.write.js";
import { globalId } from "../node/global-id.codec.js";
import type {
  ChannelWebhookConfigurationInput,
  CreateChannelWebhookInput,
  DeleteChannelWebhookInput,
  UpdateChannelWebhookInput,
} from "./channel-webhook.input.js";
import { channelWebhookFromResource } from "./channel-webhook.mapper.js";
import type { CreateChannelWebhookPayload, DeleteChannelWebhookPayload, UpdateChannelWebhookPayload } from "./channel-webhook.payload.js";

/** `configuration: { url }` → `Configuration.Url`, as Twilio's form keys spell them. */
function configurationForm(c: ChannelWebhookConfigurationInput | undefined) {
  return {
    "Configuration.Url": c?.url,
    "Configuration.Method": c?.method,
    // [] clears them: one empty value, as a service's webhookFilters (an empty list would send nothing).
    "Configuration.Filters": c?.filters?.length === 0 ? [""] : c?.filters,
    "Configuration.Triggers": c?.triggers,
    "Configuration.FlowSid": c?.flowSid,
    "Configuration.RetryCount": c?.retryCount,
  };
}

const where = (input: { serviceSid: string; channelSid: string }) => ({ ServiceSid: input.serviceSid, ChannelSid: input.channelSid });

/** Where each required form key sits in the GraphQL input. */
const INPUT_FIELD = { "Configuration.Url": "url", "Configuration.Triggers": "triggers", "Configuration.FlowSid": "flowSid" } as const;

export async function createChannelWebhook(
  context: GraphQLContext,
  input: CreateChannelWebhookInput,
): Promise<Outcome<CreateChannelWebhookPayload>> {
  // What its type needs, checked before the upstream (the emulator requires the same, from the same table).
  const missing = WEBHOOK_REQUIRED[input.type satisfies ChannelWebhookKind]
    .map((key) => INPUT_FIELD[key])
    .filter((field) => {
      const value = input.configuration?.[field];
      return value === undefined || value === null || value.length === 0;
    });
  if (missing.length > 0) {
    throw new Refusal(
      missing.map((field) =>
        userError(
          ["input", "configuration", field],
          UserErrorCode.REQUIRED,
          `A ${input.type.toUpperCase()} webhook needs configuration.${field}`,
        ),
      ),
    );
  }
  const webhook = await written(
    context,
    "CreateChannelWebhook",
    { path: where(input), form: { Type: input.type, ...configurationForm(input.configuration) } },
    `No channel ${input.channelSid} in service ${input.serviceSid}`,
  );
  context.loaders.channelWebhook.prime(webhook);
  return { webhook: channelWebhookFromResource(webhook) };
}

export async function updateChannelWebhook(
  context: GraphQLContext,
  input: UpdateChannelWebhookInput,
): Promise<Outcome<UpdateChannelWebhookPayload>> {
  const webhook = await written(
    context,
    "UpdateChannelWebhook",
    { path: { ...where(input), Sid: input.sid }, form: configurationForm(input.configuration) },
    `No webhook ${input.sid} on channel ${input.channelSid}`,
  );
  context.loaders.channelWebhook.prime(webhook);
  return { webhook: channelWebhookFromResource(webhook) };
}

export async function deleteChannelWebhook(
  context: GraphQLContext,
  input: DeleteChannelWebhookInput,
): Promise<Outcome<DeleteChannelWebhookPayload>> {
  const channelSid = await channelSidOf(context, input.serviceSid, input.channelSid);
  await deleted(
    context,
    "DeleteChannelWebhook",
    { path: { ...where(input), Sid: input.sid } },
    `No webhook ${input.sid} on channel ${input.channelSid}`,
  );
  context.loaders.channelWebhook.markGone([input.serviceSid, channelSid, input.sid]);
  return {
    deletedWebhookSid: input.sid,
    deletedWebhookId: globalId("ChannelWebhook", input.serviceSid, channelSid, input.sid),
  };
}
