import { channelUrl } from "../channel/channel.render.js";
import type { Wire } from "../engine/wire.js";
import type { MemberRow } from "./member.table.js";

/** What a member and an invite both say: an identity's place (and role) in a channel. */
export function renderPlaceInChannel(
  row: Pick<MemberRow, "sid" | "account_sid" | "channel_sid" | "service_sid" | "identity" | "date_created" | "date_updated" | "role_sid">,
) {
  return {
    sid: row.sid,
    account_sid: row.account_sid,
    channel_sid: row.channel_sid,
    service_sid: row.service_sid,
    identity: row.identity,
    date_created: row.date_created,
    date_updated: row.date_updated,
    role_sid: row.role_sid,
  };
}

export function renderMember(row: MemberRow, origin: string): Wire<"chat.v2.service.channel.member"> {
  return {
    ...renderPlaceInChannel(row),
    last_consumed_message_index: row.last_consumed_message_index,
    last_consumption_timestamp: row.last_consumption_timestamp,
    url: `${channelUrl(origin, row.service_sid, row.channel_sid)}/Members/${row.sid}`,
    attributes: row.attributes,
  };
}
