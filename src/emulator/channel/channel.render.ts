import type { Wire } from "../engine/wire.js";
import type { ChannelRow } from "./channel.table.js";

export const channelUrl = (origin: string, serviceSid: string, channelSid: string) =>
  `${origin}/v2/Services/${serviceSid}/Channels/${channelSid}`;

export function renderChannel(row: ChannelRow, origin: string): Wire<"chat.v2.service.channel"> {
  const url = channelUrl(origin, row.service_sid, row.sid);
  const links: Record<string, string> = {
    webhooks: `${url}/Webhooks`,
    messages: `${url}/Messages`,
    invites: `${url}/Invites`,
    members: `${url}/Members`,
  };
  // Only a link that leads somewhere: a channel without messages has no last message.
  if (row.last_message_sid) links.last_message = `${url}/Messages/${row.last_message_sid}`;
  return {
    sid: row.sid,
    account_sid: row.account_sid,
    service_sid: row.service_sid,
    friendly_name: row.friendly_name,
    unique_name: row.unique_name,
    attributes: row.attributes,
    type: row.type,
    date_created: row.date_created,
    date_updated: row.date_updated,
    created_by: row.created_by,
    members_count: row.members_count,
    messages_count: row.messages_count,
    url,
    links,
  };
}
