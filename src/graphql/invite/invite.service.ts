// What the Invite mutations do upstream: invite (by identity, with a role) and withdraw.

import type { GraphQLContext } from "../context.js";
import { userErrorsOrThrow } from "../errors/user-error.mapping.js";
import { channelSidOf } from "../channel/channel.lookup.js";
import { formKeysOf } from "../mutation/form.values.js";
import type { Outcome } from "../mutation/mutation.run.js";
import { globalId } from "../node/global-id.codec.js";
import type { CreateInviteInput, DeleteInviteInput } from "./invite.input.js";
import { inviteFromResource } from "./invite.mapper.js";
import type { CreateInvitePayload, DeleteInvitePayload } from "./invite.payload.js";

const where = (input: { serviceSid: string; channelSid: string }) => ({ ServiceSid: input.serviceSid, ChannelSid: input.channelSid });

export async function createInvite(context: GraphQLContext, input: CreateInviteInput): Promise<Outcome<CreateInvitePayload>> {
  try {
    const invite = await context.client.one("CreateInvite", {
      path: where(input),
      form: { Identity: input.identity, RoleSid: input.roleSid },
    });
    context.loaders.invite.prime(invite);
    return { userErrors: [], invite: inviteFromResource(invite) };
  } catch (error) {
    return {
      invite: null,
      userErrors: userErrorsOrThrow(error, `No channel ${input.channelSid} in service ${input.serviceSid}`, formKeysOf("CreateInvite")),
    };
  }
}

export async function deleteInvite(context: GraphQLContext, input: DeleteInviteInput): Promise<Outcome<DeleteInvitePayload>> {
  const channelSid = await channelSidOf(context, input.serviceSid, input.channelSid);
  try {
    await context.client.none("DeleteInvite", { path: { ...where(input), Sid: input.sid } });
  } catch (error) {
    return {
      deletedInviteSid: null,
      deletedInviteId: null,
      userErrors: userErrorsOrThrow(error, `No invite ${input.sid} in channel ${input.channelSid}`, formKeysOf("DeleteInvite")),
    };
  }
  context.loaders.invite.markGone([input.serviceSid, channelSid, input.sid]);
  return { userErrors: [], deletedInviteSid: input.sid, deletedInviteId: globalId("Invite", input.serviceSid, channelSid, input.sid) };
}
