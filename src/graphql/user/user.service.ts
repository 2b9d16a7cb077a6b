// What the User mutations do upstream: create, update and delete (by SID or identity), and what
// each leaves in this request's loaders.

import type { UserResource } from "../../chat-api/index.js";
import { USER_SID_PATTERN } from "../../sids.js";
import { attributesForm } from "../attributes/attributes.json.js";
import type { GraphQLContext } from "../context.js";
import { notFound, rethrowUpstream } from "../errors/error.mapping.js";
import { webhookHeader } from "../mutation/mutation.input.js";
import type { Outcome } from "../mutation/mutation.run.js";
import { deleted, written } from "../mutation/mutation.write.js";
import { globalId } from "../node/global-id.codec.js";
import type { CreateUserInput, DeleteUserInput, UpdateUserInput } from "./user.input.js";
import { userFromResource } from "./user.mapper.js";
import type { CreateUserPayload, DeleteUserPayload, UpdateUserPayload } from "./user.payload.js";

function fields(input: CreateUserInput | UpdateUserInput) {
  return { RoleSid: input.roleSid, FriendlyName: input.friendlyName, Attributes: attributesForm(input.attributes) };
}

export async function createUser(context: GraphQLContext, input: CreateUserInput): Promise<Outcome<CreateUserPayload>> {
  const created = await written(
    context,
    "CreateUser",
    {
      path: { ServiceSid: input.serviceSid },
      header: webhookHeader(input.webhookEnabled),
      form: { Identity: input.identity, ...fields(input) },
    },
    `No service ${input.serviceSid}`,
  );
  context.loaders.user.prime(created);
  return { user: userFromResource(created) };
}

export async function updateUser(context: GraphQLContext, input: UpdateUserInput): Promise<Outcome<UpdateUserPayload>> {
  const updated = await written(
    context,
    "UpdateUser",
    { path: { ServiceSid: input.serviceSid, Sid: input.sid }, header: webhookHeader(input.webhookEnabled), form: fields(input) },
    `No user ${input.sid} in service ${input.serviceSid}`,
  );
  context.loaders.user.prime(updated);
  return { user: userFromResource(updated) };
}

export async function deleteUser(context: GraphQLContext, input: DeleteUserInput): Promise<Outcome<DeleteUserPayload>> {
  // Deleted by identity: its SID (for the payload and client caches) comes from one fetch first.
  let user: UserResource | null = null;
  if (!USER_SID_PATTERN.test(input.sid)) {
    user = await context.loaders.user.load(input.serviceSid, input.sid).catch(rethrowUpstream);
    if (!user) throw notFound(`No user ${input.sid} in service ${input.serviceSid}`);
  }
  const sid = user?.sid ?? input.sid;
  await deleted(
    context,
    "DeleteUser",
    { path: { ServiceSid: input.serviceSid, Sid: sid } },
    `No user ${input.sid} in service ${input.serviceSid}`,
  );
  context.loaders.user.markGone([input.serviceSid, input.sid], user);
  context.loaders.user.markGone([input.serviceSid, sid]);
  return { deletedUserSid: sid, deletedUserId: globalId("User", input.serviceSid, sid) };
}
