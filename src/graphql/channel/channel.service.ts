// What the Channel mutations do upstream: create, update, delete (by SID or unique name), and
// what each leaves in this request's loaders.

import type { ChannelResource } from "../../chat-api/index.js";
import { CHANNEL_SID_PATTERN } from "../../sids.js";
import { attributesForm } from "../attributes/attributes.json.js";
import type { GraphQLContext } from "../context.js";
import { notFound, rethrowUpstream } from "../errors/error.mapping.js";
import { userErrorsOrThrow } from "../errors/user-error.mapping.js";
import { clearable, dateForm, formKeysOf } from "../mutation/form.values.js";
import { webhookHeader } from "../mutation/mutation.input.js";
import type { Outcome } from "../mutation/mutation.run.js";
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
  try {
    const created = await context.client.one("CreateChannel", {
      path: { ServiceSid: input.serviceSid },
      header: webhookHeader(input.webhookEnabled),
      form: { ...fields(input), Type: input.type },
    });
    context.loaders.channel.prime(created);
    return { userErrors: [], channel: channelFromResource(created) };
  } catch (error) {
    return { channel: null, userErrors: userErrorsOrThrow(error, undefined, formKeysOf("CreateChannel")) };
  }
}

export async function updateChannel(context: GraphQLContext, input: UpdateChannelInput): Promise<Outcome<UpdateChannelPayload>> {
  try {
    const updated = await context.client.one("UpdateChannel", {
      path: { ServiceSid: input.serviceSid, Sid: input.sid },
      header: webhookHeader(input.webhookEnabled),
      form: fields(input),
    });
    context.loaders.channel.prime(updated); // an old unique name leaves the cache with it
    return { userErrors: [], channel: channelFromResource(updated) };
  } catch (error) {
    return {
      channel: null,
      userErrors: userErrorsOrThrow(error, `No channel ${input.sid} in service ${input.serviceSid}`, formKeysOf("UpdateChannel")),
    };
  }
}

export async function deleteChannel(context: GraphQLContext, input: DeleteChannelInput): Promise<Outcome<DeleteChannelPayload>> {
  // Deleted by unique name: its SID (for the payload and client caches) comes from one fetch first.
  let channel: ChannelResource | null = null;
  if (!CHANNEL_SID_PATTERN.test(input.sid)) {
    channel = await context.loaders.channel.load(input.serviceSid, input.sid).catch(rethrowUpstream);
    if (!channel) throw notFound(`No channel ${input.sid} in service ${input.serviceSid}`);
  }
  const sid = channel?.sid ?? input.sid;
  try {
    await context.client.none("DeleteChannel", {
      path: { ServiceSid: input.serviceSid, Sid: sid },
      header: webhookHeader(input.webhookEnabled),
    });
  } catch (error) {
    return {
      deletedChannelSid: null,
      deletedChannelId: null,
      userErrors: userErrorsOrThrow(error, `No channel ${input.sid} in service ${input.serviceSid}`, formKeysOf("DeleteChannel")),
    };
  }
  context.loaders.channel.markGone([input.serviceSid, input.sid], channel);
  context.loaders.channel.markGone([input.serviceSid, sid]);
  return { userErrors: [], deletedChannelSid: sid, deletedChannelId: globalId("Channel", input.serviceSid, sid) };
}
