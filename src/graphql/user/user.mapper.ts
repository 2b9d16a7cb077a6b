import type { UserResource } from "../../chat-api/index.js";
import { parseDate } from "../dates.js";
import { globalId } from "../node/global-id.codec.js";
import { User } from "./user.type.js";

export function userFromResource(resource: UserResource): User {
  const serviceSid = resource.service_sid ?? "";
  return Object.assign(new User(), {
    id: globalId("User", serviceSid, resource.sid),
    sid: resource.sid,
    accountSid: resource.account_sid,
    serviceSid,
    attributesRaw: resource.attributes ?? null,
    friendlyName: resource.friendly_name ?? null,
    roleSid: resource.role_sid ?? null,
    identity: resource.identity,
    isOnline: resource.is_online ?? null,
    isNotifiable: resource.is_notifiable ?? null,
    dateCreated: parseDate(resource.date_created),
    dateUpdated: parseDate(resource.date_updated),
    joinedChannelsCount: resource.joined_channels_count ?? null,
    url: resource.url ?? null,
  });
}
