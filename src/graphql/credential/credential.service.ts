// What the Credential mutations do upstream: create, update (a new name or rotated secrets),
// delete, and what each leaves in this request's loaders. Whatever the upstream says back is
// scrubbed of the secrets just sent before it reaches a userError or an error, in case it quotes one.

import { GraphQLError } from "graphql";
import { Redactor } from "../../chat-api/index.js";
import type { GraphQLContext } from "../context.js";
import { userErrorsOrThrow } from "../errors/user-error.mapping.js";
import type { UserError } from "../errors/user-error.type.js";
import { formKeysOf } from "../mutation/form.values.js";
import type { Outcome } from "../mutation/mutation.run.js";
import { globalId } from "../node/global-id.codec.js";
import {
  CREDENTIAL_SECRET_FIELDS,
  type CreateCredentialInput,
  type DeleteCredentialInput,
  type UpdateCredentialInput,
} from "./credential.input.js";
import { credentialFromResource } from "./credential.mapper.js";
import type { CreateCredentialPayload, DeleteCredentialPayload, UpdateCredentialPayload } from "./credential.payload.js";

function fields(input: CreateCredentialInput | UpdateCredentialInput) {
  return {
    FriendlyName: input.friendlyName,
    Certificate: input.certificate,
    PrivateKey: input.privateKey,
    Sandbox: input.sandbox,
    ApiKey: input.apiKey,
    Secret: input.secret,
  };
}

/** userErrorsOrThrow, with the input's secrets scrubbed from every message it returns or throws. */
function scrubbedUserErrors(
  input: CreateCredentialInput | UpdateCredentialInput,
  error: unknown,
  notFoundMessage?: string,
  keys?: Parameters<typeof userErrorsOrThrow>[2],
): UserError[] {
  const redactor = new Redactor(
    CREDENTIAL_SECRET_FIELDS.map((field) => input[field]).filter((value): value is string => typeof value === "string"),
  );
  try {
    return userErrorsOrThrow(error, notFoundMessage, keys).map((userError) =>
      Object.assign(userError, { message: redactor.redact(userError.message) }),
    );
  } catch (thrown) {
    if (!(thrown instanceof GraphQLError)) throw thrown;
    const twilio = thrown.extensions.twilio as { moreInfo?: string | null } | undefined;
    const extensions = twilio?.moreInfo
      ? { ...thrown.extensions, twilio: { ...twilio, moreInfo: redactor.redact(twilio.moreInfo) } }
      : thrown.extensions;
    throw new GraphQLError(redactor.redact(thrown.message), { extensions });
  }
}

export async function createCredential(context: GraphQLContext, input: CreateCredentialInput): Promise<Outcome<CreateCredentialPayload>> {
  try {
    const created = await context.client.one("CreateCredential", { path: {}, form: { Type: input.type, ...fields(input) } });
    context.loaders.credential.prime(created);
    return { userErrors: [], credential: credentialFromResource(created) };
  } catch (error) {
    return { credential: null, userErrors: scrubbedUserErrors(input, error, undefined, formKeysOf("CreateCredential")) };
  }
}

export async function updateCredential(context: GraphQLContext, input: UpdateCredentialInput): Promise<Outcome<UpdateCredentialPayload>> {
  try {
    const updated = await context.client.one("UpdateCredential", { path: { Sid: input.sid }, form: fields(input) });
    context.loaders.credential.prime(updated);
    return { userErrors: [], credential: credentialFromResource(updated) };
  } catch (error) {
    return { credential: null, userErrors: scrubbedUserErrors(input, error, `No credential ${input.sid}`, formKeysOf("UpdateCredential")) };
  }
}

export async function deleteCredential(context: GraphQLContext, input: DeleteCredentialInput): Promise<Outcome<DeleteCredentialPayload>> {
  try {
    await context.client.none("DeleteCredential", { path: { Sid: input.sid } });
  } catch (error) {
    return {
      deletedCredentialSid: null,
      deletedCredentialId: null,
      userErrors: userErrorsOrThrow(error, `No credential ${input.sid}`, formKeysOf("DeleteCredential")),
    };
  }
  context.loaders.credential.markGone([input.sid]);
  return { userErrors: [], deletedCredentialSid: input.sid, deletedCredentialId: globalId("Credential", input.sid) };
}
