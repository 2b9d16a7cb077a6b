// Relay-style slicing over Twilio's list pages. The upstream only moves page by page (next/previous
// page queries), with pages of at most `maxPageSize`; this walks as few pages as needed to answer
// `first`/`after` or `last`/`before` and reports whether more items lie beyond either end.

import { decodeCursor, encodeCursor, type PageQuery } from "./cursor.js";

export interface UpstreamPage<T> {
  items: T[];
  query: PageQuery;
  nextQuery: PageQuery | null;
  previousQuery: PageQuery | null;
}

export interface PageSource<T> {
  fetchPage(query: PageQuery): Promise<UpstreamPage<T>>;
  sidOf(item: T): string;
  sidPattern: RegExp;
  maxPageSize: number;
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
  return request.direction === "forward" ? forward(source, request.count, request.after) : backward(source, request.count, request.before);
}

async function forward<T>(source: PageSource<T>, count: number, after: string | undefined): Promise<Slice<T>> {
  // One item beyond `count` tells whether there is a next page without another request.
  let page: UpstreamPage<T>;
  let start: number;
  let hasPreviousPage: boolean;
  if (after === undefined) {
    page = await source.fetchPage({ PageSize: String(Math.min(count + 1, source.maxPageSize)) });
    start = 0;
    hasPreviousPage = false;
  } else {
    const cursor = decodeCursor(after, source.sidPattern);
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
    page = await source.fetchPage(withPageSize(page.nextQuery, Math.min(count + 1 - collected.length, source.maxPageSize)));
    start = 0;
  }
  return { edges: collected.slice(0, count), hasNextPage: collected.length > count, hasPreviousPage };
}

async function backward<T>(source: PageSource<T>, count: number, before: string | undefined): Promise<Slice<T>> {
  let page: UpstreamPage<T>;
  if (before === undefined) {
    // Twilio has no "last page" link: walk to the end in the largest pages, keeping the tail.
    page = await source.fetchPage({ PageSize: String(source.maxPageSize) });
    let tail: Array<Positioned<T>> = positioned(source, page, 0, page.items.length);
    while (page.nextQuery !== null) {
      page = await source.fetchPage(withPageSize(page.nextQuery, source.maxPageSize));
      tail = tail.concat(positioned(source, page, 0, page.items.length)).slice(-(count + 1));
    }
    return { edges: tail.slice(-count), hasNextPage: false, hasPreviousPage: tail.length > count };
  }
  const cursor = decodeCursor(before, source.sidPattern);
  if (!cursor) throw new InvalidCursorError("before");
  page = await source.fetchPage(cursor.page);
  const found = page.items.findIndex((item) => source.sidOf(item) === cursor.sid);
  const end = found >= 0 ? found : Math.min(cursor.index, page.items.length);
  const hasNextPage = end < page.items.length || page.nextQuery !== null;
  let collected: Array<Positioned<T>> = positioned(source, page, 0, end);
  while (collected.length <= count && page.previousQuery !== null) {
    page = await source.fetchPage(withPageSize(page.previousQuery, Math.min(count + 1 - collected.length, source.maxPageSize)));
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
  return page.items.slice(from, to).map((node, offset) => ({
    node,
    cursor: encodeCursor({ page: page.query, index: from + offset, sid: source.sidOf(node) }),
  }));
}
