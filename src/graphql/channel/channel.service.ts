// What the Channel mutations do upstream: create, update, delete (by SID or unique name), and
// what each leaves in this request's loaders.

import type { ChannelResource } from "../../chat-api/index.js";
import { CHANNEL_SID_PATTERN } from "../../sids.js";
import { attributesForm } from "../attributes/attributes.json.js";
import type { GraphQLContext } from "../context.js";
import { notFound, rethrowUpstream } from "../errors/error.mapping.js";
import { clearable, dateForm } from "../mutation/form.values.js";
import { webhookHeader } from "../mutation/mutation.input.js";
import type { Outcome } from "../mutation/mutation.run.js";
import { deleted, written } from "../mutation/mutation.write.js";
import { globalId } from "../node/global-id.codec.js";
import type { CreateChannelInput, DeleteChannelInput, UpdateChannelInput } from "./channel.input.js";
import { channelFromResource } from "./channel.mapper.js";
import type { CreateChannelPayload, DeleteChannelPayload, UpdateChannelPayload } from "./channel.payload.js";

function fields(input: CreateChannelInput | UpdateChannelInput) {
  return {
    FriendlyName: input.friendlyName,
    UniqueName: clearable(input.uniqueName),
    Attributes: attributesForm(input.attributes),
    DateCreated: dateForm(input.dateCreated),
    DateUpdated: dateForm(input.dateUpdated),
    CreatedBy: input.createdBy,
  };
}

export async function createChannel(context: GraphQLContext, input: CreateChannelInput): Promise<Outcome<CreateChannelPayload>> {
  const created = await written(context, "CreateChannel", {
    path: { ServiceSid: input.serviceSid },
    header: webhookHeader(input.webhookEnabled),
    form: { ...fields(input), Type: input.type },
  });
  context.loaders.channel.prime(created);
  return { channel: channelFromResource(created) };
}

export async function updateChannel(context: GraphQLContext, input: UpdateChannelInput): Promise<Outcome<UpdateChannelPayload>> {
  const updated = await written(
    context,
    "UpdateChannel",
    { path: { ServiceSid: input.serviceSid, Sid: input.sid }, header: webhookHeader(input.webhookEnabled), form: fields(input) },
    `No channel ${input.sid} in service ${input.serviceSid}`,
  );
  context.loaders.channel.prime(updated); // an old unique name leaves the cache with it
  return { channel: channelFromResource(updated) };
}

export async function deleteChannel(context: GraphQLContext, input: DeleteChannelInput): Promise<Outcome<DeleteChannelPayload>> {
  // Deleted by unique name: its SID (for the payload and client caches) comes from one fetch first.
  let channel: ChannelResource | null = null;
  if (!CHANNEL_SID_PATTERN.test(input.sid)) {
    channel = await context.loaders.channel.load(input.serviceSid, input.sid).catch(rethrowUpstream);
    if (!channel) throw notFound(`No channel ${input.sid} in service ${input.serviceSid}`);
  }
  const sid = channel?.sid ?? input.sid;
  await deleted(
    context,
    "DeleteChannel",
    { path: { ServiceSid: input.serviceSid, Sid: sid }, header: webhookHeader(input.webhookEnabled) },
    `No channel ${input.sid} in service ${input.serviceSid}`,
  );
  context.loaders.channel.markGone([input.serviceSid, input.sid], channel);
  context.loaders.channel.markGone([input.serviceSid, sid]);
  return { deletedChannelSid: sid, deletedChannelId: globalId("Channel", input.serviceSid, sid) };
}
