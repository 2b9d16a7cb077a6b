// The run-time bound on one operation's upstream work (CHATQL_MAX_UPSTREAM_CALLS), independent of
// the static cost check: every attempt, retries included, takes one unit; past the budget the call
// is not sent and its field fails with UPSTREAM_BUDGET_EXCEEDED while the rest of the response is
// still served.

import { ChatApiError } from "../chat-api/index.js";

/** An `admit` hook for one operation's client: throws once `max` requests have been admitted. */
export function upstreamBudget(max: number): (route: string) => void {
  let used = 0;
  return (route) => {
    if (used >= max) {
      throw new ChatApiError({ kind: "budget", route, message: `this operation reached its limit of ${max} upstream requests` });
    }
    used += 1;
  };
}
