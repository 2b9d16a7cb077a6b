import { found } from "../engine/errors.js";
import { operationTable, type HandlerContext } from "../engine/operation.js";
import { listPage } from "../engine/paging.js";
import { CHANNEL_NAME_MAX } from "../limits.js";
import { ATTRIBUTES_RULE, IDENTITY_RULE } from "../rules.js";
import { findService, type Lookup } from "../service/service.routes.js";
import type { ServiceRow } from "../service/service.table.js";
import { isSid } from "../../sids.js";
import { addChannelEvents, destroyChannelEvents, updateChannelEvents } from "./channel.events.js";
import { createChannel, deleteChannel, updateChannel, type ChannelInput } from "./channel.model.js";
import { renderChannel } from "./channel.render.js";
import type { ChannelRow } from "./channel.table.js";
import { camelCased } from "../engine/form.js";

/** A channel named by its SID or its unique name ("This value can be either the sid or the unique_name"). */
export function findChannel(ctx: Lookup, service: ServiceRow, sidOrUniqueName: string): ChannelRow {
  const { channels } = ctx.store;
  const bySid = isSid("CH", sidOrUniqueName) ? channels.get(ctx.accountSid, service.sid, sidOrUniqueName) : undefined;
  return found(bySid ?? channels.withUniqueName(ctx.accountSid, service.sid, sidOrUniqueName), ctx.path);
}

/** The service and channel of a path `/v2/Services/{ServiceSid}/Channels/{ChannelSid}/…`. */
export function findServiceChannel(ctx: Lookup, serviceSid: string, channelSid: string): { service: ServiceRow; channel: ChannelRow } {
  const service = findService(ctx, serviceSid);
  return { service, channel: findChannel(ctx, service, channelSid) };
}

function channelInput(form: HandlerContext<"CreateChannel" | "UpdateChannel">["form"]): ChannelInput {
  return camelCased(form, ["FriendlyName", "UniqueName", "Attributes", "DateCreated", "DateUpdated", "CreatedBy"]);
}

const channelRules = {
  FriendlyName: { maxLength: CHANNEL_NAME_MAX },
  UniqueName: { maxLength: CHANNEL_NAME_MAX },
  Attributes: ATTRIBUTES_RULE,
  CreatedBy: IDENTITY_RULE,
};

export const channelOperations = operationTable({
  ListChannel: {
    handle: (ctx) => {
      const service = findService(ctx, ctx.params.ServiceSid);
      // The spec: "Can be: `public` or `private` and defaults to `public`."
      const types = ctx.query.Type ?? ["public"];
      return listPage(ctx.query, {
        key: "channels",
        url: `${ctx.origin}/v2/Services/${service.sid}/Channels`,
        list: ctx.store.channels.list,
        scope: [ctx.accountSid, service.sid],
        filters: [types],
        echo: [["Type", ctx.query.Type]],
        anchorPrefix: "CH",
        render: (row) => renderChannel(row, ctx.origin),
      });
    },
  },
  CreateChannel: {
    handle: (ctx) => {
      const service = findService(ctx, ctx.params.ServiceSid);
      const row = createChannel(ctx.store, service, { ...channelInput(ctx.form), type: ctx.form.Type });
      return { status: 201, body: renderChannel(row, ctx.origin) };
    },
    rules: channelRules,
    events: (ctx) => addChannelEvents(findService(ctx, ctx.params.ServiceSid), ctx.form),
  },
  FetchChannel: {
    handle: (ctx) => {
      const { channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.Sid);
      return { status: 200, body: renderChannel(channel, ctx.origin) };
    },
  },
  UpdateChannel: {
    handle: (ctx) => {
      const { service, channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.Sid);
      return { status: 200, body: renderChannel(updateChannel(ctx.store, service, channel, channelInput(ctx.form)), ctx.origin) };
    },
    rules: channelRules,
    events: (ctx) => {
      const { service, channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.Sid);
      return updateChannelEvents(service, channel, ctx.form, ctx.origin);
    },
  },
  DeleteChannel: {
    handle: (ctx) => {
      deleteChannel(ctx.store, findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.Sid).channel);
      return { status: 204 };
    },
    events: (ctx) => {
      const { service, channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.Sid);
      return destroyChannelEvents(service, channel, ctx.origin);
    },
  },
});
