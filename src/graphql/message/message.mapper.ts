import type { MessageResource } from "../../chat-api/index.js";
import { parseDate } from "../dates.js";
import { globalId } from "../node/global-id.codec.js";
import { Message } from "./message.type.js";

export function messageFromResource(resource: MessageResource): Message {
  const serviceSid = resource.service_sid ?? "";
  const channelSid = resource.channel_sid ?? "";
  return Object.assign(new Message(), {
    id: globalId("Message", serviceSid, channelSid, resource.sid),
    sid: resource.sid,
    accountSid: resource.account_sid,
    serviceSid,
    channelSid,
    attributesRaw: resource.attributes ?? null,
    mediaRaw: resource.media ?? null,
    from: resource.from ?? null,
    body: resource.body ?? null,
    index: resource.index ?? null,
    type: resource.type ?? null,
    wasEdited: resource.was_edited ?? null,
    lastUpdatedBy: resource.last_updated_by ?? null,
    dateCreated: parseDate(resource.date_created),
    dateUpdated: parseDate(resource.date_updated),
    url: resource.url ?? null,
  });
}
