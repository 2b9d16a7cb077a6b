// What the Message mutations do upstream: send, update (marked edited upstream), delete, and what
// each leaves in this request's loaders.

import { attributesForm } from "../attributes/attributes.json.js";
import type { GraphQLContext } from "../context.js";
import { channelSidOf } from "../channel/channel.lookup.js";
import { dateForm } from "../mutation/form.values.js";
import { webhookHeader } from "../mutation/mutation.input.js";
import type { Outcome } from "../mutation/mutation.run.js";
import { deleted, written } from "../mutation/mutation.write.js";
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
  const sent = await written(
    context,
    "CreateMessage",
    { path: where(input), header: webhookHeader(input.webhookEnabled), form: { ...fields(input), MediaSid: input.mediaSid } },
    `No channel ${input.channelSid} in service ${input.serviceSid}`,
  );
  context.loaders.message.prime(sent);
  return { message: messageFromResource(sent) };
}

export async function updateMessage(context: GraphQLContext, input: UpdateMessageInput): Promise<Outcome<UpdateMessagePayload>> {
  const updated = await written(
    context,
    "UpdateMessage",
    { path: { ...where(input), Sid: input.sid }, header: webhookHeader(input.webhookEnabled), form: fields(input) },
    `No message ${input.sid} in channel ${input.channelSid}`,
  );
  context.loaders.message.prime(updated);
  return { message: messageFromResource(updated) };
}

export async function deleteMessage(context: GraphQLContext, input: DeleteMessageInput): Promise<Outcome<DeleteMessagePayload>> {
  // A channel named by unique name: its SID (for the global id) comes from the channel loader.
  const channelSid = await channelSidOf(context, input.serviceSid, input.channelSid);
  await deleted(
    context,
    "DeleteMessage",
    { path: { ...where(input), Sid: input.sid }, header: webhookHeader(input.webhookEnabled) },
    `No message ${input.sid} in channel ${input.channelSid}`,
  );
  context.loaders.message.markGone([input.serviceSid, channelSid, input.sid]);
  return { deletedMessageSid: input.sid, deletedMessageId: globalId("Message", input.serviceSid, channelSid, input.sid) };
}
