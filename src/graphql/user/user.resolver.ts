import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { JSONResolver } from "graphql-scalars";
import { USER_SID_PATTERN } from "../../sids.js";
import { attributesOf } from "../attributes/attributes.json.js";
import { ConnectionArgs } from "../connection/connection.args.js";
import { connectionOf } from "../connection/connection.resolve.js";
import { listSource } from "../connection/list.source.js";
import type { GraphQLContext } from "../context.js";
import { Fetches } from "../cost/upstream-cost.js";
import { badUserInput, rethrowUpstream } from "../errors/error.mapping.js";
import { existingParent } from "../errors/vanished-parent.js";
import { IDENTITY_MAX } from "../../twilio/chat-v2.limits.js";
import { runMutation } from "../mutation/mutation.run.js";
import { ROLE_LOOKUP_REQUESTS, roleOfService } from "../role/role.lookup.js";
import { Role } from "../role/role.type.js";
import { serviceFromResource } from "../service/service.mapper.js";
import { checkServiceExists } from "../service/service.ref.js";
import { needsNoFetch } from "../selection.js";
import { Service } from "../service/service.type.js";
import { UserConnection } from "./user.connection.js";
import { CreateUserInput, DeleteUserInput, UpdateUserInput } from "./user.input.js";
import { userBySid, userOf } from "./user.lookup.js";
import { userFromResource } from "./user.mapper.js";
import { USER_FIELDS_WITHOUT_FETCH, USER_WITNESSES, userRef } from "./user.ref.js";
import { CreateUserPayload, DeleteUserPayload, UpdateUserPayload } from "./user.payload.js";
import * as userOps from "./user.service.js";
import { User } from "./user.type.js";

@Resolver(() => Service)
export class ServiceUsersResolver {
  @FieldResolver(() => User, {
    nullable: true,
    description:
      "The user with this SID or identity (give exactly one), or null when there is none. Named by identity and read only for `id`, `sid`, `identity` and `channels`, the user is not fetched: a missing user is then NOT_FOUND on `channels` (and `user` null).",
  })
  @Fetches(1)
  async user(
    @Root() service: Service,
    // (declared last to first: TypeGraphQL lists arguments in reverse)
    @Arg("identity", () => String, { nullable: true }) identity: string | null,
    @Arg("sid", () => ID, { nullable: true }) sid: string | null,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<User | null> {
    if ((sid == null) === (identity == null)) throw badUserInput('Give "sid" or "identity", one of them', sid == null ? "sid" : "identity");
    if (sid != null && !USER_SID_PATTERN.test(sid)) throw badUserInput(`"${sid}" is not a user SID (US followed by 32 hex digits)`, "sid");
    if (identity != null && (identity === "" || identity.length > IDENTITY_MAX))
      throw badUserInput(`"identity" must be 1 to ${IDENTITY_MAX} characters`, "identity");
    // Only its channels are read: they are listed by identity now, and name the user's SID.
    if (identity != null && needsNoFetch(info, USER_FIELDS_WITHOUT_FETCH, USER_WITNESSES)) return userRef(context, service, identity);
    const user = sid != null ? await userBySid(context, service.sid, sid) : await userOf(context, service.sid, identity!);
    // Under a service not fetched, nothing found may mean no service: that is NOT_FOUND, not a null user.
    if (!user) await checkServiceExists(context, service);
    return user;
  }

  @FieldResolver(() => UserConnection, {
    description:
      "The service's users, oldest first. `isOnline` and `isNotifiable` are null here, as Twilio lists them; `user(…)` has them.",
  })
  users(
    @Root() service: Service,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<UserConnection> {
    // Not primed into the user loader: a listed user lacks what only a fetch answers (isOnline, isNotifiable).
    const source = listSource(
      context,
      "ListUser",
      { path: { ServiceSid: service.sid } },
      { scope: `users of ${service.sid}`, sidPattern: USER_SID_PATTERN },
    );
    return connectionOf(source, args, userFromResource);
  }
}

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => JSONResolver, { nullable: true, description: "The user's attributes (any JSON)." })
  attributes(@Root() user: User, @Ctx() context: GraphQLContext, @Info() info: GraphQLResolveInfo): unknown {
    return attributesOf(user.attributesRaw, context, info);
  }

  @FieldResolver(() => Role, { nullable: true, description: "The user's service (deployment) role (one roles list per service)." })
  @Fetches(ROLE_LOOKUP_REQUESTS)
  role(@Root() user: User, @Ctx() context: GraphQLContext): Promise<Role | null> {
    return roleOfService(context, user.serviceSid, user.roleSid);
  }

  @FieldResolver(() => Service, { description: "The service the user is in." })
  @Fetches(1)
  async service(@Root() user: User, @Ctx() { loaders }: GraphQLContext): Promise<Service> {
    const resource = loaders.service.load(user.serviceSid).catch(rethrowUpstream);
    return serviceFromResource(await existingParent(resource, `The user's service ${user.serviceSid}`));
  }

  @Mutation(() => CreateUserPayload, { description: "Creates a user (an identity) in a service." })
  @Fetches(1)
  createUser(@Arg("input", () => CreateUserInput) input: CreateUserInput, @Ctx() context: GraphQLContext): Promise<CreateUserPayload> {
    return runMutation(input, { user: null }, () => userOps.createUser(context, input));
  }

  @Mutation(() => UpdateUserPayload, { description: "Changes a user's role, friendly name or attributes; unset fields stay as they are." })
  @Fetches(1)
  updateUser(@Arg("input", () => UpdateUserInput) input: UpdateUserInput, @Ctx() context: GraphQLContext): Promise<UpdateUserPayload> {
    return runMutation(input, { user: null }, () => userOps.updateUser(context, input));
  }

  @Mutation(() => DeleteUserPayload, { description: "Deletes a user with their memberships and push bindings." })
  @Fetches(2) // a fetch first when named by identity
  deleteUser(@Arg("input", () => DeleteUserInput) input: DeleteUserInput, @Ctx() context: GraphQLContext): Promise<DeleteUserPayload> {
    return runMutation(input, { deletedUserSid: null, deletedUserId: null }, () => userOps.deleteUser(context, input));
  }
}
