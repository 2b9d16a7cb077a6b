// How many upstream requests a field can cause, declared where the field is, for the static cost
// limit (server/cost-limit.ts). Connections (fields with `first`/`last`) need no declaration:
// their page walks are counted from their arguments.

import { Extensions } from "type-graphql";

export const UPSTREAM_COST = "upstreamCost";

export type UpstreamCost =
  /** A fixed number of requests (a fetch by SID, a mutation's calls). */
  | { requests: number }
  /** One request for each item of a list argument (`nodes(ids:)`). */
  | { perItemOf: string }
  /** A connection whose `last: N` is read from the list's newest end, not walked to (messages). */
  | { newestFirst: true };

/** The field makes up to `requests` upstream requests each time it resolves. */
export const Fetches = (requests = 1) => Extensions({ [UPSTREAM_COST]: { requests } satisfies UpstreamCost });

/** The field makes one upstream request per item of `argument`, and returns one object per item. */
export const FetchesEach = (argument: string) => Extensions({ [UPSTREAM_COST]: { perItemOf: argument } satisfies UpstreamCost });

/** The connection's `last: N` reads the newest N directly (Order=desc upstream) instead of walking to the end. */
export const ReadsNewestFirst = () => Extensions({ [UPSTREAM_COST]: { newestFirst: true } satisfies UpstreamCost });
