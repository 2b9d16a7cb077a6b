// What the Binding mutation does upstream: delete (bindings are made by Twilio's client SDKs, not
// by the REST API), and what it leaves in this request's loaders.

import type { GraphQLContext } from "../context.js";
import { userErrorsOrThrow } from "../errors/user-error.mapping.js";
import type { Outcome } from "../mutation/mutation.run.js";
import { globalId } from "../node/global-id.codec.js";
import type { DeleteBindingInput } from "./binding.input.js";
import type { DeleteBindingPayload } from "./binding.payload.js";
import { formKeysOf } from "../mutation/form.values.js";

export async function deleteBinding(context: GraphQLContext, input: DeleteBindingInput): Promise<Outcome<DeleteBindingPayload>> {
  try {
    await context.client.none("DeleteBinding", { path: { ServiceSid: input.serviceSid, Sid: input.sid } });
  } catch (error) {
    return {
      deletedBindingSid: null,
      deletedBindingId: null,
      userErrors: userErrorsOrThrow(error, `No binding ${input.sid} in service ${input.serviceSid}`, formKeysOf("DeleteBinding")),
    };
  }
  context.loaders.binding.markGone([input.serviceSid, input.sid]);
  return { userErrors: [], deletedBindingSid: input.sid, deletedBindingId: globalId("Binding", input.serviceSid, input.sid) };
}
