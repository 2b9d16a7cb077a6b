// What the UserChannel mutations do upstream: update (mute, read horizon) and leave, and what each
// leaves in this request's loaders (a user channel and its member are one membership upstream).

import type { GraphQLContext } from "../context.js";
import { notFound, rethrowUpstream } from "../errors/error.mapping.js";
import { dateForm } from "../mutation/form.values.js";
import { webhookHeader } from "../mutation/mutation.input.js";
import type { Outcome } from "../mutation/mutation.run.js";
import { deleted, written } from "../mutation/mutation.write.js";
import { globalId } from "../node/global-id.codec.js";
import type { LeaveChannelInput, UpdateUserChannelInput } from "./user-channel.input.js";
import { userChannelFromResource } from "./user-channel.mapper.js";
import type { LeaveChannelPayload, UpdateUserChannelPayload } from "./user-channel.payload.js";

const where = (input: { serviceSid: string; userSid: string; channelSid: string }) => ({
  ServiceSid: input.serviceSid,
  UserSid: input.userSid,
  ChannelSid: input.channelSid,
});

const notFoundMessage = (input: { userSid: string; channelSid: string }) =>
  `User ${input.userSid} is not a member of channel ${input.channelSid}`;

export async function updateUserChannel(
  context: GraphQLContext,
  input: UpdateUserChannelInput,
): Promise<Outcome<UpdateUserChannelPayload>> {
  const form = {
    NotificationLevel: input.notificationLevel,
    // null sets the read horizon back to none (sent as an empty value).
    LastConsumedMessageIndex: input.lastConsumedMessageIndex,
    LastConsumptionTimestamp: dateForm(input.lastConsumptionTimestamp),
  };
  const updated = await written(context, "UpdateUserChannel", { path: where(input), form }, notFoundMessage(input));
  // Named by identity or unique name, the old answer may be cached under those keys too.
  context.loaders.userChannel.forget([input.serviceSid, input.userSid, input.channelSid]);
  context.loaders.userChannel.prime(updated);
  // The same membership, seen from the channel, changed too.
  if (updated.member_sid)
    context.loaders.member.forget([updated.service_sid ?? input.serviceSid, updated.channel_sid ?? "", updated.member_sid]);
  return { userChannel: userChannelFromResource(updated) };
}

export async function leaveChannel(context: GraphQLContext, input: LeaveChannelInput): Promise<Outcome<LeaveChannelPayload>> {
  // The membership's SIDs (for the payload and client caches) come from the user channel first.
  const found = await context.loaders.userChannel.load(input.serviceSid, input.userSid, input.channelSid).catch(rethrowUpstream);
  if (!found?.user_sid || !found.channel_sid) throw notFound(notFoundMessage(input));
  const { user_sid: userSid, channel_sid: channelSid, member_sid: memberSid } = found;
  await deleted(
    context,
    "DeleteUserChannel",
    { path: { ServiceSid: input.serviceSid, UserSid: userSid, ChannelSid: channelSid }, header: webhookHeader(input.webhookEnabled) },
    notFoundMessage(input),
  );
  const { loaders } = context;
  loaders.userChannel.markGone([input.serviceSid, input.userSid, input.channelSid], found);
  if (memberSid) loaders.member.markGone([input.serviceSid, channelSid, memberSid]);
  // Counts changed: the channel's members and the user's joined channels.
  loaders.channel.forget([input.serviceSid, channelSid]);
  loaders.user.forget([input.serviceSid, userSid]);
  return {
    deletedUserChannelId: globalId("UserChannel", input.serviceSid, userSid, channelSid),
    deletedMemberSid: memberSid ?? null,
    deletedMemberId: memberSid ? globalId("Member", input.serviceSid, channelSid, memberSid) : null,
  };
}
