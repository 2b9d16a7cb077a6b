// What the Message mutations do upstream: send, update (marked edited upstream), delete, and what
// each leaves in this request's loaders.

import { attributesForm } from "../attributes/attributes.json.js";
import type { GraphQLContext } from "../context.js";
import { channelSidOf } from "../channel/channel.lookup.js";
import { userErrorsOrThrow } from "../errors/user-error.mapping.js";
import { dateForm, formKeysOf } from "../mutation/form.values.js";
import { webhookHeader } from "../mutation/mutation.input.js";
import type { Outcome } from "../mutation/mutation.run.js";
import { globalId } from "../node/global-id.codec.js";
import type { DeleteMessageInput, SendMessageInput, UpdateMessageInput } from "./message.input.js";
import { messageFromResource } from "./message.mapper.js";
import type { DeleteMessagePayload, SendMessagePayload, UpdateMessagePayload } from "./message.payload.js";

function fields(input: SendMessageInput | UpdateMessageInput) {
  return {
    Body: input.body,
    Attributes: attributesForm(input.attributes),
    From: input.from,
    LastUpdatedBy: input.lastUpdatedBy,
    DateCreated: dateForm(input.dateCreated),
    DateUpdated: dateForm(input.dateUpdated),
  };
}

const where = (input: { serviceSid: string; channelSid: string }) => ({ ServiceSid: input.serviceSid, ChannelSid: input.channelSid });

export async function sendMessage(context: GraphQLContext, input: SendMessageInput): Promise<Outcome<SendMessagePayload>> {
  try {
    const sent = await context.client.one("CreateMessage", {
      path: where(input),
      header: webhookHeader(input.webhookEnabled),
      form: { ...fields(input), MediaSid: input.mediaSid },
    });
    context.loaders.message.prime(sent);
    return { userErrors: [], message: messageFromResource(sent) };
  } catch (error) {
    return {
      message: null,
      userErrors: userErrorsOrThrow(error, `No channel ${input.channelSid} in service ${input.serviceSid}`, formKeysOf("CreateMessage")),
    };
  }
}

export async function updateMessage(context: GraphQLContext, input: UpdateMessageInput): Promise<Outcome<UpdateMessagePayload>> {
  try {
    const updated = await context.client.one("UpdateMessage", {
      path: { ...where(input), Sid: input.sid },
      header: webhookHeader(input.webhookEnabled),
      form: fields(input),
    });
    context.loaders.message.prime(updated);
    return { userErrors: [], message: messageFromResource(updated) };
  } catch (error) {
    return {
      message: null,
      userErrors: userErrorsOrThrow(error, `No message ${input.sid} in channel ${input.channelSid}`, formKeysOf("UpdateMessage")),
    };
  }
}

export async function deleteMessage(context: GraphQLContext, input: DeleteMessageInput): Promise<Outcome<DeleteMessagePayload>> {
  // A channel named by unique name: its SID (for the global id) comes from the channel loader.
  const channelSid = await channelSidOf(context, input.serviceSid, input.channelSid);
  try {
    await context.client.none("DeleteMessage", { path: { ...where(input), Sid: input.sid }, header: webhookHeader(input.webhookEnabled) });
  } catch (error) {
    return {
      deletedMessageSid: null,
      deletedMessageId: null,
      userErrors: userErrorsOrThrow(error, `No message ${input.sid} in channel ${input.channelSid}`, formKeysOf("DeleteMessage")),
    };
  }
  context.loaders.message.markGone([input.serviceSid, channelSid, input.sid]);
  return { userErrors: [], deletedMessageSid: input.sid, deletedMessageId: globalId("Message", input.serviceSid, channelSid, input.sid) };
}
