// What the Service mutations do upstream, apart from GraphQL: create (and configure, rolling back a
// half-configured service), update, delete, and what each leaves in this request's loaders.

import { ChatApiError, isBadRequest, serviceUpdateFields, type ServiceResource, type ServiceUpdateParams } from "../../chat-api/index.js";
import type { GraphQLContext } from "../context.js";
import { fromUpstream } from "../errors/error.mapping.js";
import { userErrorFromUpstream } from "../errors/user-error.mapping.js";
import { userError, UserErrorCode } from "../errors/user-error.type.js";
import type { Outcome } from "../mutation/mutation.run.js";
import { refusal } from "../mutation/mutation.write.js";
import { serviceGlobalId } from "../node/global-id.codec.js";
import type { CreateServiceInput, ServiceSettingsInput, UpdateServiceInput } from "./service.input.js";
import { serviceFromResource } from "./service.mapper.js";
import type { CreateServicePayload, DeleteServicePayload, UpdateServicePayload } from "./service.payload.js";

/** Create, configure, and delete again if configuring fails (the mutation's declared cost). */
export const CREATE_SERVICE_REQUESTS = 3;

/** Creates the service, then applies every other setting in one update; a failed update is rolled back. */
export async function createService(
  { client, loaders, callsLeft }: GraphQLContext,
  input: CreateServiceInput,
): Promise<Outcome<CreateServicePayload>> {
  const settings = settingsOf(input);
  const configures = Object.keys(serviceUpdateFields(settings)).length > 0;
  // Not started without room to finish: a budget that ran out between the update and its undo left a half-configured service.
  if (configures && callsLeft() < CREATE_SERVICE_REQUESTS) {
    const message = `creating and configuring a service takes up to ${CREATE_SERVICE_REQUESTS} upstream requests, more than this operation has left`;
    throw fromUpstream(new ChatApiError({ kind: "budget", route: "POST /v2/Services", message }));
  }
  const created = await client.createService(input.friendlyName).catch(refusal("CreateService"));
  if (!configures) {
    loaders.primeService(created);
    return { service: serviceFromResource(created) };
  }
  try {
    const configured = await client.updateService(created.sid, settings);
    loaders.primeService(configured);
    return { service: serviceFromResource(configured) };
  } catch (updateError) {
    return rollBackCreate(client, created, updateError);
  }
}

export async function updateService(
  { client, loaders }: GraphQLContext,
  input: UpdateServiceInput,
): Promise<Outcome<UpdateServicePayload>> {
  const updated = await client
    .updateService(input.sid, { ...settingsOf(input), friendlyName: input.friendlyName })
    .catch(refusal("UpdateService", `No service ${input.sid}`));
  loaders.primeService(updated);
  return { service: serviceFromResource(updated) };
}

export async function deleteService({ client, loaders }: GraphQLContext, sid: string): Promise<Outcome<DeleteServicePayload>> {
  try {
    await client.deleteService(sid).catch(refusal("DeleteService", `No service ${sid}`));
  } finally {
    loaders.service.clear(sid);
    loaders.serviceRoles.clear(sid);
  }
  loaders.service.prime(sid, null);
  return { deletedServiceSid: sid, deletedServiceId: serviceGlobalId(sid) };
}

// Compile-time tie between the GraphQL input and the form table's parameters: a new input field
// without a parameter (which would be dropped silently), or a parameter no input can set, is a
// type error here.
type SettingsFields = Exclude<keyof ServiceSettingsInput, "clientMutationId">;
type ParamFields = Exclude<keyof ServiceUpdateParams, "friendlyName">;
type Unmatched = Exclude<SettingsFields, ParamFields> | Exclude<ParamFields, SettingsFields>;
export const INPUT_MATCHES_PARAMS: [Unmatched] extends [never] ? true : { unmatched: Unmatched } = true;

/** The settings of an input: every field but the mutation's own bookkeeping and the name (sent on its own). */
function settingsOf(input: ServiceSettingsInput): ServiceUpdateParams {
  const { clientMutationId: _clientMutationId, ...settings } = input;
  const { sid: _sid, friendlyName: _friendlyName, ...rest } = settings as ServiceSettingsInput & { sid?: string; friendlyName?: string };
  return rest;
}

/** Deletes a service whose settings could not be applied, so no half-configured service remains. */
async function rollBackCreate(
  client: GraphQLContext["client"],
  created: ServiceResource,
  updateError: unknown,
): Promise<Outcome<CreateServicePayload>> {
  const reason = updateError instanceof ChatApiError ? fromUpstream(updateError).message : "an unexpected error";
  try {
    await client.deleteService(created.sid);
  } catch {
    // The service exists with default settings: say so, and hand it back so it can be fixed or deleted.
    return {
      service: serviceFromResource(created),
      userErrors: [
        userError(
          null,
          UserErrorCode.CREATE_INCOMPLETE,
          `The service was created but its settings could not be applied (${reason}), and deleting it failed too; it exists with default settings.`,
        ),
      ],
    };
  }
  const userErrors = isBadRequest(updateError)
    ? [userErrorFromUpstream(updateError, " (the service was not created)")]
    : [
        userError(
          null,
          UserErrorCode.CREATE_ROLLED_BACK,
          `The service's settings could not be applied (${reason}), so it was not created.`,
        ),
      ];
  return { service: null, userErrors };
}
