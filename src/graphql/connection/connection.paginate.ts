// Relay-style slicing over Twilio's list pages. The upstream only moves page by page (next/previous
// page queries), with pages of at most `maxPageSize`; this walks as few pages as needed to answer
// `first`/`after` or `last`/`before` and reports whether more items lie beyond either end.
//
// A connection is oldest first. A list the upstream can also read newest first (messages, with
// `Order=desc`) answers `last: N` from its newest end in ⌈(N+1)/maxPageSize⌉ pages instead of
// walking from the start; every page is seen "oldest first" whichever order it was read in (its
// items reversed, its next and previous links swapped), so cursors from either kind of page
// resume in both directions.
//
// Resuming re-reads the cursor's page and looks for its item. When the item is not there (it was
// deleted, or new items pushed it off a newest-first page), a list whose items carry their order
// (`orderOf`, messages: `index`) splits by the order key the cursor recorded, on that page and on
// every page walked beyond it; other lists split at the nearest of the item's old neighbours still
// on the page, and only when those are gone too at its old position.

import { ChatApiError } from "../../chat-api/index.js";
import { NEIGHBOURS, sidDigest, type Cursor, type CursorCodec, type PageQuery, type SealedPage } from "./cursor.codec.js";

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
  /** The query parameters that read this list newest first (e.g. `{ Order: "desc" }`), when it can be. */
  newestFirst?: PageQuery;
  /** The item's place in the list, growing toward newer items (messages: `index`), when items carry one (null: this item does not). */
  orderOf?(item: T): number | null | undefined;
}

export type SliceRequest =
  { direction: "forward"; count: number; after?: string } | { direction: "backward"; count: number; before?: string };

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
export function capped<T>(
  source: Pick<PageSource<T>, "fetchPage" | "walk">,
  route: string,
): (query: PageQuery) => Promise<UpstreamPage<T>> {
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

/** A page as a run of the list oldest first, with the links toward newer and older items. */
interface View<T> {
  page: UpstreamPage<T>;
  /** The page was read newest first. */
  reversed: boolean;
  newer: PageQuery | null;
  older: PageQuery | null;
}

function viewOf<T>(source: PageSource<T>, page: UpstreamPage<T>): View<T> {
  const order = source.newestFirst;
  const reversed = order !== undefined && Object.entries(order).every(([key, value]) => page.query[key] === value);
  return reversed
    ? { page, reversed, newer: page.previousQuery, older: page.nextQuery }
    : { page, reversed, newer: page.nextQuery, older: page.previousQuery };
}

/**
 * The page's items oldest first, each with its cursor (which records its place in the page as read).
 * A cursor is sealed and signed when it is first read, not before: most operations read none
 * (`nodes`) or one (`endCursor`), and signing every item of a 50-item page cost more CPU than the
 * rest of chatql's own work on it (issue #8's regression check in BENCHMARKS.md).
 */
function positioned<T>(source: PageSource<T>, view: View<T>, rawFrom = 0, rawTo = view.page.items.length): Array<Positioned<T>> {
  if (rawFrom >= rawTo) return [];
  const codec = source.walk.cursors;
  const all = view.page.items;
  let sealed: SealedPage | undefined; // once per page, shared by its cursors
  const seal = () => (sealed ??= codec.seal(view.page.query, source.scope));
  const digests: Array<string | undefined> = []; // each item's, once per page, when a neighbour's cursor needs it
  const digestsOf = (from: number, to: number) => {
    const found: string[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, all.length); i++) found.push((digests[i] ??= sidDigest(source.sidOf(all[i]!))));
    return found;
  };
  const cursorAt = (node: T, at: number) => () =>
    codec.encode(seal(), at, source.sidOf(node), source.orderOf?.(node), {
      before: digestsOf(at - NEIGHBOURS, at).reverse(),
      after: digestsOf(at + 1, at + 1 + NEIGHBOURS),
    });
  const items = all.slice(rawFrom, rawTo).map((node, offset) => new LazyCursor(node, cursorAt(node, rawFrom + offset)));
  return view.reversed ? items.reverse() : items;
}

/**
 * An item whose `cursor` is made by `make` on first read, then kept. A class, not an object literal
 * with a getter: V8 gives every such literal an accessor pair of its own in the old generation,
 * which holds `make` (and through it the whole page) alive past every scavenge until the next full
 * collection. With the getter on the prototype, a finished operation's page dies young.
 */
class LazyCursor<T> implements Positioned<T> {
  private made: string | undefined;
  constructor(
    readonly node: T,
    private readonly make: () => string,
  ) {}
  get cursor(): string {
    return (this.made ??= this.make());
  }
}

/** Which side of a cursor an item is on by the list's order key, when the list, the cursor and the item have one. */
type Side = "older" | "newer" | "same" | null;
function sideOf<T>(source: PageSource<T>, cursor: Cursor): ((item: T) => Side) | null {
  const { orderOf } = source;
  const at = cursor.order;
  if (!orderOf || at === undefined) return null;
  return (item) => {
    const order = orderOf(item);
    if (typeof order !== "number" || !Number.isFinite(order)) return null;
    return order < at ? "older" : order > at ? "newer" : "same";
  };
}

