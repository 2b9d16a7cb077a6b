// The run-time bounds on one operation's upstream work, independent of the static cost check:
// - a budget (CHATQL_MAX_UPSTREAM_CALLS, and CHATQL_MAX_UPSTREAM_BYTES of bodies read): every
//   attempt, retries included, takes one unit; past either the call is not sent and its field
//   fails with UPSTREAM_BUDGET_EXCEEDED while the rest of the response is still served.
//   Operations may share one (`CallBudget`): the executions of one event for all the
//   subscriptions of one token do;
// - credentials refused once are not tried again: after an upstream 401 the operation's other
//   fields fail at once (UNAUTHENTICATED);
// - credentials nobody has checked yet (a pass-through caller's, not seen to work recently) are
//   tried with one request first: the rest of the operation waits for its answer, so a wrong
//   secret costs one failed login upstream, not one per field.

import { ChatApiError } from "../chat-api/index.js";

/**
 * Upstream calls one operation, or a group of operations that share them, may make, and the bytes
 * of upstream bodies they may read (CHATQL_MAX_UPSTREAM_BYTES): once read, no further call is
 * sent (calls already under way finish).
 */
export class CallBudget {
  used = 0;
  bytes = 0;
  constructor(
    readonly max: number,
    readonly maxBytes = Infinity,
  ) {}

  /** Requests that may still be sent (none once the bytes are spent). */
  left(): number {
    return this.bytes >= this.maxBytes ? 0 : this.max - this.used;
  }
}

export class UpstreamGuard {
  private refused = false;
  /** Set while the first request of unproven credentials is out; the others wait for it. */
  private probe: { answered: Promise<void>; answer: () => void } | null = null;

  /**
   * `budget`: the operation's own, or one it shares; `unproven`: the credentials have not been seen
   * to work; `onProven`: called once they have (an answer other than 401/403).
   */
  constructor(
    private readonly budget: CallBudget,
    private unproven = false,
    private readonly onProven: () => void = () => {},
  ) {}

  /** The client's `admit` hook: throws instead of letting a call be sent; may first wait for the probe. */
  readonly admit = async (route: string): Promise<void> => {
    while (this.probe) await this.probe.answered;
    if (this.refused) {
      throw new ChatApiError({
        kind: "http",
        status: 401,
        route,
        message: "the upstream refused this operation's credentials; no further calls were made",
      });
    }
    const budget = this.budget;
    if (budget.used >= budget.max) {
      throw new ChatApiError({ kind: "budget", route, message: `this operation reached its limit of ${budget.max} upstream requests` });
    }
    if (budget.bytes >= budget.maxBytes) {
      const message = `this operation reached its limit of ${budget.maxBytes} bytes of upstream responses`;
      throw new ChatApiError({ kind: "budget", route, message });
    }
    budget.used += 1;
    if (this.unproven) {
      this.unproven = false;
      let answer: () => void = () => {};
      const answered = new Promise<void>((resolve) => (answer = resolve));
      this.probe = { answered, answer };
    }
  };

  /** Told every upstream status the operation receives, and the bytes of its body. */
  observe(status: number, bytes = 0): void {
    this.budget.bytes += bytes;
    if (status === 401) this.refused = true;
    else if (status !== 403 && this.probe) this.onProven();
  }

  /** An attempt ended, answered or not: the others need not wait any longer. */
  readonly settled = (): void => {
    const probe = this.probe;
    this.probe = null;
    probe?.answer();
  };
}
