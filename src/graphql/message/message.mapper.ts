import type { MessageResource } from "../../chat-api/index.js";
import { withChannelResourceFields } from "../node/service-resource.mapper.js";
import { Message } from "./message.type.js";

export function messageFromResource(resource: MessageResource): Message {
  return Object.assign(withChannelResourceFields(new Message(), "Message", resource), {
    attributesRaw: resource.attributes ?? null,
    mediaRaw: resource.media ?? null,
    from: resource.from ?? null,
    body: resource.body ?? null,
    index: resource.index ?? null,
    type: resource.type ?? null,
    wasEdited: resource.was_edited ?? null,
    lastUpdatedBy: resource.last_updated_by ?? null,
  });
}
