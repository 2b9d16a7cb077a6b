import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { ChatApiError, serviceUpdateFields, type ServiceResource, type ServiceUpdateParams } from "../../chat-api/index.js";
import type { GraphQLContext } from "../context.js";
import { Fetches } from "../cost/upstream-cost.js";
import { roleKey } from "../loaders.js";
import { ConnectionArgs } from "../connection/connection.args.js";
import { connectionOf } from "../connection/connection-of.js";
import { badUserInput, fromUpstream, notFound, rethrowUpstream } from "../errors/graphql-errors.js";
import { validateInput } from "../errors/input-validation.js";
import { userErrorFromUpstream } from "../errors/upstream-user-error.js";
import { userError, UserErrorCode } from "../errors/user-error.type.js";
import { serviceGlobalId } from "../node/global-id.js";
import { RoleConnection } from "../role/role.connection.js";
import { roleFromResource } from "../role/role.mapper.js";
import { rolesSource } from "../role/roles.source.js";
import { Role } from "../role/role.type.js";
import { SERVICE_SID_PATTERN } from "../../sids.js";
import { CreateServiceInput, DeleteServiceInput, UpdateServiceInput } from "./service.input.js";
import { serviceFromResource } from "./service.mapper.js";
import { CreateServicePayload, DeleteServicePayload, UpdateServicePayload } from "./service.payload.js";
import { ServiceConnection } from "./service.connection.js";
import { servicesSource } from "./services.source.js";
import { Service } from "./service.type.js";

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => Service, { nullable: true, description: "The service with this SID (IS…), or null when there is none." })
  @Fetches(1)
  async service(@Arg("sid", () => ID) sid: string, @Ctx() { loaders }: GraphQLContext): Promise<Service | null> {
    if (!SERVICE_SID_PATTERN.test(sid)) throw badUserInput(`"${sid}" is not a service SID (IS followed by 32 hex digits)`, "sid");
    const resource = await loaders.service.load(sid).catch(rethrowUpstream);
    return resource && serviceFromResource(resource);
  }

  @Query(() => ServiceConnection, { description: "The account's services, oldest first." })
  async services(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() context: GraphQLContext): Promise<ServiceConnection> {
    return connectionOf(servicesSource(context), args, serviceFromResource);
  }

  @FieldResolver(() => Role, { nullable: true, description: "The role `defaultServiceRoleSid` names." })
  @Fetches(1)
  defaultServiceRole(@Root() service: Service, @Ctx() context: GraphQLContext): Promise<Role | null> {
    return roleOfService(context, service.sid, service.defaultServiceRoleSid);
  }

  @FieldResolver(() => Role, { nullable: true, description: "The role `defaultChannelRoleSid` names." })
  @Fetches(1)
  defaultChannelRole(@Root() service: Service, @Ctx() context: GraphQLContext): Promise<Role | null> {
    return roleOfService(context, service.sid, service.defaultChannelRoleSid);
  }

  @FieldResolver(() => Role, { nullable: true, description: "The role `defaultChannelCreatorRoleSid` names." })
  @Fetches(1)
  defaultChannelCreatorRole(@Root() service: Service, @Ctx() context: GraphQLContext): Promise<Role | null> {
    return roleOfService(context, service.sid, service.defaultChannelCreatorRoleSid);
  }

  @FieldResolver(() => RoleConnection, { description: "The service's roles, oldest first." })
  roles(@Root() service: Service, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() context: GraphQLContext): Promise<RoleConnection> {
    return connectionOf(rolesSource(context, service.sid), args, roleFromResource);
  }

  @Mutation(() => CreateServicePayload, {
    description: "Creates a service and applies every given setting. If the settings cannot be applied, the new service is deleted again and the failure is in userErrors.",
  })
  @Fetches(3) // create, configure, and delete again if configuring fails
  async createService(@Arg("input", () => CreateServiceInput) input: CreateServiceInput, @Ctx() { client, loaders }: GraphQLContext): Promise<CreateServicePayload> {
    const clientMutationId = input.clientMutationId ?? null;
    const userErrors = await validateInput(input);
    if (userErrors.length > 0) return { clientMutationId, userErrors, service: null };

    const created = await client.createService(input.friendlyName).catch((error: unknown) => {
      if (isBadRequest(error)) return error;
      return rethrowUpstream(error);
    });
    if (created instanceof ChatApiError) return { clientMutationId, userErrors: [userErrorFromUpstream(created)], service: null };

    const settings = settingsOf(input);
    if (Object.keys(serviceUpdateFields(settings)).length === 0) {
      loaders.primeService(created);
      return { clientMutationId, userErrors: [], service: serviceFromResource(created) };
    }
    try {
      const configured = await client.updateService(created.sid, settings);
      loaders.primeService(configured);
      return { clientMutationId, userErrors: [], service: serviceFromResource(configured) };
    } catch (updateError) {
      return rollBackCreate(client, created, updateError, clientMutationId);
    }
  }

  @Mutation(() => UpdateServicePayload, { description: "Changes the given settings of a service; unset fields stay as they are." })
  @Fetches(1)
  async updateService(@Arg("input", () => UpdateServiceInput) input: UpdateServiceInput, @Ctx() { client, loaders }: GraphQLContext): Promise<UpdateServicePayload> {
    const clientMutationId = input.clientMutationId ?? null;
    const userErrors = await validateInput(input);
    if (userErrors.length > 0) return { clientMutationId, userErrors, service: null };
    try {
      const updated = await client.updateService(input.sid, settingsOf(input));
      loaders.primeService(updated);
      return { clientMutationId, userErrors: [], service: serviceFromResource(updated) };
    } catch (error) {
      if (isBadRequest(error)) return { clientMutationId, userErrors: [userErrorFromUpstream(error)], service: null };
      if (isNotFound(error)) throw notFound(`No service ${input.sid}`, error);
      return rethrowUpstream(error);
    }
  }

  @Mutation(() => DeleteServicePayload, { description: "Deletes a service and everything in it." })
  @Fetches(1)
  async deleteService(@Arg("input", () => DeleteServiceInput) input: DeleteServiceInput, @Ctx() { client, loaders }: GraphQLContext): Promise<DeleteServicePayload> {
    const clientMutationId = input.clientMutationId ?? null;
    const userErrors = await validateInput(input);
    if (userErrors.length > 0) return { clientMutationId, userErrors, deletedServiceSid: null, deletedServiceId: null };
    try {
      await client.deleteService(input.sid);
    } catch (error) {
      if (isNotFound(error)) throw notFound(`No service ${input.sid}`, error);
      if (isBadRequest(error)) return { clientMutationId, userErrors: [userErrorFromUpstream(error)], deletedServiceSid: null, deletedServiceId: null };
      return rethrowUpstream(error);
    } finally {
      loaders.service.clear(input.sid);
      loaders.serviceRoles.clear(input.sid);
    }
    loaders.service.prime(input.sid, null);
    return { clientMutationId, userErrors: [], deletedServiceSid: input.sid, deletedServiceId: serviceGlobalId(input.sid) };
  }
}

