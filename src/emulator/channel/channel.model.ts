// Channel rules: unique names are unique per service and never look like a channel SID (a channel
// is fetched by either); deleting a channel takes its members, messages, invites and webhooks.

import { ApiError, Code, conflict } from "../engine/errors.js";
import { mintInService } from "../engine/sid.mint.js";
import { twilioDate } from "../engine/values.js";
import type { ServiceRow } from "../service/service.table.js";
import type { Store } from "../store/store.js";
import { isSid } from "../../sids.js";
import type { ChannelRow, ChannelType } from "./channel.table.js";

export interface ChannelInput {
  friendlyName?: string;
  uniqueName?: string;
  attributes?: string;
  type?: ChannelType;
  dateCreated?: string;
  dateUpdated?: string;
  createdBy?: string;
}

/** A unique name as stored: an empty one means none. Throws when it is taken or SID-shaped. */
function checkUniqueName(store: Store, service: ServiceRow, uniqueName: string, self?: ChannelRow): string | null {
  if (uniqueName === "") return null;
  if (isSid("CH", uniqueName)) {
    throw new ApiError(400, Code.uniqueNameLooksLikeChannelSid, `Unique name ${uniqueName} should not match the channel SID pattern`);
  }
  const holder = store.channels.withUniqueName(service.account_sid, service.sid, uniqueName);
  if (holder && holder.sid !== self?.sid) {
    throw conflict(Code.channelUniqueNameExists, `Channel with provided unique name already exists: ${uniqueName}`);
  }
  return uniqueName;
}

export function createChannel(store: Store, service: ServiceRow, input: ChannelInput): ChannelRow {
  return store.transaction(() => {
    const created = input.dateCreated ?? twilioDate();
    return store.channels.insert({
      ...mintInService("CH", service),
      friendly_name: input.friendlyName ?? null,
      unique_name: input.uniqueName === undefined ? null : checkUniqueName(store, service, input.uniqueName),
      attributes: input.attributes ?? "{}",
      type: input.type ?? "public",
      created_by: input.createdBy ?? "system",
      date_created: created,
      date_updated: input.dateUpdated ?? created,
    });
  });
}

export function updateChannel(store: Store, service: ServiceRow, channel: ChannelRow, input: ChannelInput): ChannelRow {
  return store.transaction(() =>
    store.channels.update({
      ...channel,
      friendly_name: input.friendlyName ?? channel.friendly_name,
      unique_name: input.uniqueName === undefined ? channel.unique_name : checkUniqueName(store, service, input.uniqueName, channel),
      attributes: input.attributes ?? channel.attributes,
      created_by: input.createdBy ?? channel.created_by,
      date_created: input.dateCreated ?? channel.date_created,
      date_updated: input.dateUpdated ?? twilioDate(),
    }),
  );
}

/**
 * Deletes a channel and everything in it. Memberships are deleted one by one first, so the
 * users' lists of channels keep the place of each (page tokens stay valid); the rest goes by
 * ON DELETE CASCADE, and tokens anchored inside the channel are forgotten with it.
 */
export function deleteChannel(store: Store, channel: ChannelRow): void {
  store.transaction(() => {
    for (const member of store.members.allInChannel(channel.sid)) store.members.delete(member);
    store.channels.delete(channel);
    store.tombstones.forgetScope(channel.sid);
  });
}
