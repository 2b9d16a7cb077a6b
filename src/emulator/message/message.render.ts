import { channelUrl } from "../channel/channel.render.js";
import type { Wire } from "../engine/wire.js";
import type { MessageRow } from "./message.table.js";

export function renderMessage(row: MessageRow, origin: string): Wire<"chat.v2.service.channel.message"> {
  return {
    sid: row.sid,
    account_sid: row.account_sid,
    attributes: row.attributes,
    service_sid: row.service_sid,
    to: row.channel_sid,
    channel_sid: row.channel_sid,
    date_created: row.date_created,
    date_updated: row.date_updated,
    last_updated_by: row.last_updated_by,
    was_edited: row.was_edited,
    from: row.author,
    body: row.body,
    index: row.index,
    type: row.media_sid ? "media" : "text",
    // Twilio describes the media by sid, content_type, filename and size; the emulator has no
    // Media service, so it knows only the SID it was given.
    media: row.media_sid ? { sid: row.media_sid, content_type: null, filename: null, size: null } : null,
    url: `${channelUrl(origin, row.service_sid, row.channel_sid)}/Messages/${row.sid}`,
  };
}
