// The webhook events of members (Twilio's "Webhook Events" page; docs/emulator.md lists each
// parameter and its source): onMemberAdd/Added, onMemberUpdate/Updated, onMemberRemove/Removed
// (removing a member, or its user leaving the channel through User Channels).

import type { ChannelRow } from "../channel/channel.table.js";
import type { HandlerContext } from "../engine/operation.js";
import type { Wire } from "../engine/wire.js";
import type { ServiceRow } from "../service/service.table.js";
import { eventPlan, paramsOf, removalPlan, type EventParams, type EventPlan } from "../webhook/webhook.event.js";
import { renderMember } from "./member.render.js";
import type { MemberRow } from "./member.table.js";

type Member = Wire<"chat.v2.service.channel.member">;

function memberParams(member: Member): EventParams {
  const fields = ["identity", "role_sid", "last_consumed_message_index", "attributes", "date_created", "date_updated"] as const;
  return paramsOf(member, ["channel_sid", ["MemberSid", "sid"], ...fields]);
}

export function addMemberEvents(service: ServiceRow, channel: ChannelRow, form: HandlerContext<"CreateMember">["form"]): EventPlan {
  const params = { ChannelSid: channel.sid, Identity: form.Identity, RoleSid: form.RoleSid, Attributes: form.Attributes };
  // "ADDED" by someone else; Twilio says "JOINED" when the user joined from an SDK.
  return eventPlan(service, channel, { type: "onMemberAdd", params }, "onMemberAdded", (after: Member) => ({
    ...memberParams(after),
    Reason: "ADDED",
  }));
}

export function updateMemberEvents(
  service: ServiceRow,
  channel: ChannelRow,
  member: MemberRow,
  form: HandlerContext<"UpdateMember">["form"],
  origin: string,
): EventPlan {
  const params = {
    ...memberParams(renderMember(member, origin)),
    RoleSid: form.RoleSid ?? member.role_sid,
    LastConsumedMessageIndex:
      form.LastConsumedMessageIndex === undefined ? member.last_consumed_message_index : form.LastConsumedMessageIndex,
    Attributes: form.Attributes ?? member.attributes,
  };
  return eventPlan(service, channel, { type: "onMemberUpdate", params }, "onMemberUpdated", memberParams);
}

/** `reason`: REMOVED by someone else, or LEFT by the member's own user. */
export function removeMemberEvents(
  service: ServiceRow,
  channel: ChannelRow,
  member: MemberRow,
  reason: "REMOVED" | "LEFT",
  origin: string,
): EventPlan {
  const params = { ...memberParams(renderMember(member, origin)), Reason: reason };
  return removalPlan(service, channel, "onMemberRemove", "onMemberRemoved", params);
}
