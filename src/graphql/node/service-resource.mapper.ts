// The fields ServiceResource declares (and `url`, which every such resource has), mapped once:
// each resource mapper sets these on its object and adds its own.

import { parseDate } from "../dates.js";
import { globalId, type NodeType } from "./global-id.codec.js";

/** The wire fields these are read from, as every resource of a service carries them. */
interface ServiceResourceWire {
  sid: string;
  account_sid: string;
  service_sid?: string | null;
  date_created?: string | null;
  date_updated?: string | null;
  url?: string | null;
}

/** What `withServiceResourceFields` sets. */
interface ServiceResourceFields {
  id: string;
  sid: string;
  accountSid: string;
  serviceSid: string;
  dateCreated: Date | null;
  dateUpdated: Date | null;
  url: string | null;
}

/**
 * Sets ServiceResource's fields and `url` on `target`, with the node's id: the service's SID,
 * `parents` (outermost first), then its own. Assigned in place, not spread into a literal: a
 * spread of one object into another made each mapping ~5× slower, paid on every item of a page.
 */
export function withServiceResourceFields<T extends ServiceResourceFields>(
  target: T,
  type: NodeType,
  resource: ServiceResourceWire,
  ...parents: string[]
): T {
  const serviceSid = resource.service_sid ?? "";
  target.id = globalId(type, serviceSid, ...parents, resource.sid);
  target.sid = resource.sid;
  target.accountSid = resource.account_sid;
  target.serviceSid = serviceSid;
  target.dateCreated = parseDate(resource.date_created);
  target.dateUpdated = parseDate(resource.date_updated);
  target.url = resource.url ?? null;
  return target;
}

/** The same for a resource inside a channel (member, invite, message, webhook), with its `channelSid`. */
export function withChannelResourceFields<T extends ServiceResourceFields & { channelSid: string }>(
  target: T,
  type: NodeType,
  resource: ServiceResourceWire & { channel_sid?: string | null },
): T {
  const channelSid = resource.channel_sid ?? "";
  withServiceResourceFields(target, type, resource, channelSid).channelSid = channelSid;
  return target;
}

/**
 * `map` made to answer once per upstream resource object: a resource the loader hands to many
 * fields (the 5 authors of 200 messages, the channel of each) is mapped once, not once a field.
 * Resolvers never change their root, so the fields can share it.
 */
export function mappedOnce<R extends object, T>(map: (resource: R) => T): (resource: R) => T {
  const mapped = new WeakMap<R, T>();
  return (resource) => {
    let object = mapped.get(resource);
    if (object === undefined) mapped.set(resource, (object = map(resource)));
    return object;
  };
}
