// What the Role mutations do upstream: create, update (the permissions replace the old set, each
// checked against the role's type first) and delete, and what each leaves in this request's loaders
// (a role by SID, and its service's roles list, which every role lookup reads).

import type { RoleResource } from "../../chat-api/index.js";
import type { GraphQLContext } from "../context.js";
import { notFound, rethrowUpstream } from "../errors/error.mapping.js";
import { userError, UserErrorCode } from "../errors/user-error.type.js";
import { roleKey } from "../loaders.js";
import type { Outcome } from "../mutation/mutation.run.js";
import { deleted, Refusal, written } from "../mutation/mutation.write.js";
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
  // The client checks a role's service_sid and type (REQUIRED_BEYOND_SPEC), and its result type says so.
  const created: RoleResource = await written(
    context,
    "CreateRole",
    { path: { ServiceSid: input.serviceSid }, form: { FriendlyName: input.friendlyName, Type: input.type, Permission: input.permissions } },
    `No service ${input.serviceSid}`,
  );
  changed(context, input.serviceSid, created.sid, created);
  return { role: roleFromResource(created) };
}

export async function updateRole(context: GraphQLContext, input: UpdateRoleInput): Promise<Outcome<UpdateRolePayload>> {
  // The input does not say the role's type: it is read first, and the permissions checked against it.
  const role = await context.loaders.role.load(roleKey(input.serviceSid, input.sid)).catch(rethrowUpstream);
  if (!role) throw notFound(`No role ${input.sid} in service ${input.serviceSid}`);
  const type = roleFromResource(role).type;
  const unknown = type ? permissionsNotOf(type, input.permissions) : []; // a type chatql does not know: the upstream judges
  if (type && unknown.length > 0)
    throw new Refusal([userError(["input", "permissions"], UserErrorCode.INVALID_FORMAT, notPermissionsMessage(type, unknown))]);
  const updated: RoleResource = await written(
    context,
    "UpdateRole",
    { path: { ServiceSid: input.serviceSid, Sid: input.sid }, form: { Permission: input.permissions } },
    `No role ${input.sid} in service ${input.serviceSid}`,
  );
  changed(context, input.serviceSid, input.sid, updated);
  return { role: roleFromResource(updated) };
}

export async function deleteRole(context: GraphQLContext, input: DeleteRoleInput): Promise<Outcome<DeleteRolePayload>> {
  await deleted(
    context,
    "DeleteRole",
    { path: { ServiceSid: input.serviceSid, Sid: input.sid } },
    `No role ${input.sid} in service ${input.serviceSid}`,
  ).catch((error: unknown) => {
    // A delete has no parameters but the role: a refusal (a default role of its service) is about it.
    if (error instanceof Refusal) for (const userError of error.userErrors) userError.field ??= ["input", "sid"];
    throw error;
  });
  changed(context, input.serviceSid, input.sid, null);
  return { deletedRoleSid: input.sid, deletedRoleId: roleGlobalId(input.serviceSid, input.sid) };
}
