// The one way a mutation runs: the input's declared rules first (failures are userErrors, and no
// upstream call is made), then the family's service, then clientMutationId echoed. Resolvers stay
// one line; what a mutation does lives in its family's `<entity>.service.ts`.

import { validateInput } from "../errors/input.validation.js";
import type { UserError } from "../errors/user-error.type.js";

/** A payload without its clientMutationId: what a family's service returns. */
export type Outcome<P> = Omit<P, "clientMutationId">;

export async function runMutation<P extends { clientMutationId: string | null; userErrors: UserError[] }>(
  input: object & { clientMutationId?: string | null },
  /** The payload's fields when nothing was done (object null, deleted ids null). */
  nothing: Omit<Outcome<P>, "userErrors">,
  run: () => Promise<Outcome<P>>,
): Promise<P> {
  const clientMutationId = input.clientMutationId ?? null;
  const userErrors = await validateInput(input);
  const outcome = userErrors.length > 0 ? { ...nothing, userErrors } : await run();
  return { ...outcome, clientMutationId } as P;
}
