// What the Member mutations do upstream: add (by identity), update (by SID or identity), remove,
// and what each leaves in this request's loaders.

import type { MemberResource } from "../../chat-api/index.js";
import { CHANNEL_SID_PATTERN, MEMBER_SID_PATTERN } from "../../sids.js";
import { attributesForm } from "../attributes/attributes.json.js";
import type { GraphQLContext } from "../context.js";
import { notFound, rethrowUpstream } from "../errors/error.mapping.js";
import { dateForm } from "../mutation/form.values.js";
import { webhookHeader } from "../mutation/mutation.input.js";
import type { Outcome } from "../mutation/mutation.run.js";
import { deleted, written } from "../mutation/mutation.write.js";
import { globalId } from "../node/global-id.codec.js";
import type { AddMemberInput, RemoveMemberInput, UpdateMemberInput } from "./member.input.js";
import { memberFromResource } from "./member.mapper.js";
import type { AddMemberPayload, RemoveMemberPayload, UpdateMemberPayload } from "./member.payload.js";

function fields(input: AddMemberInput | UpdateMemberInput) {
  return {
    RoleSid: input.roleSid,
    // null sets the read horizon back to none (sent as an empty value).
    LastConsumedMessageIndex: input.lastConsumedMessageIndex,
    LastConsumptionTimestamp: dateForm(input.lastConsumptionTimestamp),
    DateCreated: dateForm(input.dateCreated),
    DateUpdated: dateForm(input.dateUpdated),
    Attributes: attributesForm(input.attributes),
  };
}

const where = (input: { serviceSid: string; channelSid: string }) => ({ ServiceSid: input.serviceSid, ChannelSid: input.channelSid });

export async function addMember(context: GraphQLContext, input: AddMemberInput): Promise<Outcome<AddMemberPayload>> {
  const added = await written(
    context,
    "CreateMember",
    { path: where(input), header: webhookHeader(input.webhookEnabled), form: { Identity: input.identity, ...fields(input) } },
    `No channel ${input.channelSid} in service ${input.serviceSid}`,
  );
  context.loaders.member.prime(added);
  return { member: memberFromResource(added) };
}

export async function updateMember(context: GraphQLContext, input: UpdateMemberInput): Promise<Outcome<UpdateMemberPayload>> {
  const updated = await written(
    context,
    "UpdateMember",
    { path: { ...where(input), Sid: input.sid }, header: webhookHeader(input.webhookEnabled), form: fields(input) },
    `No member ${input.sid} in channel ${input.channelSid}`,
  );
  context.loaders.member.prime(updated);
  return { member: memberFromResource(updated) };
}

export async function removeMember(context: GraphQLContext, input: RemoveMemberInput): Promise<Outcome<RemoveMemberPayload>> {
  // Named by identity or channel unique name: the SIDs (for the payload and client caches) come from one fetch first.
  let member: MemberResource | null = null;
  if (!MEMBER_SID_PATTERN.test(input.sid) || !CHANNEL_SID_PATTERN.test(input.channelSid)) {
    member = await context.loaders.member.load(input.serviceSid, input.channelSid, input.sid).catch(rethrowUpstream);
    if (!member) throw notFound(`No member ${input.sid} in channel ${input.channelSid}`);
  }
  const sid = member?.sid ?? input.sid;
  await deleted(
    context,
    "DeleteMember",
    { path: { ...where(input), Sid: sid }, header: webhookHeader(input.webhookEnabled) },
    `No member ${input.sid} in channel ${input.channelSid}`,
  );
  context.loaders.member.markGone([input.serviceSid, input.channelSid, input.sid], member);
  const channelSid = member?.channel_sid ?? input.channelSid;
  return { deletedMemberSid: sid, deletedMemberId: globalId("Member", input.serviceSid, channelSid, sid) };
}
