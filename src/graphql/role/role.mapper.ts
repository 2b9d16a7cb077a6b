import type { RoleResource } from "../../chat-api/index.js";
import { roleGlobalId } from "../node/global-id.codec.js";
import { parseDate } from "../dates.js";
import { Role, RoleType } from "./role.type.js";

const ROLE_TYPES: Record<string, RoleType> = { channel: RoleType.CHANNEL, deployment: RoleType.DEPLOYMENT };

export function roleFromResource(resource: RoleResource): Role {
  return Object.assign(new Role(), {
    id: roleGlobalId(resource.service_sid, resource.sid),
    sid: resource.sid,
    serviceSid: resource.service_sid,
    accountSid: resource.account_sid,
    friendlyName: resource.friendly_name ?? null,
    type: ROLE_TYPES[String(resource.type).toLowerCase()] ?? null,
    permissions: resource.permissions ?? [],
    dateCreated: parseDate(resource.date_created),
    dateUpdated: parseDate(resource.date_updated),
    url: resource.url ?? null,
  });
}
