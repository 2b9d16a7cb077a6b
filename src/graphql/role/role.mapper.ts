import type { RoleResource } from "../../chat-api/index.js";
import { withServiceResourceFields } from "../node/service-resource.mapper.js";
import { Role, RoleType } from "./role.type.js";

const ROLE_TYPES: Record<string, RoleType> = { channel: RoleType.CHANNEL, deployment: RoleType.DEPLOYMENT };

export function roleFromResource(resource: RoleResource): Role {
  return Object.assign(withServiceResourceFields(new Role(), "Role", resource), {
    friendlyName: resource.friendly_name ?? null,
    type: ROLE_TYPES[String(resource.type).toLowerCase()] ?? null,
    permissions: resource.permissions ?? [],
  });
}
