import { channelUrl } from "../channel/channel.render.js";
import type { Wire } from "../engine/wire.js";
import type { ChannelWebhookRow } from "./channel-webhook.table.js";

export function renderChannelWebhook(row: ChannelWebhookRow, origin: string): Wire<"chat.v2.service.channel.channel_webhook"> {
  return {
    sid: row.sid,
    account_sid: row.account_sid,
    service_sid: row.service_sid,
    channel_sid: row.channel_sid,
    type: row.type,
    url: `${channelUrl(origin, row.service_sid, row.channel_sid)}/Webhooks/${row.sid}`,
    configuration: { ...row.configuration },
    date_created: row.date_created,
    date_updated: row.date_updated,
  };
}
