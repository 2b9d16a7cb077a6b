// A mutation's write upstream, and what its failure becomes. A refusal the caller can fix (a 400, a
// conflict, a Chat count limit) is thrown as a Refusal, which runMutation answers with the
// payload's empty fields and those userErrors; a 404 of the target (named by `missing`) is
// NOT_FOUND; anything else is the operation's top-level error. Services thus read top to bottom:
// write, then what the write leaves in the loaders, then the payload.

import type { CallArgs, ResultOf } from "../../chat-api/operation.call.js";
import type { OperationId } from "../../twilio/operation.js";
import type { GraphQLContext } from "../context.js";
import { userErrorsOrThrow } from "../errors/user-error.mapping.js";
import type { UserError } from "../errors/user-error.type.js";
import { formKeysOf } from "./form.values.js";

/** A mutation refused for a reason its caller can fix: its payload carries these userErrors. */
export class Refusal extends Error {
  override readonly name = "Refusal";

  // The message says nothing of the userErrors: theirs may quote what the caller sent (a credential's
  // secret, scrubbed afterwards in place), and a Refusal is not for logs.
  constructor(readonly userErrors: UserError[]) {
    super(`mutation refused with ${userErrors.length} userError(s)`);
  }
}

/** How `operation`'s upstream failure ends the mutation (see the top of this file). */
export function refusal(operation: OperationId, missing?: string): (error: unknown) => never {
  return (error) => {
    throw new Refusal(userErrorsOrThrow(error, missing, formKeysOf(operation)));
  };
}

/** Creates or updates one resource upstream; its answer, checked against the spec. */
export function written<Op extends OperationId>(
  context: GraphQLContext,
  operation: Op,
  args: CallArgs<Op>,
  missing?: string,
): Promise<ResultOf<Op>> {
  return context.client.one(operation, args).catch(refusal(operation, missing));
}

/** Deletes one resource upstream. */
export function deleted<Op extends OperationId>(
  context: GraphQLContext,
  operation: Op,
  args: CallArgs<Op>,
  missing?: string,
): Promise<void> {
  return context.client.none(operation, args).catch(refusal(operation, missing));
}
