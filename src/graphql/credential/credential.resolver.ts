import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { CREDENTIAL_SID_PATTERN } from "../../sids.js";
import { ConnectionArgs } from "../connection/connection.args.js";
import { connectionOf } from "../connection/connection.resolve.js";
import { listSource } from "../connection/list.source.js";
import type { GraphQLContext } from "../context.js";
import { Fetches } from "../cost/upstream-cost.js";
import { badUserInput } from "../errors/error.mapping.js";
import { runMutation } from "../mutation/mutation.run.js";
import { CredentialConnection } from "./credential.connection.js";
import { CreateCredentialInput, DeleteCredentialInput, UpdateCredentialInput } from "./credential.input.js";
import { credentialOf } from "./credential.lookup.js";
import { credentialFromResource } from "./credential.mapper.js";
import { CreateCredentialPayload, DeleteCredentialPayload, UpdateCredentialPayload } from "./credential.payload.js";
import * as credentialOps from "./credential.service.js";
import { Credential } from "./credential.type.js";

@Resolver(() => Credential)
export class CredentialResolver {
  @Query(() => Credential, {
    nullable: true,
    description: "The account's push credentials with this SID (CR…), or null when there are none.",
  })
  @Fetches(1)
  credential(@Arg("sid", () => ID) sid: string, @Ctx() context: GraphQLContext): Promise<Credential | null> {
    if (!CREDENTIAL_SID_PATTERN.test(sid)) throw badUserInput(`"${sid}" is not a credential SID (CR followed by 32 hex digits)`, "sid");
    return credentialOf(context, sid);
  }

  @Query(() => CredentialConnection, { description: "The account's push credentials, oldest first." })
  credentials(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() context: GraphQLContext): Promise<CredentialConnection> {
    const source = listSource(
      context,
      "ListCredential",
      { path: {} },
      {
        scope: "credentials",
        sidPattern: CREDENTIAL_SID_PATTERN,
        prime: (credential) => context.loaders.credential.prime(credential),
      },
    );
    return connectionOf(source, args, credentialFromResource);
  }

  @Mutation(() => CreateCredentialPayload, { description: "Stores push credentials for the account (APN, FCM or GCM)." })
  @Fetches(1)
  createCredential(
    @Arg("input", () => CreateCredentialInput) input: CreateCredentialInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CreateCredentialPayload> {
    return runMutation(input, { credential: null }, () => credentialOps.createCredential(context, input));
  }

  @Mutation(() => UpdateCredentialPayload, { description: "Renames push credentials or rotates their secrets." })
  @Fetches(1)
  updateCredential(
    @Arg("input", () => UpdateCredentialInput) input: UpdateCredentialInput,
    @Ctx() context: GraphQLContext,
  ): Promise<UpdateCredentialPayload> {
    return runMutation(input, { credential: null }, () => credentialOps.updateCredential(context, input));
  }

  @Mutation(() => DeleteCredentialPayload, { description: "Deletes push credentials." })
  @Fetches(1)
  deleteCredential(
    @Arg("input", () => DeleteCredentialInput) input: DeleteCredentialInput,
    @Ctx() context: GraphQLContext,
  ): Promise<DeleteCredentialPayload> {
    return runMutation(input, { deletedCredentialSid: null, deletedCredentialId: null }, () =>
      credentialOps.deleteCredential(context, input),
    );
  }
}
