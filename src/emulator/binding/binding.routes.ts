import { found } from "../engine/errors.js";
import { operationTable } from "../engine/operation.js";
import { listPage } from "../engine/paging.js";
import { findService, type Lookup } from "../service/service.routes.js";
import { findServiceUser } from "../user/user.routes.js";
import { renderBinding, renderUserBinding } from "./binding.render.js";
import type { BindingRow } from "./binding.table.js";

function findBinding(ctx: Lookup, serviceSid: string, sid: string): BindingRow {
  const service = findService(ctx, serviceSid);
  return found(ctx.store.bindings.get(ctx.accountSid, service.sid, sid), ctx.path);
}

function findUserBinding(ctx: Lookup, serviceSid: string, userSid: string, sid: string): BindingRow {
  const { user } = findServiceUser(ctx, serviceSid, userSid);
  return found(ctx.store.bindings.getOfUser(ctx.accountSid, user.sid, sid), ctx.path);
}

export const bindingOperations = operationTable({
  ListBinding: {
    handle: (ctx) => {
      const service = findService(ctx, ctx.params.ServiceSid);
      return listPage(ctx.query, {
        key: "bindings",
        url: `${ctx.origin}/v2/Services/${service.sid}/Bindings`,
        list: ctx.store.bindings.byService,
        scope: [ctx.accountSid, service.sid],
        filters: [ctx.query.BindingType, ctx.query.Identity],
        echo: [
          ["BindingType", ctx.query.BindingType],
          ["Identity", ctx.query.Identity],
        ],
        anchorPrefix: "BS",
        render: (row) => renderBinding(row, ctx.origin),
      });
    },
  },
  FetchBinding: {
    handle: (ctx) => ({ status: 200, body: renderBinding(findBinding(ctx, ctx.params.ServiceSid, ctx.params.Sid), ctx.origin) }),
  },
  DeleteBinding: {
    handle: (ctx) => {
      ctx.store.bindings.delete(findBinding(ctx, ctx.params.ServiceSid, ctx.params.Sid));
      return { status: 204 };
    },
  },
  ListUserBinding: {
    handle: (ctx) => {
      const { user } = findServiceUser(ctx, ctx.params.ServiceSid, ctx.params.UserSid);
      return listPage(ctx.query, {
        key: "bindings",
        url: `${ctx.origin}/v2/Services/${user.service_sid}/Users/${user.sid}/Bindings`,
        list: ctx.store.bindings.byUser,
        scope: [ctx.accountSid, user.sid],
        filters: [ctx.query.BindingType],
        echo: [["BindingType", ctx.query.BindingType]],
        anchorPrefix: "BS",
        render: (row) => renderUserBinding(row, ctx.origin),
      });
    },
  },
  FetchUserBinding: {
    handle: (ctx) => {
      const row = findUserBinding(ctx, ctx.params.ServiceSid, ctx.params.UserSid, ctx.params.Sid);
      return { status: 200, body: renderUserBinding(row, ctx.origin) };
    },
  },
  DeleteUserBinding: {
    handle: (ctx) => {
      ctx.store.bindings.delete(findUserBinding(ctx, ctx.params.ServiceSid, ctx.params.UserSid, ctx.params.Sid));
      return { status: 204 };
    },
  },
});
