// Message rules: each message takes the channel's next index (0, 1, 2, …), never reused even
// after deletes; the author defaults to "system"; an edit of the body marks it edited.

import type { ChannelRow } from "../channel/channel.table.js";
import { mintInChannel } from "../engine/sid.mint.js";
import { twilioDate } from "../engine/values.js";
import type { Store } from "../store/store.js";
import type { MessageRow } from "./message.table.js";

export interface MessageInput {
  from?: string;
  body?: string;
  attributes?: string;
  mediaSid?: string;
  lastUpdatedBy?: string;
  dateCreated?: string;
  dateUpdated?: string;
}

export function sendMessage(store: Store, channel: ChannelRow, input: MessageInput): MessageRow {
  return store.transaction(() => {
    const created = input.dateCreated ?? twilioDate();
    return store.messages.insert({
      ...mintInChannel("IM", channel),
      index: store.channels.takeMessageIndex(channel),
      author: input.from ?? "system",
      // "Can be an empty string or null, which sets the value as an empty string" (the spec).
      body: input.body ?? "",
      attributes: input.attributes ?? "{}",
      media_sid: input.mediaSid ?? null,
      last_updated_by: input.lastUpdatedBy ?? null,
      was_edited: false,
      date_created: created,
      date_updated: input.dateUpdated ?? created,
    });
  });
}

export function editMessage(store: Store, message: MessageRow, input: MessageInput): MessageRow {
  return store.messages.update({
    ...message,
    author: input.from ?? message.author,
    body: input.body ?? message.body,
    was_edited: message.was_edited || input.body !== undefined,
    attributes: input.attributes ?? message.attributes,
    last_updated_by: input.lastUpdatedBy ?? message.last_updated_by,
    date_created: input.dateCreated ?? message.date_created,
    date_updated: input.dateUpdated ?? twilioDate(),
  });
}
