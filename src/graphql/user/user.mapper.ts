import type { UserResource } from "../../chat-api/index.js";
import { withServiceResourceFields } from "../node/service-resource.mapper.js";
import { User } from "./user.type.js";

export function userFromResource(resource: UserResource): User {
  return Object.assign(withServiceResourceFields(new User(), "User", resource), {
    attributesRaw: resource.attributes ?? null,
    friendlyName: resource.friendly_name ?? null,
    roleSid: resource.role_sid ?? null,
    identity: resource.identity,
    isOnline: resource.is_online ?? null,
    isNotifiable: resource.is_notifiable ?? null,
    joinedChannelsCount: resource.joined_channels_count ?? null,
  });
}
