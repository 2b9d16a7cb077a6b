// Upstream list paging. Twilio pages by `PageSize`/`Page`/`PageToken` and advertises the
// neighbouring pages as absolute URLs in `meta`. We keep only their query: the next request is
// always built from the configured base URL and the list path we know, so an upstream (or
// anything in between) that advertises another host is never followed.

import { ChatApiError } from "./errors.js";

/** Query params of one upstream page: `PageSize`, `Page`, `PageToken`. */
export interface PageQuery {
  [param: string]: string;
}

export interface ResourcePage<T> {
  items: T[];
  /** The query this page was requested with. */
  query: PageQuery;
  nextQuery: PageQuery | null;
  previousQuery: PageQuery | null;
}

/** The parameters that place a page; a list's filters (`Type`, `Identity`) are the caller's, sent anew each time. */
export const PAGE_POSITION_PARAMS: ReadonlySet<string> = new Set(["PageSize", "Page", "PageToken", "Order"]);

/**
 * The query of a `meta.next_page_url`/`previous_page_url`, or null when there is no such page.
 * The URL's path must be the list path that was requested (bare, or under the base URL's own
 * path prefix); anything else is a `bad_response`. Its origin is ignored, and so are its filters:
 * a repeated filter (`Type=public&Type=private`) does not fit a page query, and the caller sends
 * its own with every page.
 */
export function pageQueryFromUrl(url: string | null | undefined, acceptedPathnames: readonly string[], route: string): PageQuery | null {
  if (url === null || url === undefined || url === "") return null;
  let parsed: URL;
  try {
    parsed = new URL(url, "http://relative.invalid");
  } catch {
    throw badPaging(route, "a paging URL that does not parse");
  }
  if (!acceptedPathnames.includes(parsed.pathname)) {
    throw badPaging(route, "a paging URL for a different resource");
  }
  const query: PageQuery = {};
  for (const [key, value] of parsed.searchParams) if (PAGE_POSITION_PARAMS.has(key)) query[key] = value;
  return query;
}

function badPaging(route: string, what: string): ChatApiError {
  return new ChatApiError({ kind: "bad_response", route, message: `upstream sent ${what}` });
}