/** The items of a cursor's page older and newer than the cursor's item (oldest first). */
function around<T>(
  source: PageSource<T>,
  view: View<T>,
  cursor: Cursor,
): { found: boolean; older: Array<Positioned<T>>; newer: Array<Positioned<T>> } {
  const items = view.page.items;
  const found = items.findIndex((item) => source.sidOf(item) === cursor.sid);
  const side = sideOf(source, cursor);
  if (found < 0 && side && items.every((item) => side(item) !== null)) {
    // The item is gone from its page: its order key still tells older from newer.
    const all = positioned(source, view);
    return { found: false, older: all.filter((p) => side(p.node) === "older"), newer: all.filter((p) => side(p.node) === "newer") };
  }
  const [before, after] = found >= 0 ? [found, found + 1] : placeOf(source, items, cursor);
  const head = positioned(source, view, 0, before);
  const rest = positioned(source, view, after);
  return view.reversed ? { found: found >= 0, newer: head, older: rest } : { found: found >= 0, older: head, newer: rest };
}

/**
 * Where a deleted cursor item stood on its re-read page, as the items before it end and those after
 * it start: next to the nearest of its old neighbours still there, else at its old index (the items
 * after it moved up one place).
 */
function placeOf<T>(source: PageSource<T>, items: readonly T[], cursor: Cursor): [number, number] {
  const near = cursor.neighbours;
  if (near) {
    const digests = items.map((item) => sidDigest(source.sidOf(item)));
    for (let distance = 0; distance < NEIGHBOURS; distance++) {
      const next = near.after[distance] === undefined ? -1 : digests.indexOf(near.after[distance]!);
      if (next >= 0) return [next, next];
      const previous = near.before[distance] === undefined ? -1 : digests.indexOf(near.before[distance]!);
      if (previous >= 0) return [previous + 1, previous + 1];
    }
  }
  const at = Math.min(cursor.index, items.length);
  return [at, at];
}

/**
 * A page walked to beyond the cursor's, without what the order key puts at or behind the cursor's
 * item (still there when new items pushed it off its page); an item without an order key is kept.
 */
function past<T>(items: Array<Positioned<T>>, side: ((item: T) => Side) | null, toward: "older" | "newer"): Array<Positioned<T>> {
  if (!side) return items;
  return items.filter(({ node }) => {
    const at = side(node);
    return at === null || at === toward;
  });
}

/**
 * The query for the page a view links to. A newest-first page's links keep reading newest first,
 * whether or not the upstream's link repeated the order parameters.
 */
function follow<T>(source: PageSource<T>, view: View<T>, link: PageQuery, size: number): PageQuery {
  return withPageSize(view.reversed && source.newestFirst ? { ...link, ...source.newestFirst } : link, size);
}

async function forward<T>(source: PageSource<T>, count: number, after: string | undefined): Promise<Slice<T>> {
  // One item beyond `count` tells whether there is a next page without another request.
  let view: View<T>;
  let collected: Array<Positioned<T>>;
  let hasPreviousPage: boolean;
  /** Past the cursor's page, only what is newer than the cursor's item (by order key) still counts. */
  let beyond: ((item: T) => Side) | null = null;
  if (after === undefined) {
    view = viewOf(source, await source.fetchPage({ PageSize: String(Math.min(count + 1, source.walk.maxPageSize)) }));
    collected = positioned(source, view);
    hasPreviousPage = false;
  } else {
    const cursor = source.walk.cursors.decode(after, source.scope, source.sidPattern);
    if (!cursor) throw new InvalidCursorError("after");
    view = viewOf(source, await source.fetchPage(cursor.page));
    const split = around(source, view, cursor);
    collected = split.newer;
    // The cursor's own item, when it still exists, lies before the slice too.
    hasPreviousPage = split.found || split.older.length > 0 || view.older !== null;
    beyond = sideOf(source, cursor);
    if (beyond && view.reversed && !split.found && split.older.length === 0) {
      const gap = await behindNewestFirstPage(source, view, beyond, cursor.order!, count);
      collected = gap.items.concat(collected);
      hasPreviousPage = gap.hasOlder;
    }
  }
  while (collected.length <= count && view.newer !== null) {
    view = viewOf(
      source,
      await source.fetchPage(follow(source, view, view.newer, Math.min(count + 1 - collected.length, source.walk.maxPageSize))),
    );
    collected = collected.concat(past(positioned(source, view), beyond, "newer"));
  }
  return { edges: collected.slice(0, count), hasNextPage: collected.length > count, hasPreviousPage };
}

