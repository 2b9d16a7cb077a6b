// What a member and an invite say alike: both name an identity's place in a channel, with a role.

import type { InviteResource, MemberResource } from "../../chat-api/index.js";
import { parseDate } from "../dates.js";
import { globalId } from "../node/global-id.codec.js";

/** The fields of a Member or an Invite that both resources carry, with the node's global id. */
export function membershipFields(type: "Member" | "Invite", resource: MemberResource | InviteResource) {
  const serviceSid = resource.service_sid ?? "";
  const channelSid = resource.channel_sid ?? "";
  return {
    id: globalId(type, serviceSid, channelSid, resource.sid),
    sid: resource.sid,
    accountSid: resource.account_sid,
    channelSid,
    serviceSid,
    identity: resource.identity,
    dateCreated: parseDate(resource.date_created),
    dateUpdated: parseDate(resource.date_updated),
    roleSid: resource.role_sid ?? null,
    url: resource.url ?? null,
  };
}
