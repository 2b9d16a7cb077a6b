import type { ListMeta } from "../twilio/resources.js";
import { badRequest, quoted } from "./errors.js";
import type { FormParams } from "./form.js";
import { parseInteger } from "./params.js";
import { isSid, type SidPrefix } from "./sid.js";

export const DEFAULT_PAGE_SIZE = 50;

/**
 * A keyset cursor in Twilio's own style: `PA<sid>` means "the items after this one",
 * `PB<sid>` "the items before this one". The anchor is resolved to the row's internal,
 * monotonically increasing id (through a tombstone if the row was deleted meanwhile), so
 * paging neither skips nor repeats items while others are created or deleted.
 */
export interface PageToken {
  direction: "after" | "before";
  anchorSid: string;
}

export interface PageRequest {
  pageSize: number;
  page: number;
  token: PageToken | null;
}

export function encodePageToken(token: PageToken): string {
  return (token.direction === "after" ? "PA" : "PB") + token.anchorSid;
}

export function decodePageToken(raw: string, anchorPrefix: SidPrefix): PageToken {
  const direction = raw.startsWith("PA") ? "after" : raw.startsWith("PB") ? "before" : null;
  const anchorSid = raw.slice(2);
  if (!direction || !isSid(anchorPrefix, anchorSid)) {
    throw badRequest(`Invalid PageToken ${quoted(raw)}`);
  }
  return { direction, anchorSid };
}

export function parsePageRequest(
  query: FormParams,
  maxPageSize: number,
  anchorPrefix: SidPrefix,
): PageRequest {
  const rawSize = query.get("PageSize");
  const rawPage = query.get("Page");
  const rawToken = query.get("PageToken");
  return {
    pageSize:
      rawSize === undefined ? DEFAULT_PAGE_SIZE : parseInteger(rawSize, "PageSize", 1, maxPageSize),
    // Page is only echoed back ("simply for client state" in the spec); the token positions.
    page: rawPage === undefined ? 0 : parseInteger(rawPage, "Page", 0, Number.MAX_SAFE_INTEGER),
    token: rawToken === undefined || rawToken === "" ? null : decodePageToken(rawToken, anchorPrefix),
  };
}

export interface PageResult {
  /** SIDs of the first and last item on the page, when there is one. */
  firstSid?: string;
  lastSid?: string;
  hasNext: boolean;
  hasPrevious: boolean;
}

export function buildMeta(
  listUrl: string,
  key: string,
  request: PageRequest,
  result: PageResult,
): ListMeta {
  const pageUrl = (page: number, token?: PageToken | null) =>
    `${listUrl}?PageSize=${request.pageSize}&Page=${page}` +
    (token ? `&PageToken=${encodePageToken(token)}` : "");
  return {
    first_page_url: pageUrl(0),
    key,
    next_page_url:
      result.hasNext && result.lastSid
        ? pageUrl(request.page + 1, { direction: "after", anchorSid: result.lastSid })
        : null,
    page: request.page,
    page_size: request.pageSize,
    previous_page_url:
      result.hasPrevious && result.firstSid
        ? pageUrl(Math.max(request.page - 1, 0), { direction: "before", anchorSid: result.firstSid })
        : null,
    url: pageUrl(request.page, request.token),
  };
}
