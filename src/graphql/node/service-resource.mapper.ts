// The fields ServiceResource declares (and `url`, which every such resource has), mapped once:
// each resource mapper spreads these and adds its own.

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

/** ServiceResource's fields and `url`, with the node's id: the service's SID, `parents` (outermost first), then its own. */
export function serviceResourceFields(type: NodeType, resource: ServiceResourceWire, ...parents: string[]) {
  const serviceSid = resource.service_sid ?? "";
  return {
    id: globalId(type, serviceSid, ...parents, resource.sid),
    sid: resource.sid,
    accountSid: resource.account_sid,
    serviceSid,
    dateCreated: parseDate(resource.date_created),
    dateUpdated: parseDate(resource.date_updated),
    url: resource.url ?? null,
  };
}

/** The same for a resource inside a channel (member, invite, message, webhook), with its `channelSid`. */
export function channelResourceFields(type: NodeType, resource: ServiceResourceWire & { channel_sid?: string | null }) {
  const channelSid = resource.channel_sid ?? "";
  return { ...serviceResourceFields(type, resource, channelSid), channelSid };
}
