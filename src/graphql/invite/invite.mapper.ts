import type { InviteResource } from "../../chat-api/index.js";
import { withMembershipFields } from "../member/membership.mapper.js";
import { Invite } from "./invite.type.js";

export function inviteFromResource(resource: InviteResource): Invite {
  return Object.assign(withMembershipFields(new Invite(), "Invite", resource), { createdBy: resource.created_by ?? null });
}
