// What the Role mutations do upstream: create, update (the permissions replace the old set, each
// checked against the role's type first) and delete, and what each leaves in this request's loaders
// (a role by SID, and its service's roles list, which every role lookup reads).

import type { RoleResource } from "../../chat-api/index.js";
import type { GraphQLContext } from "../context.js";
import { notFound, rethrowUpstream } from "../errors/error.mapping.js";
import { userErrorsOrThrow } from "../errors/user-error.mapping.js";
import { userError, UserErrorCode } from "../errors/user-error.type.js";
import { roleKey } from "../loaders.js";
import { formKeysOf } from "../mutation/form.values.js";
import type { Outcome } from "../mutation/mutation.run.js";
import { roleGlobalId } from "../node/global-id.codec.js";
import type { CreateRoleInput, DeleteRoleInput, UpdateRoleInput } from "./role.input.js";
import { roleFromResource } from "./role.mapper.js";
import { notPermissionsMessage, permissionsNotOf } from "./role.permissions.js";
import type { CreateRolePayload, DeleteRolePayload, UpdateRolePayload } from "./role.payload.js";

/** The role now answers as `resource` (null: deleted), and its service's roles are listed afresh. */
function changed({ loaders }: GraphQLContext, serviceSid: string, sid: string, resource: RoleResource | null): void {
  loaders.role.clear(roleKey(serviceSid, sid)).prime(roleKey(serviceSid, sid), resource);
  loaders.serviceRoles.clear(serviceSid);
}

export async function createRole(context: GraphQLContext, input: CreateRoleInput): Promise<Outcome<CreateRolePayload>> {
  try {
    // The client checks a role's service_sid and type (REQUIRED_BEYOND_SPEC), and its result type says so.
    const created: RoleResource = await context.client.one("CreateRole", {
      path: { ServiceSid: input.serviceSid },
      form: { FriendlyName: input.friendlyName, Type: input.type, Permission: input.permissions },
    });
    changed(context, input.serviceSid, created.sid, created);
    return { userErrors: [], role: roleFromResource(created) };
  } catch (error) {
    return { role: null, userErrors: userErrorsOrThrow(error, `No service ${input.serviceSid}`, formKeysOf("CreateRole")) };
  }
}

export async function updateRole(context: GraphQLContext, input: UpdateRoleInput): Promise<Outcome<UpdateRolePayload>> {
  // The input does not say the role's type: it is read first, and the permissions checked against it.
  const role = await context.loaders.role.load(roleKey(input.serviceSid, input.sid)).catch(rethrowUpstream);
  if (!role) throw notFound(`No role ${input.sid} in service ${input.serviceSid}`);
  const type = roleFromResource(role).type;
  const unknown = type ? permissionsNotOf(type, input.permissions) : []; // a type chatql does not know: the upstream judges
  if (type && unknown.length > 0)
    return {
      role: null,
      userErrors: [userError(["input", "permissions"], UserErrorCode.INVALID_FORMAT, notPermissionsMessage(type, unknown))],
    };
  try {
    const updated: RoleResource = await context.client.one("UpdateRole", {
      path: { ServiceSid: input.serviceSid, Sid: input.sid },
      form: { Permission: input.permissions },
    });
    changed(context, input.serviceSid, input.sid, updated);
    return { userErrors: [], role: roleFromResource(updated) };
  } catch (error) {
    return {
      role: null,
      userErrors: userErrorsOrThrow(error, `No role ${input.sid} in service ${input.serviceSid}`, formKeysOf("UpdateRole")),
    };
  }
}

export async function deleteRole(context: GraphQLContext, input: DeleteRoleInput): Promise<Outcome<DeleteRolePayload>> {
  try {
    await context.client.none("DeleteRole", { path: { ServiceSid: input.serviceSid, Sid: input.sid } });
  } catch (error) {
    // A delete has no parameters but the role: a refusal (a default role of its service) is about it.
    const userErrors = userErrorsOrThrow(error, `No role ${input.sid} in service ${input.serviceSid}`, formKeysOf("DeleteRole")).map((e) =>
      Object.assign(e, { field: e.field ?? ["input", "sid"] }),
    );
    return { deletedRoleSid: null, deletedRoleId: null, userErrors };
  }
  changed(context, input.serviceSid, input.sid, null);
  return { userErrors: [], deletedRoleSid: input.sid, deletedRoleId: roleGlobalId(input.serviceSid, input.sid) };
}
