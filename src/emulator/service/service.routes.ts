import type { RoleType } from "../../twilio/resources.js";
import { found } from "../engine/errors.js";
import { operationTable, type HandlerContext, type HandlerResult } from "../engine/operation.js";
import { listPage } from "../engine/paging.js";
import type { ParamRule } from "../engine/param.reader.js";
import { twilioDate } from "../engine/values.js";
import {
  COMPATIBILITY_MESSAGE_MAX,
  MEMBERSHIP_LIMIT_MAX,
  NOTIFICATION_SOUND_MAX,
  NOTIFICATION_TEMPLATE_MAX,
  SERVICE_NAME_MAX,
  WEBHOOK_FILTERS_MAX,
  WEBHOOK_URL_MAX,
} from "../limits.js";
import { requireRole } from "../role/role.model.js";
import { webhookEventsRule } from "../rules.js";
import type { ChannelNotification, ServiceSettings } from "./service.defaults.js";
import { createService, deleteService } from "./service.model.js";
import { renderService } from "./service.render.js";
import type { ServiceRow } from "./service.table.js";

/** What a lookup needs of a handler's context. */
export type Lookup = Pick<HandlerContext, "store" | "accountSid" | "path">;

/** The path's service for the caller's account (its SID's shape was checked by the router). */
export function findService(ctx: Lookup, sid: string): ServiceRow {
  return found(ctx.store.services.get(ctx.accountSid, sid), ctx.path);
}

// The notification kinds, as the form spells them and as the JSON does.
export const NOTIFICATION_KINDS = [
  ["NewMessage", "new_message"],
  ["AddedToChannel", "added_to_channel"],
  ["RemovedFromChannel", "removed_from_channel"],
  ["InvitedToChannel", "invited_to_channel"],
] as const;

type UpdateForm = HandlerContext<"UpdateService">["form"];

/** Template/Sound: a value sets it, the empty string clears it (it then disappears from JSON). */
function applyNotification(form: UpdateForm, kind: (typeof NOTIFICATION_KINDS)[number][0], target: ChannelNotification) {
  const enabled = form[`Notifications.${kind}.Enabled`];
  if (enabled !== undefined) target.enabled = enabled;
  for (const [param, field] of [
    ["Template", "template"],
    ["Sound", "sound"],
  ] as const) {
    const value = form[`Notifications.${kind}.${param}`];
    if (value === undefined) continue;
    if (value === "") delete target[field];
    else target[field] = value;
  }
}

function checkRoleSid(ctx: HandlerContext<"UpdateService">, service: ServiceRow, name: string, sid: string | undefined, type: RoleType) {
  return sid === undefined ? undefined : requireRole(ctx.store, service, name, sid, type).sid;
}

/** An empty URL clears the setting. */
const urlSetting = (value: string | undefined, old: string | null) => (value === undefined ? old : value === "" ? null : value);

/**
 * Applies every update parameter of the spec. The engine has checked each value, and the role
 * SIDs are checked here before anything is written, so a 400 never leaves a half-applied update.
 */
