import { channelUrl } from "../channel/channel.render.js";
import { findServiceChannel } from "../channel/channel.routes.js";
import type { ChannelRow } from "../channel/channel.table.js";
import { found } from "../engine/errors.js";
import { operationTable } from "../engine/operation.js";
import { listPage } from "../engine/paging.js";
import { IDENTITY_RULE } from "../rules.js";
import type { Lookup } from "../service/service.routes.js";
import { createInvite } from "./invite.model.js";
import { renderInvite } from "./invite.render.js";
import type { InviteRow } from "./invite.table.js";

export function findInvite(ctx: Lookup, channel: ChannelRow, sid: string): InviteRow {
  return found(ctx.store.invites.get(ctx.accountSid, channel.sid, sid), ctx.path);
}

export const inviteOperations = operationTable({
  ListInvite: {
    handle: (ctx) => {
      const { channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      return listPage(ctx.query, {
        key: "invites",
        url: `${channelUrl(ctx.origin, channel.service_sid, channel.sid)}/Invites`,
        list: ctx.store.invites.list,
        scope: [ctx.accountSid, channel.sid],
        filters: [ctx.query.Identity],
        echo: [["Identity", ctx.query.Identity]],
        anchorPrefix: "IN",
        render: (row) => renderInvite(row, ctx.origin),
      });
    },
  },
  CreateInvite: {
    handle: (ctx) => {
      const { service, channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      const row = createInvite(ctx.store, service, channel, ctx.form.Identity, ctx.form.RoleSid);
      return { status: 201, body: renderInvite(row, ctx.origin) };
    },
    rules: { Identity: IDENTITY_RULE },
  },
  FetchInvite: {
    handle: (ctx) => {
      const { channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      return { status: 200, body: renderInvite(findInvite(ctx, channel, ctx.params.Sid), ctx.origin) };
    },
  },
  DeleteInvite: {
    handle: (ctx) => {
      const { channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      ctx.store.invites.delete(findInvite(ctx, channel, ctx.params.Sid));
      return { status: 204 };
    },
  },
});
