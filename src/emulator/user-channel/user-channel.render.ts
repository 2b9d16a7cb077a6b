import { channelUrl } from "../channel/channel.render.js";
import type { Wire } from "../engine/wire.js";
import type { UserChannelRow } from "../member/member.table.js";
import { userUrl } from "../user/user.render.js";

/** A membership as its user sees it; `status` is always `joined` (pending invites are not listed). */
export function renderUserChannel(row: UserChannelRow, origin: string): Wire<"chat.v2.service.user.user_channel"> {
  const channel = channelUrl(origin, row.service_sid, row.channel_sid);
  const links: Record<string, string> = {
    channel,
    member: `${channel}/Members/${row.sid}`,
    members: `${channel}/Members`,
    messages: `${channel}/Messages`,
    invites: `${channel}/Invites`,
  };
  if (row.last_message_sid) links.last_message = `${channel}/Messages/${row.last_message_sid}`;
  return {
    account_sid: row.account_sid,
    service_sid: row.service_sid,
    channel_sid: row.channel_sid,
    user_sid: row.user_sid,
    member_sid: row.sid,
    status: "joined",
    last_consumed_message_index: row.last_consumed_message_index,
    unread_messages_count: row.unread_messages_count,
    links,
    url: `${userUrl(origin, row.service_sid, row.user_sid)}/Channels/${row.channel_sid}`,
    notification_level: row.notification_level,
  };
}
