// What the Binding mutation does upstream: delete (bindings are made by Twilio's client SDKs, not
// by the REST API), and what it leaves in this request's loaders.

import type { GraphQLContext } from "../context.js";
import type { Outcome } from "../mutation/mutation.run.js";
import { deleted } from "../mutation/mutation.write.js";
import { globalId } from "../node/global-id.codec.js";
import type { DeleteBindingInput } from "./binding.input.js";
import type { DeleteBindingPayload } from "./binding.payload.js";

export async function deleteBinding(context: GraphQLContext, input: DeleteBindingInput): Promise<Outcome<DeleteBindingPayload>> {
  await deleted(
    context,
    "DeleteBinding",
    { path: { ServiceSid: input.serviceSid, Sid: input.sid } },
    `No binding ${input.sid} in service ${input.serviceSid}`,
  );
  context.loaders.binding.markGone([input.serviceSid, input.sid]);
  return { deletedBindingSid: input.sid, deletedBindingId: globalId("Binding", input.serviceSid, input.sid) };
}
