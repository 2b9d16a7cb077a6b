// What the Credential mutations do upstream: create, update (a new name or rotated secrets),
// delete, and what each leaves in this request's loaders. Whatever the upstream says back is
// scrubbed of the secrets just sent before it reaches a userError or an error, in case it quotes one.

import { GraphQLError } from "graphql";
import { Redactor } from "../../chat-api/index.js";
import type { GraphQLContext } from "../context.js";
import type { Outcome } from "../mutation/mutation.run.js";
import { deleted, Refusal, written } from "../mutation/mutation.write.js";
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

/** A failed write's refusal or error, with the input's secrets scrubbed from every message it carries. */
function scrubbed(input: CreateCredentialInput | UpdateCredentialInput): (error: unknown) => never {
  const redactor = new Redactor(
    CREDENTIAL_SECRET_FIELDS.map((field) => input[field]).filter((value): value is string => typeof value === "string"),
  );
  return (error) => {
    if (error instanceof Refusal) {
      for (const userError of error.userErrors) userError.message = redactor.redact(userError.message);
      throw error;
    }
    if (!(error instanceof GraphQLError)) throw error;
    const twilio = error.extensions.twilio as { moreInfo?: string | null } | undefined;
    const extensions = twilio?.moreInfo
      ? { ...error.extensions, twilio: { ...twilio, moreInfo: redactor.redact(twilio.moreInfo) } }
      : error.extensions;
    throw new GraphQLError(redactor.redact(error.message), { extensions });
  };
}

export async function createCredential(context: GraphQLContext, input: CreateCredentialInput): Promise<Outcome<CreateCredentialPayload>> {
  const created = await written(context, "CreateCredential", { path: {}, form: { Type: input.type, ...fields(input) } }).catch(
    scrubbed(input),
  );
  context.loaders.credential.prime(created);
  return { credential: credentialFromResource(created) };
}

export async function updateCredential(context: GraphQLContext, input: UpdateCredentialInput): Promise<Outcome<UpdateCredentialPayload>> {
  const updated = await written(
    context,
    "UpdateCredential",
    { path: { Sid: input.sid }, form: fields(input) },
    `No credential ${input.sid}`,
  ).catch(scrubbed(input));
  context.loaders.credential.prime(updated);
  return { credential: credentialFromResource(updated) };
}

export async function deleteCredential(context: GraphQLContext, input: DeleteCredentialInput): Promise<Outcome<DeleteCredentialPayload>> {
  await deleted(context, "DeleteCredential", { path: { Sid: input.sid } }, `No credential ${input.sid}`);
  context.loaders.credential.markGone([input.sid]);
  return { deletedCredentialSid: input.sid, deletedCredentialId: globalId("Credential", input.sid) };
}
