import type { RoleResource, RoleType } from "../twilio/resources.js";
import { badRequest, invalidParam, missingParam, notFound } from "./errors.js";
import type { FormParams } from "./form.js";
import { PERMISSION_NAME_MAX, PERMISSIONS_MAX, ROLE_NAME_MAX } from "./limits.js";
import { buildMeta, parsePageRequest } from "./paging.js";
import { longerThan, readEnum, requireString, tooLong } from "./params.js";
import type { HandlerResult, RequestContext, Route } from "./router.js";
import { findService } from "./services.js";
import { isSid } from "./sid.js";
import type { Keyset, RoleRow } from "./store.js";

export function renderRole(row: RoleRow, origin: string): RoleResource {
  return {
    sid: row.sid,
    account_sid: row.account_sid,
    service_sid: row.service_sid,
    friendly_name: row.friendly_name,
    type: row.type,
    permissions: [...row.permissions],
    date_created: row.date_created,
    date_updated: row.date_updated,
    url: `${origin}/v2/Services/${row.service_sid}/Roles/${row.sid}`,
  };
}

/**
 * The repeated `Permission` parameter: at least one non-empty value. Duplicates collapse
 * (first occurrence wins the position). Names are not checked against Twilio's permission
 * catalogue, which is not part of the spec.
 */
function readPermissions(form: FormParams): string[] {
  const values = form.getAll("Permission");
  if (values.length === 0) throw missingParam("Permission");
  if (values.length > PERMISSIONS_MAX) {
    throw invalidParam("Permission", `must have at most ${PERMISSIONS_MAX} values`);
  }
  for (const v of values) {
    if (v.trim() === "") throw invalidParam("Permission", "must not be empty");
    if (longerThan(v, PERMISSION_NAME_MAX)) throw tooLong("Permission", PERMISSION_NAME_MAX);
  }
  return [...new Set(values)];
}

function findRole(ctx: RequestContext): RoleRow {
  const service = findService(ctx, ctx.params.serviceSid);
  const sid = ctx.params.sid;
  const row = isSid("RL", sid) ? ctx.store.getRole(ctx.accountSid, service.sid, sid) : undefined;
  if (!row) throw notFound(ctx.path);
  return row;
}

function createRole(ctx: RequestContext): HandlerResult {
  const service = findService(ctx, ctx.params.serviceSid);
  const friendlyName = requireString(ctx.form, "FriendlyName", ROLE_NAME_MAX);
  if (!ctx.form.has("Type")) throw missingParam("Type");
  const type = readEnum<RoleType>(ctx.form, "Type", ["channel", "deployment"])!;
  const permissions = readPermissions(ctx.form);
  const row = ctx.store.createRole(ctx.accountSid, service.sid, friendlyName, type, permissions);
  return { status: 201, body: renderRole(row, ctx.origin) };
}

function fetchRole(ctx: RequestContext): HandlerResult {
  return { status: 200, body: renderRole(findRole(ctx), ctx.origin) };
}

function updateRole(ctx: RequestContext): HandlerResult {
  const row = findRole(ctx);
  const updated = ctx.store.updateRolePermissions(row, readPermissions(ctx.form));
  return { status: 200, body: renderRole(updated, ctx.origin) };
}

function deleteRole(ctx: RequestContext): HandlerResult {
  const row = findRole(ctx);
  const s = findService(ctx, row.service_sid).settings;
  // A service's default roles must keep existing; point the default elsewhere first.
  if ([s.default_service_role_sid, s.default_channel_role_sid, s.default_channel_creator_role_sid].includes(row.sid)) {
    throw badRequest(`Role ${row.sid} is a default role of its service and cannot be deleted`);
  }
  ctx.store.deleteRole(row);
  return { status: 204 };
}

function listRoles(ctx: RequestContext): HandlerResult {
  const service = findService(ctx, ctx.params.serviceSid);
  const request = parsePageRequest(ctx.query, ctx.maxPageSize, "RL");
  let keyset: Keyset = { start: true };
  if (request.token) {
    const anchor = ctx.store.roleAnchor(ctx.accountSid, service.sid, request.token.anchorSid);
    if (anchor === undefined) throw invalidParam("PageToken", "unknown page anchor");
    keyset = request.token.direction === "after" ? { after: anchor } : { before: anchor };
  }
  const page = ctx.store.listRoles(ctx.accountSid, service.sid, keyset, request.pageSize);
  const roles = page.rows.map((r) => renderRole(r, ctx.origin));
  const meta = buildMeta(`${ctx.origin}/v2/Services/${service.sid}/Roles`, "roles", request, {
    firstSid: page.rows[0]?.sid,
    lastSid: page.rows.at(-1)?.sid,
    hasNext: page.hasNext,
    hasPrevious: page.hasPrevious,
  });
  return { status: 200, body: { roles, meta } };
}

export const roleRoutes: Route[] = [
  { pattern: "/v2/Services/:serviceSid/Roles", methods: { GET: listRoles, POST: createRole } },
  {
    pattern: "/v2/Services/:serviceSid/Roles/:sid",
    methods: { GET: fetchRole, POST: updateRole, DELETE: deleteRole },
  },
];
