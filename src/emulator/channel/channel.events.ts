// The webhook events of channels (Twilio's "Webhook Events" page; docs/emulator.md lists each
// parameter and its source): onChannelAdd/Added, onChannelUpdate/Updated, onChannelDestroy/Destroyed.

import type { HandlerContext } from "../engine/operation.js";
import type { Wire } from "../engine/wire.js";
import type { ServiceRow } from "../service/service.table.js";
import { eventPlan, removalPlan, type EventParams, type EventPlan } from "../webhook/webhook.event.js";
import { renderChannel } from "./channel.render.js";
import type { ChannelRow } from "./channel.table.js";

type Channel = Wire<"chat.v2.service.channel">;

function channelParams(channel: Channel): EventParams {
  return {
    ChannelSid: channel.sid,
    ChannelType: channel.type,
    FriendlyName: channel.friendly_name,
    UniqueName: channel.unique_name,
    Attributes: channel.attributes,
    CreatedBy: channel.created_by,
    DateCreated: channel.date_created,
    DateUpdated: channel.date_updated,
  };
}

export function addChannelEvents(service: ServiceRow, form: HandlerContext<"CreateChannel">["form"]): EventPlan {
  const params = {
    ChannelType: form.Type ?? "public",
    FriendlyName: form.FriendlyName,
    UniqueName: form.UniqueName,
    Attributes: form.Attributes ?? "{}",
    CreatedBy: form.CreatedBy ?? "system",
  };
  return eventPlan(service, null, { type: "onChannelAdd", params }, "onChannelAdded", channelParams);
}

export function updateChannelEvents(
  service: ServiceRow,
  channel: ChannelRow,
  form: HandlerContext<"UpdateChannel">["form"],
  origin: string,
): EventPlan {
  const params = {
    ...channelParams(renderChannel(channel, origin)),
    FriendlyName: form.FriendlyName ?? channel.friendly_name,
    // An empty UniqueName clears it.
    UniqueName: form.UniqueName === undefined ? channel.unique_name : form.UniqueName || null,
    Attributes: form.Attributes ?? channel.attributes,
    CreatedBy: form.CreatedBy ?? channel.created_by,
  };
  return eventPlan(service, channel, { type: "onChannelUpdate", params }, "onChannelUpdated", channelParams);
}

export function destroyChannelEvents(service: ServiceRow, channel: ChannelRow, origin: string): EventPlan {
  const wire = renderChannel(channel, origin);
  const params = { ...channelParams(wire), MembersCount: wire.members_count, MessagesCount: wire.messages_count };
  return removalPlan(service, channel, "onChannelDestroy", "onChannelDestroyed", params);
}
