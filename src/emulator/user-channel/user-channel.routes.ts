// A user's channels: the same memberships as the channels' Members, seen from the user. Updating
// one updates the member; deleting one is leaving the channel.

import { findChannel } from "../channel/channel.routes.js";
import { found } from "../engine/errors.js";
import { operationTable } from "../engine/operation.js";
import { listPage } from "../engine/paging.js";
import { removeMemberEvents } from "../member/member.events.js";
import { updateMember } from "../member/member.model.js";
import type { Lookup } from "../service/service.routes.js";
import { findServiceUser } from "../user/user.routes.js";
import { renderUserChannel } from "./user-channel.render.js";

function findUserChannel(ctx: Lookup, serviceSid: string, userSid: string, channelSid: string) {
  const { service, user } = findServiceUser(ctx, serviceSid, userSid);
  const channel = findChannel(ctx, service, channelSid);
  const row = found(ctx.store.members.userChannel(ctx.accountSid, user.sid, channel.sid), ctx.path);
  return { service, user, channel, row };
}

export const userChannelOperations = operationTable({
  ListUserChannel: {
    handle: (ctx) => {
      const { user } = findServiceUser(ctx, ctx.params.ServiceSid, ctx.params.UserSid);
      return listPage(ctx.query, {
        key: "channels",
        url: `${ctx.origin}/v2/Services/${user.service_sid}/Users/${user.sid}/Channels`,
        list: ctx.store.members.byUser,
        scope: [ctx.accountSid, user.sid],
        anchorPrefix: "MB",
        render: (row) => renderUserChannel(row, ctx.origin),
      });
    },
  },
  FetchUserChannel: {
    handle: (ctx) => {
      const { row } = findUserChannel(ctx, ctx.params.ServiceSid, ctx.params.UserSid, ctx.params.ChannelSid);
      return { status: 200, body: renderUserChannel(row, ctx.origin) };
    },
  },
  UpdateUserChannel: {
    handle: (ctx) => {
      const { service, user, channel, row } = findUserChannel(ctx, ctx.params.ServiceSid, ctx.params.UserSid, ctx.params.ChannelSid);
      updateMember(ctx.store, service, row, {
        notificationLevel: ctx.form.NotificationLevel,
        lastConsumedMessageIndex: ctx.form.LastConsumedMessageIndex,
        lastConsumptionTimestamp: ctx.form.LastConsumptionTimestamp,
      });
      return { status: 200, body: renderUserChannel(ctx.store.members.userChannel(ctx.accountSid, user.sid, channel.sid)!, ctx.origin) };
    },
  },
  DeleteUserChannel: {
    // Leaving a channel is a member removed by its own user.
    events: (ctx) => {
      const { service, channel, row } = findUserChannel(ctx, ctx.params.ServiceSid, ctx.params.UserSid, ctx.params.ChannelSid);
      return removeMemberEvents(service, channel, row, "LEFT", ctx.origin);
    },
    handle: (ctx) => {
      ctx.store.members.delete(findUserChannel(ctx, ctx.params.ServiceSid, ctx.params.UserSid, ctx.params.ChannelSid).row);
      return { status: 204 };
    },
  },
});
