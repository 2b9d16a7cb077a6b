import type { ListMeta } from "../../twilio/resources.js";
import { isSid, type SidPrefix } from "../../sids.js";
import type { KeysetList, Order, Position } from "../store/keyset.js";
import { badRequest, invalidParam, quoted } from "./errors.js";
import type { HandlerResult } from "./operation.js";

/** Twilio's page size when a list request gives none (not chatql's GraphQL default). */
export const TWILIO_DEFAULT_PAGE_SIZE = 50;

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

/** The paging parameters every list operation has, as the parameter reader parsed them. */
export interface PagingQuery {
  PageSize?: number;
  Page?: number;
  PageToken?: string;
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

export function pageRequest(query: PagingQuery, anchorPrefix: SidPrefix): PageRequest {
  return {
    pageSize: query.PageSize ?? TWILIO_DEFAULT_PAGE_SIZE,
    // Page is only echoed back ("simply for client state" in the spec); the token positions.
    page: query.Page ?? 0,
    token: query.PageToken === undefined || query.PageToken === "" ? null : decodePageToken(query.PageToken, anchorPrefix),
  };
}

export interface PageResult {
  /** SIDs of the first and last item on the page, when there is one. */
  firstSid?: string;
  lastSid?: string;
  hasNext: boolean;
  hasPrevious: boolean;
}

/** Query parameters that shaped a list (filters, order), carried into every meta URL. */
export type EchoedParams = ReadonlyArray<readonly [string, string | readonly string[] | undefined]>;

export function buildMeta(listUrl: string, key: string, request: PageRequest, result: PageResult, echo: EchoedParams = []): ListMeta {
  const shape = echo
    .flatMap(([name, value]) => (value === undefined ? [] : [value].flat().map((v) => `${name}=${encodeURIComponent(v)}&`)))
    .join("");
  const pageUrl = (page: number, token?: PageToken | null) =>
    `${listUrl}?${shape}PageSize=${request.pageSize}&Page=${page}` + (token ? `&PageToken=${encodePageToken(token)}` : "");
  return {
    first_page_url: pageUrl(0),
    key,
    next_page_url: result.hasNext && result.lastSid ? pageUrl(request.page + 1, { direction: "after", anchorSid: result.lastSid }) : null,
    page: request.page,
    page_size: request.pageSize,
    previous_page_url:
      result.hasPrevious && result.firstSid
        ? pageUrl(Math.max(request.page - 1, 0), { direction: "before", anchorSid: result.firstSid })
        : null,
    url: pageUrl(request.page, request.token),
  };
}

/** One list operation: which rows, how they render, and what the response calls them. */
export interface ListSpec<Row extends { id: number; sid: string }> {
  /** The list's key in the response body and in `meta.key`, e.g. "channels". */
  key: string;
  /** The list's absolute URL, without a query. */
  url: string;
  list: KeysetList<Row>;
  /** Values of the list's scope columns, e.g. [accountSid, serviceSid]. */
  scope: readonly string[];
  /** SID prefix of the rows, which page tokens are anchored on. */
  anchorPrefix: SidPrefix;
  /** One value set per filter column of the list; undefined leaves that column unfiltered. */
  filters?: ReadonlyArray<readonly string[] | undefined>;
  order?: Order;
  echo?: EchoedParams;
  render: (row: Row) => unknown;
}

/** A list response `{<key>: [...], meta}` for one keyset page. */
export function listPage<Row extends { id: number; sid: string }>(query: PagingQuery, spec: ListSpec<Row>): HandlerResult {
  const request = pageRequest(query, spec.anchorPrefix);
  let position: Position = { start: true };
  if (request.token) {
    const anchor = spec.list.anchor(spec.scope, request.token.anchorSid);
    if (anchor === undefined) throw invalidParam("PageToken", "unknown page anchor");
    position = request.token.direction === "after" ? { after: anchor } : { before: anchor };
  }
  const page = spec.list.page(spec.scope, position, request.pageSize, { order: spec.order, filters: spec.filters });
  const meta = buildMeta(
    spec.url,
    spec.key,
    request,
    {
      firstSid: page.rows[0]?.sid,
      lastSid: page.rows.at(-1)?.sid,
      hasNext: page.hasNext,
      hasPrevious: page.hasPrevious,
    },
    spec.echo,
  );
  return { status: 200, body: { [spec.key]: page.rows.map(spec.render), meta } };
}
