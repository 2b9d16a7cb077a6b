import type { MemberResource } from "../../chat-api/index.js";
import { parseDate } from "../dates.js";
import { withMembershipFields } from "./membership.mapper.js";
import { Member } from "./member.type.js";

export function memberFromResource(resource: MemberResource): Member {
  return Object.assign(withMembershipFields(new Member(), "Member", resource), {
    lastConsumedMessageIndex: resource.last_consumed_message_index ?? null,
    lastConsumptionTimestamp: parseDate(resource.last_consumption_timestamp),
    attributesRaw: resource.attributes ?? null,
  });
}
