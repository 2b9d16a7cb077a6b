// The one way a mutation runs: the input's declared rules first (failures are userErrors, and no
// upstream call is made), then the family's service, then clientMutationId echoed (if within its bound). A service
// returns its payload's own fields, or throws a Refusal (mutation.write.ts) whose userErrors the
// payload carries beside its empty fields. Resolvers stay one line; what a mutation does lives in
// its family's `<entity>.service.ts`.

import { validateInput } from "../errors/input.validation.js";
import type { UserError } from "../errors/user-error.type.js";
import { Refusal } from "./mutation.write.js";

/** What a family's service returns: the payload's own fields (userErrors only beside a result, as a half-done create). */
export type Outcome<P> = Omit<P, "clientMutationId" | "userErrors"> & { userErrors?: UserError[] };

export async function runMutation<P extends { clientMutationId: string | null; userErrors: UserError[] }>(
  input: object & { clientMutationId?: string | null },
  /** The payload's fields when nothing was done (object null, deleted ids null). */
  nothing: Omit<P, "clientMutationId" | "userErrors">,
  run: () => Promise<Outcome<P>>,
): Promise<P> {
  const invalid = await validateInput(input);
  // One over its bound is a userError like any other, and not echoed back.
  const clientMutationId = invalid.some((e) => e.field?.join(".") === "input.clientMutationId") ? null : (input.clientMutationId ?? null);
  if (invalid.length > 0) return { ...nothing, userErrors: invalid, clientMutationId } as P;
  try {
    const outcome = await run();
    return { ...outcome, userErrors: outcome.userErrors ?? [], clientMutationId } as unknown as P;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    return { ...nothing, userErrors: error.userErrors, clientMutationId } as P;
  }
}
