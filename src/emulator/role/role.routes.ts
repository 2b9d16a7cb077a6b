import type { RoleType } from "../../twilio/resources.js";
import { ApiError, Code, invalidParam, quoted, found } from "../engine/errors.js";
import { operationTable, type HandlerContext, type HandlerResult } from "../engine/operation.js";
import { listPage } from "../engine/paging.js";
import type { ParamRule } from "../engine/param.reader.js";
import { twilioDate } from "../engine/values.js";
import { PERMISSION_NAME_MAX, PERMISSIONS_MAX, ROLE_NAME_MAX } from "../limits.js";
import { permissionsNotOf } from "../../twilio/role-permissions.js";
import { findService, type Lookup } from "../service/service.routes.js";
import { createRole, deleteRole } from "./role.model.js";
import { renderRole } from "./role.render.js";
import type { RoleRow } from "./role.table.js";

export function findRole(ctx: Lookup, serviceSid: string, sid: string): RoleRow {
  const service = findService(ctx, serviceSid);
  return found(ctx.store.roles.get(ctx.accountSid, service.sid, sid), ctx.path);
}

/**
 * The repeated `Permission` parameter: each a permission of the role's type (see
 * src/twilio/role-permissions.ts; 400 with 50104, "Permission not found", otherwise), duplicates collapsed
 * (the first occurrence keeps its place). The list replaces the role's permissions.
 */
function permissions(values: readonly string[], type: RoleType): string[] {
  if (values.some((v) => v.trim() === "")) throw invalidParam("Permission", "must not be empty");
  const unknown = permissionsNotOf(type, values)[0];
  if (unknown !== undefined) {
    const message = `Invalid parameter Permission: ${quoted(unknown)} is not a permission of a ${type} role`;
    throw new ApiError(400, Code.permissionNotFound, message);
  }
  return [...new Set(values)];
}

const permissionRule: ParamRule = { maxValues: PERMISSIONS_MAX, maxLength: PERMISSION_NAME_MAX };

function updateRole(ctx: HandlerContext<"UpdateRole">): HandlerResult {
  const row = findRole(ctx, ctx.params.ServiceSid, ctx.params.Sid);
  const updated = ctx.store.roles.setPermissions(row, permissions(ctx.form.Permission, row.type), twilioDate());
  return { status: 200, body: renderRole(updated, ctx.origin) };
}

export const roleOperations = operationTable({
  ListRole: {
    handle: (ctx) => {
      const service = findService(ctx, ctx.params.ServiceSid);
      return listPage(ctx.query, {
        key: "roles",
        url: `${ctx.origin}/v2/Services/${service.sid}/Roles`,
        list: ctx.store.roles.list,
        scope: [ctx.accountSid, service.sid],
        anchorPrefix: "RL",
        render: (row) => renderRole(row, ctx.origin),
      });
    },
  },
  CreateRole: {
    handle: (ctx) => {
      const service = findService(ctx, ctx.params.ServiceSid);
      const { FriendlyName, Type, Permission } = ctx.form;
      const row = createRole(ctx.store, service, { friendlyName: FriendlyName, type: Type, permissions: permissions(Permission, Type) });
      return { status: 201, body: renderRole(row, ctx.origin) };
    },
    rules: { FriendlyName: { maxLength: ROLE_NAME_MAX }, Permission: permissionRule },
  },
  FetchRole: {
    handle: (ctx) => ({ status: 200, body: renderRole(findRole(ctx, ctx.params.ServiceSid, ctx.params.Sid), ctx.origin) }),
  },
  UpdateRole: { handle: updateRole, rules: { Permission: permissionRule } },
  DeleteRole: {
    handle: (ctx) => {
      const role = findRole(ctx, ctx.params.ServiceSid, ctx.params.Sid);
      deleteRole(ctx.store, findService(ctx, role.service_sid), role);
      return { status: 204 };
    },
  },
});
