import { channelUrl } from "../channel/channel.render.js";
import { findServiceChannel } from "../channel/channel.routes.js";
import type { ChannelRow } from "../channel/channel.table.js";
import { found } from "../engine/errors.js";
import { operationTable, type HandlerContext } from "../engine/operation.js";
import { listPage } from "../engine/paging.js";
import { ATTRIBUTES_RULE, IDENTITY_RULE } from "../rules.js";
import type { Lookup } from "../service/service.routes.js";
import { isSid } from "../../sids.js";
import { addMemberEvents, removeMemberEvents, updateMemberEvents } from "./member.events.js";
import { addMember, updateMember, type MemberInput } from "./member.model.js";
import { renderMember } from "./member.render.js";
import type { MemberRow } from "./member.table.js";
import { camelCased } from "../engine/form.js";

/** A member named by its SID or its identity ("either the Member's sid or its identity value"). */
export function findMember(ctx: Lookup, channel: ChannelRow, sidOrIdentity: string): MemberRow {
  const { members } = ctx.store;
  const bySid = isSid("MB", sidOrIdentity) ? members.get(ctx.accountSid, channel.sid, sidOrIdentity) : undefined;
  return found(bySid ?? members.withIdentity(ctx.accountSid, channel.sid, sidOrIdentity), ctx.path);
}

function memberInput(form: HandlerContext<"CreateMember" | "UpdateMember">["form"]): MemberInput {
  return camelCased(form, ["RoleSid", "LastConsumedMessageIndex", "LastConsumptionTimestamp", "DateCreated", "DateUpdated", "Attributes"]);
}

export const memberOperations = operationTable({
  ListMember: {
    handle: (ctx) => {
      const { channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      return listPage(ctx.query, {
        key: "members",
        url: `${channelUrl(ctx.origin, channel.service_sid, channel.sid)}/Members`,
        list: ctx.store.members.byChannel,
        scope: [ctx.accountSid, channel.sid],
        filters: [ctx.query.Identity],
        echo: [["Identity", ctx.query.Identity]],
        anchorPrefix: "MB",
        render: (row) => renderMember(row, ctx.origin),
      });
    },
  },
  CreateMember: {
    handle: (ctx) => {
      const { service, channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      const row = addMember(ctx.store, service, channel, ctx.form.Identity, memberInput(ctx.form));
      return { status: 201, body: renderMember(row, ctx.origin) };
    },
    rules: { Identity: IDENTITY_RULE, Attributes: ATTRIBUTES_RULE },
    events: (ctx) => {
      const { service, channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      return addMemberEvents(service, channel, ctx.form);
    },
  },
  FetchMember: {
    handle: (ctx) => {
      const { channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      return { status: 200, body: renderMember(findMember(ctx, channel, ctx.params.Sid), ctx.origin) };
    },
  },
  UpdateMember: {
    handle: (ctx) => {
      const { service, channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      const row = updateMember(ctx.store, service, findMember(ctx, channel, ctx.params.Sid), memberInput(ctx.form));
      return { status: 200, body: renderMember(row, ctx.origin) };
    },
    rules: { Attributes: ATTRIBUTES_RULE },
    events: (ctx) => {
      const { service, channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      return updateMemberEvents(service, channel, findMember(ctx, channel, ctx.params.Sid), ctx.form, ctx.origin);
    },
  },
  DeleteMember: {
    handle: (ctx) => {
      const { channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      ctx.store.members.delete(findMember(ctx, channel, ctx.params.Sid));
      return { status: 204 };
    },
    events: (ctx) => {
      const { service, channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      return removeMemberEvents(service, channel, findMember(ctx, channel, ctx.params.Sid), "REMOVED", ctx.origin);
    },
  },
});
