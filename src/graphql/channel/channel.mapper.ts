import type { ChannelResource } from "../../chat-api/index.js";
import { withServiceResourceFields } from "../node/service-resource.mapper.js";
import { Channel, ChannelType } from "./channel.type.js";

const CHANNEL_TYPES: Record<string, ChannelType> = { public: ChannelType.PUBLIC, private: ChannelType.PRIVATE };

export function channelFromResource(resource: ChannelResource): Channel {
  return Object.assign(withServiceResourceFields(new Channel(), "Channel", resource), {
    friendlyName: resource.friendly_name ?? null,
    uniqueName: resource.unique_name ?? null,
    attributesRaw: resource.attributes ?? null,
    type: (resource.type && CHANNEL_TYPES[resource.type]) ?? null,
    createdBy: resource.created_by ?? null,
    membersCount: resource.members_count ?? null,
    messagesCount: resource.messages_count ?? null,
  });
}
