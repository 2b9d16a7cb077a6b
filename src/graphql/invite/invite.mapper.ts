import type { InviteResource } from "../../chat-api/index.js";
import { parseDate } from "../dates.js";
import { globalId } from "../node/global-id.codec.js";
import { Invite } from "./invite.type.js";

export function inviteFromResource(resource: InviteResource): Invite {
  const serviceSid = resource.service_sid ?? "";
  const channelSid = resource.channel_sid ?? "";
  return Object.assign(new Invite(), {
    id: globalId("Invite", serviceSid, channelSid, resource.sid),
    sid: resource.sid,
    accountSid: resource.account_sid,
    channelSid,
    serviceSid,
    identity: resource.identity,
    dateCreated: parseDate(resource.date_created),
    dateUpdated: parseDate(resource.date_updated),
    roleSid: resource.role_sid ?? null,
    createdBy: resource.created_by ?? null,
    url: resource.url ?? null,
  });
}
