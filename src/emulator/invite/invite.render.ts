import { channelUrl } from "../channel/channel.render.js";
import type { Wire } from "../engine/wire.js";
import type { InviteRow } from "./invite.table.js";

export function renderInvite(row: InviteRow, origin: string): Wire<"chat.v2.service.channel.invite"> {
  return {
    sid: row.sid,
    account_sid: row.account_sid,
    channel_sid: row.channel_sid,
    service_sid: row.service_sid,
    identity: row.identity,
    date_created: row.date_created,
    date_updated: row.date_updated,
    role_sid: row.role_sid,
    created_by: row.created_by,
    url: `${channelUrl(origin, row.service_sid, row.channel_sid)}/Invites/${row.sid}`,
  };
}