/**
 * The items between an `after` cursor's item and a newest-first page that no longer reaches back to
 * it (new items pushed it off, e.g. a thread read with `last: 20` and resumed forward after 30 more
 * were sent): they lie on the older pages. Walks them until it reaches the cursor's place, keeping
 * what is newer than the cursor, oldest first (at most `count + 1`: enough for the slice and
 * `hasNextPage`). Each page asks for no more than the order keys say can lie in between.
 */
async function behindNewestFirstPage<T>(
  source: PageSource<T>,
  view: View<T>,
  side: (item: T) => Side,
  cursorOrder: number,
  count: number,
): Promise<{ items: Array<Positioned<T>>; hasOlder: boolean }> {
  let items: Array<Positioned<T>> = [];
  let walked = view;
  while (walked.older !== null) {
    // Every item of the page last read is newer than the cursor (a page reaching it ends the walk).
    const oldest = oldestOrderOn(source, walked);
    const between = oldest === undefined ? Infinity : oldest - cursorOrder;
    // Nothing can lie between: the oldest item read follows the cursor's.
    if (between <= 1) return { items, hasOlder: true };
    // The items in between and one more, which reaches the cursor's place.
    walked = viewOf(source, await source.fetchPage(follow(source, walked, walked.older, Math.min(source.walk.maxPageSize, between))));
    const page = positioned(source, walked);
    items = past(page, side, "newer")
      .concat(items)
      .slice(0, count + 1);
    if (page.some(({ node }) => side(node) === "older" || side(node) === "same")) return { items, hasOlder: true };
  }
  return { items, hasOlder: false };
}

async function backward<T>(source: PageSource<T>, count: number, before: string | undefined): Promise<Slice<T>> {
  let view: View<T>;
  let collected: Array<Positioned<T>>;
  let hasNextPage: boolean;
  /** Past the cursor's page, only what is older than the cursor's item (by order key) still counts. */
  let beyond: ((item: T) => Side) | null = null;
  let cursorOrder: number | undefined;
  if (before === undefined && source.newestFirst) {
    view = viewOf(
      source,
      await source.fetchPage({ ...source.newestFirst, PageSize: String(Math.min(count + 1, source.walk.maxPageSize)) }),
    );
    collected = positioned(source, view);
    hasNextPage = false;
  } else if (before === undefined) {
    // Twilio has no "last page" link: walk to the end in the largest pages, keeping the tail.
    view = viewOf(source, await source.fetchPage({ PageSize: String(source.walk.maxPageSize) }));
    let tail = positioned(source, view);
    while (view.newer !== null) {
      view = viewOf(source, await source.fetchPage(follow(source, view, view.newer, source.walk.maxPageSize)));
      tail = tail.concat(positioned(source, view)).slice(-(count + 1));
    }
    return { edges: tail.slice(-count), hasNextPage: false, hasPreviousPage: tail.length > count };
  } else {
    const cursor = source.walk.cursors.decode(before, source.scope, source.sidPattern);
    if (!cursor) throw new InvalidCursorError("before");
    view = viewOf(source, await source.fetchPage(cursor.page));
    const split = around(source, view, cursor);
    collected = split.older;
    hasNextPage = split.found || split.newer.length > 0 || view.newer !== null;
    beyond = sideOf(source, cursor);
    cursorOrder = cursor.order;
  }
  while (collected.length <= count && view.older !== null) {
    // Until the walk reaches the cursor's place, what is newer than the cursor is passed over too.
    const passing = collected.length === 0 && cursorOrder !== undefined ? newerStill(source, view, cursorOrder) : 0;
    const size = Math.min(count + 1 - collected.length + passing, source.walk.maxPageSize);
    view = viewOf(source, await source.fetchPage(follow(source, view, view.older, size)));
    collected = past(positioned(source, view), beyond, "older").concat(collected);
  }
  return { edges: collected.slice(-count), hasNextPage, hasPreviousPage: collected.length > count };
}

/**
 * How many items at or newer than a cursor can still lie older than a page: the order keys from the
 * cursor's to the page's oldest (a thread read with `last: 1` and resumed backward after 120 more
 * were sent passes over them in large pages, not in pages of two).
 */
function newerStill<T>(source: PageSource<T>, view: View<T>, cursorOrder: number): number {
  const oldest = oldestOrderOn(source, view);
  // The cursor's own item counts too: still there when newer ones pushed it off its page, and read (then dropped) before what is older.
  return oldest === undefined ? 0 : Math.max(0, oldest - cursorOrder);
}

/** The smallest order key on a page, when its items carry one. */
function oldestOrderOn<T>(source: PageSource<T>, view: View<T>): number | undefined {
  let oldest = Infinity;
  for (const item of view.page.items) {
    const order = source.orderOf?.(item);
    if (typeof order === "number" && Number.isFinite(order)) oldest = Math.min(oldest, order);
  }
  return Number.isFinite(oldest) ? oldest : undefined;
}

// Page size is free to change between requests: Twilio's PageToken carries the position, and
// `Page` is only client state. Asking for just what is still missing keeps pages small.
function withPageSize(query: PageQuery, size: number): PageQuery {
  return { ...query, PageSize: String(size) };
}
