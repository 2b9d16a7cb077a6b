import type { ChannelResource } from "../../chat-api/index.js";
import { parseDate } from "../dates.js";
import { globalId } from "../node/global-id.codec.js";
import { Channel, ChannelType } from "./channel.type.js";

const CHANNEL_TYPES: Record<string, ChannelType> = { public: ChannelType.PUBLIC, private: ChannelType.PRIVATE };

export function channelFromResource(resource: ChannelResource): Channel {
  const serviceSid = resource.service_sid ?? "";
  return Object.assign(new Channel(), {
    id: globalId("Channel", serviceSid, resource.sid),
    sid: resource.sid,
    accountSid: resource.account_sid,
    serviceSid,
    friendlyName: resource.friendly_name ?? null,
    uniqueName: resource.unique_name ?? null,
    attributesRaw: resource.attributes ?? null,
    type: (resource.type && CHANNEL_TYPES[resource.type]) ?? null,
    dateCreated: parseDate(resource.date_created),
    dateUpdated: parseDate(resource.date_updated),
    createdBy: resource.created_by ?? null,
    membersCount: resource.members_count ?? null,
    messagesCount: resource.messages_count ?? null,
    url: resource.url ?? null,
  });
}
