// What the Invite mutations do upstream: invite (by identity, with a role) and withdraw.

import type { GraphQLContext } from "../context.js";
import { channelSidOf } from "../channel/channel.lookup.js";
import type { Outcome } from "../mutation/mutation.run.js";
import { deleted, written } from "../mutation/mutation.write.js";
import { globalId } from "../node/global-id.codec.js";
import type { CreateInviteInput, DeleteInviteInput } from "./invite.input.js";
import { inviteFromResource } from "./invite.mapper.js";
import type { CreateInvitePayload, DeleteInvitePayload } from "./invite.payload.js";

const where = (input: { serviceSid: string; channelSid: string }) => ({ ServiceSid: input.serviceSid, ChannelSid: input.channelSid });

export async function createInvite(context: GraphQLContext, input: CreateInviteInput): Promise<Outcome<CreateInvitePayload>> {
  const invite = await written(
    context,
    "CreateInvite",
    { path: where(input), form: { Identity: input.identity, RoleSid: input.roleSid } },
    `No channel ${input.channelSid} in service ${input.serviceSid}`,
  );
  context.loaders.invite.prime(invite);
  return { invite: inviteFromResource(invite) };
}

export async function deleteInvite(context: GraphQLContext, input: DeleteInviteInput): Promise<Outcome<DeleteInvitePayload>> {
  const channelSid = await channelSidOf(context, input.serviceSid, input.channelSid);
  await deleted(
    context,
    "DeleteInvite",
    { path: { ...where(input), Sid: input.sid } },
    `No invite ${input.sid} in channel ${input.channelSid}`,
  );
  context.loaders.invite.markGone([input.serviceSid, channelSid, input.sid]);
  return { deletedInviteSid: input.sid, deletedInviteId: globalId("Invite", input.serviceSid, channelSid, input.sid) };
}
