// What a member and an invite say alike: both name an identity's place in a channel, with a role.

import type { InviteResource, MemberResource } from "../../chat-api/index.js";
import { withChannelResourceFields } from "../node/service-resource.mapper.js";
import type { Invite } from "../invite/invite.type.js";
import type { Member } from "./member.type.js";

/** Sets the fields of a Member or an Invite that both resources carry, with the node's global id, on `target`. */
export function withMembershipFields<T extends Member | Invite>(
  target: T,
  type: "Member" | "Invite",
  resource: MemberResource | InviteResource,
): T {
  withChannelResourceFields(target, type, resource);
  target.identity = resource.identity;
  target.roleSid = resource.role_sid ?? null;
  return target;
}
