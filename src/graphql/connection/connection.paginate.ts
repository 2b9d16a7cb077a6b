// Relay-style slicing over Twilio's list pages. The upstream only moves page by page (next/previous
// page queries), with pages of at most `maxPageSize`; this walks as few pages as needed to answer
// `first`/`after` or `last`/`before` and reports whether more items lie beyond either end.

import { ChatApiError } from "../../chat-api/index.js";
import type { CursorCodec, PageQuery } from "./cursor.codec.js";

export interface UpstreamPage<T> {
  items: T[];
  query: PageQuery;
  nextQuery: PageQuery | null;
  previousQuery: PageQuery | null;
}

/** How every list walk of an operation is bounded and its cursors made. */
export interface WalkOptions {
  /** Largest PageSize to ask the upstream for. */
  maxPageSize: number;
  /** Pages one walk may read (CHATQL_MAX_LIST_PAGES); past it the walk fails with a `budget` error. */
  maxPages: number;
  cursors: CursorCodec;
}

export interface PageSource<T> {
  fetchPage(query: PageQuery): Promise<UpstreamPage<T>>;
  sidOf(item: T): string;
  sidPattern: RegExp;
  /** Which list this is (e.g. one service's roles): a cursor of another list is refused. */
  scope: string;
  walk: WalkOptions;
}

export type SliceRequest =
  | { direction: "forward"; count: number; after?: string }
  | { direction: "backward"; count: number; before?: string };

export interface Slice<T> {
  edges: Array<{ node: T; cursor: string }>;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export class InvalidCursorError extends Error {
  constructor(readonly argument: "after" | "before") {
    super(`"${argument}" is not a cursor of this connection`);
  }
}

interface Positioned<T> {
  node: T;
  cursor: string;
}

export async function paginate<T>(source: PageSource<T>, request: SliceRequest): Promise<Slice<T>> {
  const walker = { ...source, fetchPage: capped(source, "GET list page") };
  return request.direction === "forward" ? forward(walker, request.count, request.after) : backward(walker, request.count, request.before);
}

/**
 * `fetchPage`, refusing to read more than `walk.maxPages` pages: an upstream that always has a
 * next page (broken or hostile) cannot keep a walk going.
 */
export function capped<T>(source: Pick<PageSource<T>, "fetchPage" | "walk">, route: string): (query: PageQuery) => Promise<UpstreamPage<T>> {
  let pages = 0;
  return (query) => {
    if (++pages > source.walk.maxPages) {
      return Promise.reject(
        new ChatApiError({ kind: "budget", route, message: `the list walk reached its limit of ${source.walk.maxPages} upstream pages` }),
      );
    }
    return source.fetchPage(query);
  };
}

async function forward<T>(source: PageSource<T>, count: number, after: string | undefined): Promise<Slice<T>> {
  // One item beyond `count` tells whether there is a next page without another request.
  let page: UpstreamPage<T>;
  let start: number;
  let hasPreviousPage: boolean;
  if (after === undefined) {
    page = await source.fetchPage({ PageSize: String(Math.min(count + 1, source.walk.maxPageSize)) });
    start = 0;
    hasPreviousPage = false;
  } else {
    const cursor = source.walk.cursors.decode(after, source.scope, source.sidPattern);
    if (!cursor) throw new InvalidCursorError("after");
    page = await source.fetchPage(cursor.page);
    const found = page.items.findIndex((item) => source.sidOf(item) === cursor.sid);
    // A deleted cursor item: the items after it moved up one place, to its old index.
    start = found >= 0 ? found + 1 : Math.min(cursor.index, page.items.length);
    hasPreviousPage = start > 0 || page.previousQuery !== null;
  }
  const collected: Array<Positioned<T>> = [];
  for (;;) {
    collected.push(...positioned(source, page, start, page.items.length));
    if (collected.length > count || page.nextQuery === null) break;
    page = await source.fetchPage(withPageSize(page.nextQuery, Math.min(count + 1 - collected.length, source.walk.maxPageSize)));
    start = 0;
  }
  return { edges: collected.slice(0, count), hasNextPage: collected.length > count, hasPreviousPage };
}

async function backward<T>(source: PageSource<T>, count: number, before: string | undefined): Promise<Slice<T>> {
  let page: UpstreamPage<T>;
  if (before === undefined) {
    // Twilio has no "last page" link: walk to the end in the largest pages, keeping the tail.
    page = await source.fetchPage({ PageSize: String(source.walk.maxPageSize) });
    let tail: Array<Positioned<T>> = positioned(source, page, 0, page.items.length);
    while (page.nextQuery !== null) {
      page = await source.fetchPage(withPageSize(page.nextQuery, source.walk.maxPageSize));
      tail = tail.concat(positioned(source, page, 0, page.items.length)).slice(-(count + 1));
    }
    return { edges: tail.slice(-count), hasNextPage: false, hasPreviousPage: tail.length > count };
  }
  const cursor = source.walk.cursors.decode(before, source.scope, source.sidPattern);
  if (!cursor) throw new InvalidCursorError("before");
  page = await source.fetchPage(cursor.page);
  const found = page.items.findIndex((item) => source.sidOf(item) === cursor.sid);
  const end = found >= 0 ? found : Math.min(cursor.index, page.items.length);
  const hasNextPage = end < page.items.length || page.nextQuery !== null;
  let collected: Array<Positioned<T>> = positioned(source, page, 0, end);
  while (collected.length <= count && page.previousQuery !== null) {
    page = await source.fetchPage(withPageSize(page.previousQuery, Math.min(count + 1 - collected.length, source.walk.maxPageSize)));
    collected = positioned(source, page, 0, page.items.length).concat(collected);
  }
  return { edges: collected.slice(-count), hasNextPage, hasPreviousPage: collected.length > count };
}

// Page size is free to change between requests: Twilio's PageToken carries the position, and
// `Page` is only client state. Asking for just what is still missing keeps pages small.
function withPageSize(query: PageQuery, size: number): PageQuery {
  return { ...query, PageSize: String(size) };
}

function positioned<T>(source: PageSource<T>, page: UpstreamPage<T>, from: number, to: number): Array<Positioned<T>> {
  if (from >= to) return [];
  const sealed = source.walk.cursors.seal(page.query, source.scope); // once per page, shared by its cursors
  return page.items.slice(from, to).map((node, offset) => ({ node, cursor: source.walk.cursors.encode(sealed, from + offset, source.sidOf(node)) }));
}
