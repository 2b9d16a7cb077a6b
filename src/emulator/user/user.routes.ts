import { found } from "../engine/errors.js";
import { operationTable, type HandlerContext } from "../engine/operation.js";
import { listPage } from "../engine/paging.js";
import { USER_NAME_MAX } from "../limits.js";
import { ATTRIBUTES_RULE, IDENTITY_RULE } from "../rules.js";
import { findService, type Lookup } from "../service/service.routes.js";
import type { ServiceRow } from "../service/service.table.js";
import { isSid } from "../../sids.js";
import { addUserEvents, updateUserEvents } from "./user.events.js";
import { createUser, deleteUser, updateUser } from "./user.model.js";
import { renderUser } from "./user.render.js";
import type { UserRow } from "./user.table.js";
import { camelCased } from "../engine/form.js";

/** A user named by its SID or its identity ("either the sid or the identity of the User resource"). */
export function findUser(ctx: Lookup, service: ServiceRow, sidOrIdentity: string): UserRow {
  const { users } = ctx.store;
  const bySid = isSid("US", sidOrIdentity) ? users.get(ctx.accountSid, service.sid, sidOrIdentity) : undefined;
  return found(bySid ?? users.withIdentity(ctx.accountSid, service.sid, sidOrIdentity), ctx.path);
}

/** The service and user of a path `/v2/Services/{ServiceSid}/Users/{UserSid}/…`. */
export function findServiceUser(ctx: Lookup, serviceSid: string, userSid: string): { service: ServiceRow; user: UserRow } {
  const service = findService(ctx, serviceSid);
  return { service, user: findUser(ctx, service, userSid) };
}

function userInput(form: HandlerContext<"CreateUser" | "UpdateUser">["form"]) {
  return camelCased(form, ["RoleSid", "Attributes", "FriendlyName"]);
}

const userRules = { Attributes: ATTRIBUTES_RULE, FriendlyName: { maxLength: USER_NAME_MAX } };

export const userOperations = operationTable({
  ListUser: {
    handle: (ctx) => {
      const service = findService(ctx, ctx.params.ServiceSid);
      return listPage(ctx.query, {
        key: "users",
        url: `${ctx.origin}/v2/Services/${service.sid}/Users`,
        list: ctx.store.users.list,
        scope: [ctx.accountSid, service.sid],
        anchorPrefix: "US",
        render: (row) => renderUser(row, service, ctx.origin, false),
      });
    },
  },
  CreateUser: {
    handle: (ctx) => {
      const service = findService(ctx, ctx.params.ServiceSid);
      const row = createUser(ctx.store, service, { identity: ctx.form.Identity, ...userInput(ctx.form) });
      return { status: 201, body: renderUser(row, service, ctx.origin, true) };
    },
    rules: { Identity: IDENTITY_RULE, ...userRules },
    events: (ctx) => addUserEvents(findService(ctx, ctx.params.ServiceSid)),
  },
  FetchUser: {
    handle: (ctx) => {
      const { service, user } = findServiceUser(ctx, ctx.params.ServiceSid, ctx.params.Sid);
      return { status: 200, body: renderUser(user, service, ctx.origin, true) };
    },
  },
  UpdateUser: {
    handle: (ctx) => {
      const { service, user } = findServiceUser(ctx, ctx.params.ServiceSid, ctx.params.Sid);
      return { status: 200, body: renderUser(updateUser(ctx.store, service, user, userInput(ctx.form)), service, ctx.origin, true) };
    },
    rules: userRules,
    events: (ctx) => {
      const { service, user } = findServiceUser(ctx, ctx.params.ServiceSid, ctx.params.Sid);
      return updateUserEvents(service, user, ctx.form, ctx.origin);
    },
  },
  DeleteUser: {
    handle: (ctx) => {
      deleteUser(ctx.store, findServiceUser(ctx, ctx.params.ServiceSid, ctx.params.Sid).user);
      return { status: 204 };
    },
  },
});
