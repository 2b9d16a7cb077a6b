// What a member and an invite say alike: both name an identity's place in a channel, with a role.

import type { InviteResource, MemberResource } from "../../chat-api/index.js";
import { channelResourceFields } from "../node/service-resource.mapper.js";

/** The fields of a Member or an Invite that both resources carry, with the node's global id. */
export function membershipFields(type: "Member" | "Invite", resource: MemberResource | InviteResource) {
  return {
    ...channelResourceFields(type, resource),
    identity: resource.identity,
    roleSid: resource.role_sid ?? null,
  };
}
