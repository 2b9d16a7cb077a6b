import type { RoleType, ServiceResource } from "../twilio/resources.js";
import type { ChannelNotification, ServiceSettings } from "./defaults.js";
import { invalidParam, notFound, quoted } from "./errors.js";
import type { FormParams } from "./form.js";
import {
  COMPATIBILITY_MESSAGE_MAX,
  MEMBERSHIP_LIMIT_MAX,
  NOTIFICATION_SOUND_MAX,
  NOTIFICATION_TEMPLATE_MAX,
  SERVICE_NAME_MAX,
  WEBHOOK_EVENTS,
  WEBHOOK_FILTERS_MAX,
  WEBHOOK_URL_MAX,
} from "./limits.js";
import { buildMeta, parsePageRequest } from "./paging.js";
import {
  readBoolean,
  readEnum,
  readInteger,
  readString,
  readUrl,
  requireString,
} from "./params.js";
import type { HandlerResult, RequestContext, Route } from "./router.js";
import { isSid } from "./sid.js";
import type { Keyset, ServiceRow } from "./store.js";

export function renderService(row: ServiceRow, origin: string): ServiceResource {
  const s = row.settings;
  const url = `${origin}/v2/Services/${row.sid}`;
  // Property order follows the spec's `chat.v2.service` schema.
  return {
    sid: row.sid,
    account_sid: row.account_sid,
    friendly_name: row.friendly_name,
    date_created: row.date_created,
    date_updated: row.date_updated,
    default_service_role_sid: s.default_service_role_sid,
    default_channel_role_sid: s.default_channel_role_sid,
    default_channel_creator_role_sid: s.default_channel_creator_role_sid,
    read_status_enabled: s.read_status_enabled,
    reachability_enabled: s.reachability_enabled,
    typing_indicator_timeout: s.typing_indicator_timeout,
    consumption_report_interval: s.consumption_report_interval,
    limits: { ...s.limits },
    pre_webhook_url: s.pre_webhook_url,
    post_webhook_url: s.post_webhook_url,
    webhook_method: s.webhook_method,
    webhook_filters: [...s.webhook_filters],
    pre_webhook_retry_count: s.pre_webhook_retry_count,
    post_webhook_retry_count: s.post_webhook_retry_count,
    notifications: structuredClone(s.notifications),
    media: { ...s.media },
    url,
    links: {
      channels: `${url}/Channels`,
      users: `${url}/Users`,
      roles: `${url}/Roles`,
      bindings: `${url}/Bindings`,
    },
  };
}

/** Looks up the path's service for the caller's account; malformed SIDs are simply not found. */
export function findService(ctx: RequestContext, sid: string): ServiceRow {
  const row = isSid("IS", sid) ? ctx.store.getService(ctx.accountSid, sid) : undefined;
  if (!row) throw notFound(ctx.path);
  return row;
}

function createService(ctx: RequestContext): HandlerResult {
  const friendlyName = requireString(ctx.form, "FriendlyName", SERVICE_NAME_MAX);
  const row = ctx.store.createService(ctx.accountSid, friendlyName);
  return { status: 201, body: renderService(row, ctx.origin) };
}

function fetchService(ctx: RequestContext): HandlerResult {
  return { status: 200, body: renderService(findService(ctx, ctx.params.sid), ctx.origin) };
}

function deleteService(ctx: RequestContext): HandlerResult {
  const row = findService(ctx, ctx.params.sid);
  ctx.store.deleteService(ctx.accountSid, row.sid);
  return { status: 204 };
}

function listServices(ctx: RequestContext): HandlerResult {
  const request = parsePageRequest(ctx.query, ctx.maxPageSize, "IS");
  let keyset: Keyset = { start: true };
  if (request.token) {
    const anchor = ctx.store.serviceAnchor(ctx.accountSid, request.token.anchorSid);
    if (anchor === undefined) throw invalidParam("PageToken", "unknown page anchor");
    keyset = request.token.direction === "after" ? { after: anchor } : { before: anchor };
  }
  const page = ctx.store.listServices(ctx.accountSid, keyset, request.pageSize);
  const services = page.rows.map((r) => renderService(r, ctx.origin));
  const meta = buildMeta(`${ctx.origin}/v2/Services`, "services", request, {
    firstSid: page.rows[0]?.sid,
    lastSid: page.rows.at(-1)?.sid,
    hasNext: page.hasNext,
    hasPrevious: page.hasPrevious,
  });
  return { status: 200, body: { services, meta } };
}

// The three notification kinds that share the {Enabled, Template, Sound} shape.
const CHANNEL_NOTIFICATIONS = [
  ["AddedToChannel", "added_to_channel"],
  ["RemovedFromChannel", "removed_from_channel"],
  ["InvitedToChannel", "invited_to_channel"],
] as const;

/** Template/Sound: a value sets it, the empty string clears it (it then disappears from JSON). */
function applyNotification(form: FormParams, prefix: string, target: ChannelNotification): void {
  const enabled = readBoolean(form, `${prefix}.Enabled`);
  if (enabled !== undefined) target.enabled = enabled;
  const texts = [
    ["Template", "template", NOTIFICATION_TEMPLATE_MAX],
    ["Sound", "sound", NOTIFICATION_SOUND_MAX],
  ] as const;
  for (const [param, field, maxLength] of texts) {
    const value = readString(form, `${prefix}.${param}`, maxLength);
    if (value === undefined) continue;
    if (value === "") delete target[field];
    else target[field] = value;
  }
}

