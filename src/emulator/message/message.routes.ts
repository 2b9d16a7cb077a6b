import { channelUrl } from "../channel/channel.render.js";
import { findServiceChannel } from "../channel/channel.routes.js";
import type { ChannelRow } from "../channel/channel.table.js";
import { Code, found } from "../engine/errors.js";
import { operationTable, type HandlerContext } from "../engine/operation.js";
import { listPage } from "../engine/paging.js";
import type { ParamRule } from "../engine/param.reader.js";
import { MESSAGE_BODY_MAX_BYTES } from "../limits.js";
import { ATTRIBUTES_RULE, IDENTITY_RULE } from "../rules.js";
import type { Lookup } from "../service/service.routes.js";
import { removeMessageEvents, sendMessageEvents, updateMessageEvents } from "./message.events.js";
import { editMessage, sendMessage, type MessageInput } from "./message.model.js";
import { renderMessage } from "./message.render.js";
import type { MessageRow } from "./message.table.js";
import { camelCased } from "../engine/form.js";

export function findMessage(ctx: Lookup, channel: ChannelRow, sid: string): MessageRow {
  return found(ctx.store.messages.get(ctx.accountSid, channel.sid, sid), ctx.path);
}

function messageInput(form: HandlerContext<"CreateMessage" | "UpdateMessage">["form"]): MessageInput {
  return camelCased(form, ["From", "Body", "Attributes", "LastUpdatedBy", "DateCreated", "DateUpdated"]);
}

const messageRules: Record<string, ParamRule> = {
  // 50504: "Message body parameter is too long"; Twilio's limit is 32 KiB.
  Body: { maxBytes: MESSAGE_BODY_MAX_BYTES, tooLongCode: Code.messageBodyTooLong },
  Attributes: ATTRIBUTES_RULE,
  From: IDENTITY_RULE,
  LastUpdatedBy: IDENTITY_RULE,
};

export const messageOperations = operationTable({
  ListMessage: {
    handle: (ctx) => {
      const { channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      return listPage(ctx.query, {
        key: "messages",
        url: `${channelUrl(ctx.origin, channel.service_sid, channel.sid)}/Messages`,
        list: ctx.store.messages.list,
        scope: [ctx.accountSid, channel.sid],
        order: ctx.query.Order ?? "asc",
        echo: [["Order", ctx.query.Order]],
        anchorPrefix: "IM",
        render: (row) => renderMessage(row, ctx.origin),
      });
    },
  },
  CreateMessage: {
    handle: (ctx) => {
      const { channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      const row = sendMessage(ctx.store, channel, { ...messageInput(ctx.form), mediaSid: ctx.form.MediaSid });
      return { status: 201, body: renderMessage(row, ctx.origin) };
    },
    rules: messageRules,
    events: (ctx) => {
      const { service, channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      return sendMessageEvents(service, channel, ctx.form);
    },
  },
  FetchMessage: {
    handle: (ctx) => {
      const { channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      return { status: 200, body: renderMessage(findMessage(ctx, channel, ctx.params.Sid), ctx.origin) };
    },
  },
  UpdateMessage: {
    handle: (ctx) => {
      const { channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      const row = editMessage(ctx.store, findMessage(ctx, channel, ctx.params.Sid), messageInput(ctx.form));
      return { status: 200, body: renderMessage(row, ctx.origin) };
    },
    rules: messageRules,
    events: (ctx) => {
      const { service, channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      return updateMessageEvents(service, channel, findMessage(ctx, channel, ctx.params.Sid), ctx.form, ctx.origin);
    },
  },
  DeleteMessage: {
    handle: (ctx) => {
      const { channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      ctx.store.messages.delete(findMessage(ctx, channel, ctx.params.Sid));
      return { status: 204 };
    },
    events: (ctx) => {
      const { service, channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      return removeMessageEvents(service, channel, findMessage(ctx, channel, ctx.params.Sid), ctx.origin);
    },
  },
});
