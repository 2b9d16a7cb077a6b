import { channelUrl } from "../channel/channel.render.js";
import type { Wire } from "../engine/wire.js";
import { renderPlaceInChannel } from "../member/member.render.js";
import type { InviteRow } from "./invite.table.js";

export function renderInvite(row: InviteRow, origin: string): Wire<"chat.v2.service.channel.invite"> {
  return {
    ...renderPlaceInChannel(row),
    created_by: row.created_by,
    url: `${channelUrl(origin, row.service_sid, row.channel_sid)}/Invites/${row.sid}`,
  };
}
