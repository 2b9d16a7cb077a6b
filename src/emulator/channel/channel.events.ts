// The webhook events of channels (Twilio's "Webhook Events" page; docs/emulator.md lists each
// parameter and its source): onChannelAdd/Added, onChannelUpdate/Updated, onChannelDestroy/Destroyed.

import type { HandlerContext } from "../engine/operation.js";
import type { Wire } from "../engine/wire.js";
import type { ServiceRow } from "../service/service.table.js";
import { eventPlan, paramsOf, removalPlan, type EventParams, type EventPlan } from "../webhook/webhook.event.js";
import { renderChannel } from "./channel.render.js";
import type { ChannelRow } from "./channel.table.js";

type Channel = Wire<"chat.v2.service.channel">;

function channelParams(channel: Channel): EventParams {
  const fields = ["friendly_name", "unique_name", "attributes", "created_by", "date_created", "date_updated"] as const;
  return paramsOf(channel, [["ChannelSid", "sid"], ["ChannelType", "type"], ...fields]);
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
