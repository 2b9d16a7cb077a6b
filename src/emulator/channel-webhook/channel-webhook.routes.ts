import { channelUrl } from "../channel/channel.render.js";
import { findServiceChannel } from "../channel/channel.routes.js";
import type { ChannelRow } from "../channel/channel.table.js";
import { found } from "../engine/errors.js";
import { operationTable, type HandlerContext } from "../engine/operation.js";
import { listPage } from "../engine/paging.js";
import type { ParamRule } from "../engine/param.reader.js";
import { WEBHOOK_FILTERS_MAX, WEBHOOK_RETRY_COUNT_MAX, WEBHOOK_TRIGGER_MAX, WEBHOOK_TRIGGERS_MAX, WEBHOOK_URL_MAX } from "../limits.js";
import { webhookEventsRule } from "../rules.js";
import type { Lookup } from "../service/service.routes.js";
import { createChannelWebhook, updateChannelWebhook, type ConfigurationInput } from "./channel-webhook.model.js";
import { renderChannelWebhook } from "./channel-webhook.render.js";
import type { ChannelWebhookRow } from "./channel-webhook.table.js";
import { camelCased } from "../engine/form.js";

export function findChannelWebhook(ctx: Lookup, channel: ChannelRow, sid: string): ChannelWebhookRow {
  return found(ctx.store.channelWebhooks.get(ctx.accountSid, channel.sid, sid), ctx.path);
}

function configurationInput(form: HandlerContext<"CreateChannelWebhook" | "UpdateChannelWebhook">["form"]): ConfigurationInput {
  const keys = [
    "Configuration.Url",
    "Configuration.Method",
    "Configuration.Filters",
    "Configuration.Triggers",
    "Configuration.FlowSid",
    "Configuration.RetryCount",
  ] as const;
  return camelCased(form, keys, "Configuration.");
}

const configurationRules: Record<string, ParamRule> = {
  "Configuration.Url": { url: true, maxLength: WEBHOOK_URL_MAX },
  "Configuration.Method": { caseInsensitive: true },
  "Configuration.Filters": webhookEventsRule(WEBHOOK_FILTERS_MAX),
  "Configuration.Triggers": { maxValues: WEBHOOK_TRIGGERS_MAX, maxLength: WEBHOOK_TRIGGER_MAX },
  "Configuration.RetryCount": { max: WEBHOOK_RETRY_COUNT_MAX },
};

export const channelWebhookOperations = operationTable({
  ListChannelWebhook: {
    handle: (ctx) => {
      const { channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      return listPage(ctx.query, {
        key: "webhooks",
        url: `${channelUrl(ctx.origin, channel.service_sid, channel.sid)}/Webhooks`,
        list: ctx.store.channelWebhooks.list,
        scope: [ctx.accountSid, channel.sid],
        anchorPrefix: "WH",
        render: (row) => renderChannelWebhook(row, ctx.origin),
      });
    },
  },
  CreateChannelWebhook: {
    handle: (ctx) => {
      const { channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      const row = createChannelWebhook(ctx.store, channel, ctx.form.Type, configurationInput(ctx.form));
      return { status: 201, body: renderChannelWebhook(row, ctx.origin) };
    },
    rules: configurationRules,
  },
  FetchChannelWebhook: {
    handle: (ctx) => {
      const { channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      return { status: 200, body: renderChannelWebhook(findChannelWebhook(ctx, channel, ctx.params.Sid), ctx.origin) };
    },
  },
  UpdateChannelWebhook: {
    handle: (ctx) => {
      const { channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      const row = updateChannelWebhook(ctx.store, findChannelWebhook(ctx, channel, ctx.params.Sid), configurationInput(ctx.form));
      return { status: 200, body: renderChannelWebhook(row, ctx.origin) };
    },
    rules: configurationRules,
  },
  DeleteChannelWebhook: {
    handle: (ctx) => {
      const { channel } = findServiceChannel(ctx, ctx.params.ServiceSid, ctx.params.ChannelSid);
      ctx.store.channelWebhooks.delete(findChannelWebhook(ctx, channel, ctx.params.Sid));
      return { status: 204 };
    },
  },
});
