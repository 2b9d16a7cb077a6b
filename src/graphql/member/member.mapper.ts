import type { MemberResource } from "../../chat-api/index.js";
import { parseDate } from "../dates.js";
import { globalId } from "../node/global-id.codec.js";
import { Member } from "./member.type.js";

export function memberFromResource(resource: MemberResource): Member {
  const serviceSid = resource.service_sid ?? "";
  const channelSid = resource.channel_sid ?? "";
  return Object.assign(new Member(), {
    id: globalId("Member", serviceSid, channelSid, resource.sid),
    sid: resource.sid,
    accountSid: resource.account_sid,
    channelSid,
    serviceSid,
    identity: resource.identity,
    dateCreated: parseDate(resource.date_created),
    dateUpdated: parseDate(resource.date_updated),
    roleSid: resource.role_sid ?? null,
    lastConsumedMessageIndex: resource.last_consumed_message_index ?? null,
    lastConsumptionTimestamp: parseDate(resource.last_consumption_timestamp),
    url: resource.url ?? null,
    attributesRaw: resource.attributes ?? null,
  });
}