function updateService(ctx: HandlerContext<"UpdateService">): HandlerResult {
  const row = findService(ctx, ctx.params.Sid);
  const { form } = ctx;
  const s: ServiceSettings = structuredClone(row.settings);

  s.default_service_role_sid =
    checkRoleSid(ctx, row, "DefaultServiceRoleSid", form.DefaultServiceRoleSid, "deployment") ?? s.default_service_role_sid;
  s.default_channel_role_sid =
    checkRoleSid(ctx, row, "DefaultChannelRoleSid", form.DefaultChannelRoleSid, "channel") ?? s.default_channel_role_sid;
  s.default_channel_creator_role_sid =
    checkRoleSid(ctx, row, "DefaultChannelCreatorRoleSid", form.DefaultChannelCreatorRoleSid, "channel") ??
    s.default_channel_creator_role_sid;

  s.read_status_enabled = form.ReadStatusEnabled ?? s.read_status_enabled;
  s.reachability_enabled = form.ReachabilityEnabled ?? s.reachability_enabled;
  s.typing_indicator_timeout = form.TypingIndicatorTimeout ?? s.typing_indicator_timeout;
  s.consumption_report_interval = form.ConsumptionReportInterval ?? s.consumption_report_interval;

  s.notifications.log_enabled = form["Notifications.LogEnabled"] ?? s.notifications.log_enabled;
  for (const [kind, field] of NOTIFICATION_KINDS) applyNotification(form, kind, s.notifications[field]);
  s.notifications.new_message.badge_count_enabled =
    form["Notifications.NewMessage.BadgeCountEnabled"] ?? s.notifications.new_message.badge_count_enabled;

  s.pre_webhook_url = urlSetting(form.PreWebhookUrl, s.pre_webhook_url);
  s.post_webhook_url = urlSetting(form.PostWebhookUrl, s.post_webhook_url);
  s.webhook_method = form.WebhookMethod ?? s.webhook_method;
  // The list replaces the old one; a lone empty value clears it.
  if (form.WebhookFilters !== undefined) s.webhook_filters = form.WebhookFilters.filter((f) => f !== "");
  s.pre_webhook_retry_count = form.PreWebhookRetryCount ?? s.pre_webhook_retry_count;
  s.post_webhook_retry_count = form.PostWebhookRetryCount ?? s.post_webhook_retry_count;

  s.limits.channel_members = form["Limits.ChannelMembers"] ?? s.limits.channel_members;
  s.limits.user_channels = form["Limits.UserChannels"] ?? s.limits.user_channels;

  const compat = form["Media.CompatibilityMessage"];
  if (compat !== undefined) s.media.compatibility_message = compat === "" ? null : compat;

  const name = form.FriendlyName;
  const updated = ctx.store.services.update({
    ...row,
    // An empty name on update is ignored (on create it counts as missing).
    friendly_name: name !== undefined && name !== "" ? name : row.friendly_name,
    settings: s,
    date_updated: twilioDate(),
  });
  return { status: 200, body: renderService(updated, ctx.origin) };
}

const notificationRules = Object.fromEntries(
  NOTIFICATION_KINDS.flatMap(([kind]) => [
    [`Notifications.${kind}.Template`, { maxLength: NOTIFICATION_TEMPLATE_MAX }],
    [`Notifications.${kind}.Sound`, { maxLength: NOTIFICATION_SOUND_MAX }],
  ]),
) as Record<string, ParamRule>;

export const serviceOperations = operationTable({
  ListService: {
    handle: (ctx) =>
      listPage(ctx.query, {
        key: "services",
        url: `${ctx.origin}/v2/Services`,
        list: ctx.store.services.list,
        scope: [ctx.accountSid],
        anchorPrefix: "IS",
        render: (row) => renderService(row, ctx.origin),
      }),
  },
  CreateService: {
    handle: (ctx) => ({ status: 201, body: renderService(createService(ctx.store, ctx.accountSid, ctx.form.FriendlyName), ctx.origin) }),
    rules: { FriendlyName: { maxLength: SERVICE_NAME_MAX } },
  },
  FetchService: {
    handle: (ctx) => ({ status: 200, body: renderService(findService(ctx, ctx.params.Sid), ctx.origin) }),
  },
  UpdateService: {
    handle: updateService,
    rules: {
      FriendlyName: { maxLength: SERVICE_NAME_MAX },
      WebhookMethod: { caseInsensitive: true },
      WebhookFilters: webhookEventsRule(WEBHOOK_FILTERS_MAX),
      PreWebhookUrl: { maxLength: WEBHOOK_URL_MAX },
      PostWebhookUrl: { maxLength: WEBHOOK_URL_MAX },
      "Limits.ChannelMembers": { min: 1, max: MEMBERSHIP_LIMIT_MAX },
      "Limits.UserChannels": { min: 1, max: MEMBERSHIP_LIMIT_MAX },
      "Media.CompatibilityMessage": { maxLength: COMPATIBILITY_MESSAGE_MAX },
      ...notificationRules,
    },
  },
  DeleteService: {
    handle: (ctx) => {
      deleteService(ctx.store, findService(ctx, ctx.params.Sid));
      return { status: 204 };
    },
  },
});
