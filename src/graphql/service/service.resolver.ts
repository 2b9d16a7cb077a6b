import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../context.js";
import { Fetches } from "../cost/upstream-cost.js";
import { ConnectionArgs } from "../connection/connection.args.js";
import { connectionOf } from "../connection/connection.resolve.js";
import { badUserInput, rethrowUpstream } from "../errors/error.mapping.js";
import { runMutation } from "../mutation/mutation.run.js";
import { RoleConnection } from "../role/role.connection.js";
import { roleFromResource } from "../role/role.mapper.js";
import { rolesSource } from "../role/role.source.js";
import { Role } from "../role/role.type.js";
import { ROLE_LOOKUP_REQUESTS, roleOfService } from "../role/role.lookup.js";
import { SERVICE_SID_PATTERN } from "../../sids.js";
import { needsNoFetch } from "../selection.js";
import { CreateServiceInput, DeleteServiceInput, UpdateServiceInput } from "./service.input.js";
import { serviceFromResource } from "./service.mapper.js";
import { SERVICE_FIELDS_WITHOUT_FETCH, SERVICE_WITNESSES, serviceRef } from "./service.ref.js";
import { CreateServicePayload, DeleteServicePayload, UpdateServicePayload } from "./service.payload.js";
import { ServiceConnection } from "./service.connection.js";
import * as serviceOps from "./service.service.js";
import { servicesSource } from "./service.source.js";
import { Service } from "./service.type.js";

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => Service, {
    nullable: true,
    description:
      "The service with this SID (IS…), or null when there is none. A query that reads only its `id`, `sid` and lists (or `user`) does not fetch it: a missing service is then NOT_FOUND on the list (and `service` null) or on `user`.",
  })
  @Fetches(1)
  async service(
    @Arg("sid", () => ID) sid: string,
    @Ctx() { loaders }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Service | null> {
    if (!SERVICE_SID_PATTERN.test(sid)) throw badUserInput(`"${sid}" is not a service SID (IS followed by 32 hex digits)`, "sid");
    // Nothing of the service itself is read: its lists go out now, in the first wave, and say whether it exists.
    if (needsNoFetch(info, SERVICE_FIELDS_WITHOUT_FETCH, SERVICE_WITNESSES)) return serviceRef(sid);
    const resource = await loaders.service.load(sid).catch(rethrowUpstream);
    return resource && serviceFromResource(resource);
  }

  @Query(() => ServiceConnection, { description: "The account's services, oldest first." })
  async services(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() context: GraphQLContext): Promise<ServiceConnection> {
    return connectionOf(servicesSource(context), args, serviceFromResource);
  }

  @FieldResolver(() => Role, { nullable: true, description: "The role `defaultServiceRoleSid` names." })
  @Fetches(ROLE_LOOKUP_REQUESTS)
  defaultServiceRole(@Root() service: Service, @Ctx() context: GraphQLContext): Promise<Role | null> {
    return roleOfService(context, service.sid, service.defaultServiceRoleSid);
  }

  @FieldResolver(() => Role, { nullable: true, description: "The role `defaultChannelRoleSid` names." })
  @Fetches(ROLE_LOOKUP_REQUESTS)
  defaultChannelRole(@Root() service: Service, @Ctx() context: GraphQLContext): Promise<Role | null> {
    return roleOfService(context, service.sid, service.defaultChannelRoleSid);
  }

  @FieldResolver(() => Role, { nullable: true, description: "The role `defaultChannelCreatorRoleSid` names." })
  @Fetches(ROLE_LOOKUP_REQUESTS)
  defaultChannelCreatorRole(@Root() service: Service, @Ctx() context: GraphQLContext): Promise<Role | null> {
    return roleOfService(context, service.sid, service.defaultChannelCreatorRoleSid);
  }

  @FieldResolver(() => RoleConnection, { description: "The service's roles, oldest first." })
  roles(
    @Root() service: Service,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<RoleConnection> {
    return connectionOf(rolesSource(context, service.sid), args, roleFromResource);
  }

  @Mutation(() => CreateServicePayload, {
    description:
      "Creates a service and applies every given setting. If the settings cannot be applied, the new service is deleted again and the failure is in userErrors.",
  })
  @Fetches(serviceOps.CREATE_SERVICE_REQUESTS)
  createService(
    @Arg("input", () => CreateServiceInput) input: CreateServiceInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CreateServicePayload> {
    return runMutation(input, { service: null }, () => serviceOps.createService(context, input));
  }

  @Mutation(() => UpdateServicePayload, { description: "Changes the given settings of a service; unset fields stay as they are." })
  @Fetches(1)
  updateService(
    @Arg("input", () => UpdateServiceInput) input: UpdateServiceInput,
    @Ctx() context: GraphQLContext,
  ): Promise<UpdateServicePayload> {
    return runMutation(input, { service: null }, () => serviceOps.updateService(context, input));
  }

  @Mutation(() => DeleteServicePayload, { description: "Deletes a service and everything in it." })
  @Fetches(1)
  deleteService(
    @Arg("input", () => DeleteServiceInput) input: DeleteServiceInput,
    @Ctx() context: GraphQLContext,
  ): Promise<DeleteServicePayload> {
    return runMutation(input, { deletedServiceSid: null, deletedServiceId: null }, () => serviceOps.deleteService(context, input.sid));
  }
}