/**
 * The repeated `WebhookFilters` parameter: the list replaces the old one, and a lone empty value
 * clears it. Each value must name one of Twilio's webhook events, which also bounds its length.
 */
function readWebhookFilters(form: FormParams): string[] | undefined {
  if (!form.has("WebhookFilters")) return undefined;
  const values = form.getAll("WebhookFilters");
  if (values.length > WEBHOOK_FILTERS_MAX) {
    throw invalidParam("WebhookFilters", `must have at most ${WEBHOOK_FILTERS_MAX} values`);
  }
  const filters = values.filter((f) => f !== "");
  const unknown = filters.find((f) => !WEBHOOK_EVENTS.has(f));
  if (unknown !== undefined) {
    throw invalidParam(
      "WebhookFilters",
      `${quoted(unknown)} is not a Chat webhook event (see https://www.twilio.com/docs/chat/webhook-events)`,
    );
  }
  return filters;
}

function checkRoleSid(
  ctx: RequestContext,
  service: ServiceRow,
  name: string,
  type: RoleType,
): string | undefined {
  const sid = ctx.form.get(name);
  if (sid === undefined) return undefined;
  if (!isSid("RL", sid)) throw invalidParam(name, `${quoted(sid)} is not a valid Role SID`);
  const role = ctx.store.getRole(ctx.accountSid, service.sid, sid);
  if (!role) throw invalidParam(name, `Role ${sid} does not belong to this service`);
  if (role.type !== type) throw invalidParam(name, `Role ${sid} is not a ${type} role`);
  return sid;
}

/**
 * Applies every update parameter of the spec. All parameters are validated before anything
 * is written, so a 400 never leaves a half-applied update behind.
 */
function updateService(ctx: RequestContext): HandlerResult {
  const row = findService(ctx, ctx.params.sid);
  const { form } = ctx;
  const s: ServiceSettings = structuredClone(row.settings);

  const friendlyName = readString(form, "FriendlyName", SERVICE_NAME_MAX);
  const defaults = {
    default_service_role_sid: checkRoleSid(ctx, row, "DefaultServiceRoleSid", "deployment"),
    default_channel_role_sid: checkRoleSid(ctx, row, "DefaultChannelRoleSid", "channel"),
    default_channel_creator_role_sid: checkRoleSid(ctx, row, "DefaultChannelCreatorRoleSid", "channel"),
  };
  for (const [key, value] of Object.entries(defaults)) {
    if (value !== undefined) s[key as keyof typeof defaults] = value;
  }

  s.read_status_enabled = readBoolean(form, "ReadStatusEnabled") ?? s.read_status_enabled;
  s.reachability_enabled = readBoolean(form, "ReachabilityEnabled") ?? s.reachability_enabled;
  s.typing_indicator_timeout = readInteger(form, "TypingIndicatorTimeout", 0) ?? s.typing_indicator_timeout;
  s.consumption_report_interval =
    readInteger(form, "ConsumptionReportInterval", 0) ?? s.consumption_report_interval;

  s.notifications.log_enabled = readBoolean(form, "Notifications.LogEnabled") ?? s.notifications.log_enabled;
  applyNotification(form, "Notifications.NewMessage", s.notifications.new_message);
  s.notifications.new_message.badge_count_enabled =
    readBoolean(form, "Notifications.NewMessage.BadgeCountEnabled") ??
    s.notifications.new_message.badge_count_enabled;
  for (const [param, field] of CHANNEL_NOTIFICATIONS) {
    applyNotification(form, `Notifications.${param}`, s.notifications[field]);
  }

  const pre = readUrl(form, "PreWebhookUrl", WEBHOOK_URL_MAX);
  if (pre !== undefined) s.pre_webhook_url = pre;
  const post = readUrl(form, "PostWebhookUrl", WEBHOOK_URL_MAX);
  if (post !== undefined) s.post_webhook_url = post;
  s.webhook_method = readEnum(form, "WebhookMethod", ["GET", "POST"], { caseInsensitive: true }) ?? s.webhook_method;
  s.webhook_filters = readWebhookFilters(form) ?? s.webhook_filters;
  s.pre_webhook_retry_count = readInteger(form, "PreWebhookRetryCount", 0) ?? s.pre_webhook_retry_count;
  s.post_webhook_retry_count = readInteger(form, "PostWebhookRetryCount", 0) ?? s.post_webhook_retry_count;

  s.limits.channel_members =
    readInteger(form, "Limits.ChannelMembers", 1, MEMBERSHIP_LIMIT_MAX) ?? s.limits.channel_members;
  s.limits.user_channels =
    readInteger(form, "Limits.UserChannels", 1, MEMBERSHIP_LIMIT_MAX) ?? s.limits.user_channels;

  const compat = readString(form, "Media.CompatibilityMessage", COMPATIBILITY_MESSAGE_MAX);
  if (compat !== undefined) s.media.compatibility_message = compat === "" ? null : compat;

  const updated = ctx.store.updateService({
    ...row,
    friendly_name: friendlyName !== undefined && friendlyName !== "" ? friendlyName : row.friendly_name,
    settings: s,
  });
  return { status: 200, body: renderService(updated, ctx.origin) };
}

export const serviceRoutes: Route[] = [
  { pattern: "/v2/Services", methods: { GET: listServices, POST: createService } },
  {
    pattern: "/v2/Services/:sid",
    methods: { GET: fetchService, POST: updateService, DELETE: deleteService },
  },
];

