// The webhook events of messages (Twilio's "Webhook Events" page; docs/emulator.md lists each
// parameter and its source): onMessageSend/Sent (onMediaMessageSend/Sent with a MediaSid),
// onMessageUpdate/Updated, onMessageRemove/Removed.

import type { ChannelRow } from "../channel/channel.table.js";
import type { HandlerContext } from "../engine/operation.js";
import type { Wire } from "../engine/wire.js";
import type { ServiceRow } from "../service/service.table.js";
import { eventPlan, paramsOf, removalPlan, type EventParams, type EventPlan } from "../webhook/webhook.event.js";
import { renderMessage } from "./message.render.js";
import type { MessageRow } from "./message.table.js";

type Message = Wire<"chat.v2.service.channel.message">;

/** A message as the post-events describe it. */
function messageParams(message: Message): EventParams {
  const fields = ["index", "body", "attributes", "from", "date_created"] as const;
  return {
    ...paramsOf(message, ["channel_sid", ["MessageSid", "sid"], ...fields]),
    MediaSid: (message.media as { sid?: string } | null)?.sid,
  };
}

export function sendMessageEvents(service: ServiceRow, channel: ChannelRow, form: HandlerContext<"CreateMessage">["form"]): EventPlan {
  const media = form.MediaSid !== undefined;
  // No SID yet: "the request from Twilio does not include the resource SID" for a pre-event.
  const params = {
    ChannelSid: channel.sid,
    Body: form.Body ?? "",
    Attributes: form.Attributes ?? "{}",
    From: form.From ?? "system",
    MediaSid: form.MediaSid,
  };
  const [preType, postType] = media ? ["onMediaMessageSend", "onMediaMessageSent"] : ["onMessageSend", "onMessageSent"];
  return eventPlan(service, channel, { type: preType, params }, postType, messageParams);
}

export function updateMessageEvents(
  service: ServiceRow,
  channel: ChannelRow,
  message: MessageRow,
  form: HandlerContext<"UpdateMessage">["form"],
  origin: string,
): EventPlan {
  // The message as the update would leave it.
  const params = {
    ...messageParams(renderMessage(message, origin)),
    Body: form.Body ?? message.body,
    Attributes: form.Attributes ?? message.attributes,
    From: form.From ?? message.author,
    ModifiedBy: form.LastUpdatedBy,
  };
  return eventPlan(service, channel, { type: "onMessageUpdate", params }, "onMessageUpdated", (after: Message) => ({
    ...messageParams(after),
    DateUpdated: after.date_updated,
    ModifiedBy: after.last_updated_by,
  }));
}

export function removeMessageEvents(service: ServiceRow, channel: ChannelRow, message: MessageRow, origin: string): EventPlan {
  const params = messageParams(renderMessage(message, origin));
  return removalPlan(service, channel, "onMessageRemove", "onMessageRemoved", params);
}