/**
 * A role named by one of the service's default role SIDs: one roles list per service, shared by all three.
 * Null when the service is gone by the time its roles are listed (deleted after the page that
 * listed it was fetched), just as `service(sid:)` and `node(id:)` are null for what no longer exists.
 */
async function roleOfService({ loaders }: GraphQLContext, serviceSid: string, roleSid: string | null): Promise<Role | null> {
  if (!roleSid) return null;
  try {
    const roles = await loaders.serviceRoles.load(serviceSid);
    const resource = roles.find((role) => role.sid === roleSid) ?? (await loaders.role.load(roleKey(serviceSid, roleSid)));
    return resource && roleFromResource(resource);
  } catch (error) {
    if (isNotFound(error)) return null;
    return rethrowUpstream(error);
  }
}

/** The update parameters of an input: everything but the mutation's own bookkeeping fields. */
function settingsOf(input: CreateServiceInput | UpdateServiceInput): ServiceUpdateParams {
  const { clientMutationId: _clientMutationId, ...rest } = input;
  const settings: ServiceUpdateParams & { sid?: string } = { ...rest };
  delete settings.sid;
  if (input instanceof CreateServiceInput) delete settings.friendlyName;
  return settings;
}

/** Deletes a service whose settings could not be applied, so no half-configured service remains. */
async function rollBackCreate(client: GraphQLContext["client"], created: ServiceResource, updateError: unknown, clientMutationId: string | null): Promise<CreateServicePayload> {
  const reason = updateError instanceof ChatApiError ? fromUpstream(updateError).message : "an unexpected error";
  try {
    await client.deleteService(created.sid);
  } catch {
    // The service exists with default settings: say so, and hand it back so it can be fixed or deleted.
    return {
      clientMutationId,
      service: serviceFromResource(created),
      userErrors: [userError(null, UserErrorCode.CREATE_INCOMPLETE, `The service was created but its settings could not be applied (${reason}), and deleting it failed too; it exists with default settings.`)],
    };
  }
  const userErrors = isBadRequest(updateError)
    ? [userErrorFromUpstream(updateError, " (the service was not created)")]
    : [userError(null, UserErrorCode.CREATE_ROLLED_BACK, `The service's settings could not be applied (${reason}), so it was not created.`)];
  return { clientMutationId, service: null, userErrors };
}

function isBadRequest(error: unknown): error is ChatApiError {
  return error instanceof ChatApiError && error.kind === "http" && error.status === 400;
}

function isNotFound(error: unknown): error is ChatApiError {
  return error instanceof ChatApiError && error.kind === "http" && error.status === 404;
}
