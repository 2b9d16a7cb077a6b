import { describe, expect, it, vi } from "vitest";
import { ChatApiError } from "../../chat-api/index.js";
import { InvalidCursorError, paginate, type PageSource, type UpstreamPage } from "./connection.paginate.js";
import { toConnection } from "./connection.type.js";
import { CursorCodec, type PageQuery } from "./cursor.codec.js";

const sidPattern = /^IS[0-9a-f]{32}$/;
const sidOf = (n: number) => "IS" + n.toString(16).padStart(32, "0");

const numberOf = (sid: string) => parseInt(sid.slice(2), 16);

interface ListOptions {
  /** Items carry their order (as messages carry `index`): the source has `orderOf`. */
  orderKey?: boolean;
  /** The upstream's page links leave out `Order` (the source must carry it forward itself). */
  linksDropOrder?: boolean;
}

/** An in-memory list paged the way Twilio pages: keyset tokens "PA<sid>" (after) and "PB<sid>" (before). */
function keysetList(count: number, maxPageSize: number, maxPages = 50, newestFirst = false, options: ListOptions = {}) {
  const items = Array.from({ length: count }, (_, i) => sidOf(i + 1));
  const requests: PageQuery[] = [];
  const source: PageSource<string> = {
    sidOf: (sid) => sid,
    sidPattern,
    scope: "items",
    walk: { maxPageSize, maxPages, cursors: new CursorCodec(null, maxPageSize) },
    ...(newestFirst ? { newestFirst: { Order: "desc" } } : {}),
    ...(options.orderKey ? { orderOf: numberOf } : {}),
    async fetchPage(query): Promise<UpstreamPage<string>> {
      requests.push(query);
      const size = Number(query.PageSize ?? 50);
      expect(size).toBeLessThanOrEqual(maxPageSize);
      // Read in the order asked for; PA<sid> / PB<sid> are "after" / "before" in that order.
      const ordered = query.Order === "desc" ? [...items].reverse() : items;
      const token = query.PageToken ?? "";
      const position = (sid: string) =>
        ordered.indexOf(sid) >= 0 ? ordered.indexOf(sid) : ordered.filter((s) => (query.Order === "desc" ? s > sid : s < sid)).length;
      let page: string[];
      if (token.startsWith("PB")) {
        const end = position(token.slice(2));
        page = ordered.slice(Math.max(0, end - size), end);
      } else {
        const start = token.startsWith("PA") ? position(token.slice(2)) + (ordered.includes(token.slice(2)) ? 1 : 0) : 0;
        page = ordered.slice(start, start + size);
      }
      const first = page[0];
      const last = page[page.length - 1];
      const extra: PageQuery = query.Order && !options.linksDropOrder ? { Order: query.Order } : {};
      return {
        items: page,
        query,
        nextQuery: last && position(last) + 1 < ordered.length ? { ...extra, PageSize: String(size), PageToken: `PA${last}` } : null,
        previousQuery: first && position(first) > 0 ? { ...extra, PageSize: String(size), PageToken: `PB${first}` } : null,
      };
    },
  };
  return { items, requests, source };
}

async function walkForward(source: PageSource<string>, first: number) {
  const seen: string[] = [];
  const pageInfos: Array<[boolean, boolean]> = [];
  let after: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const slice = await paginate(source, { direction: "forward", count: first, after });
    seen.push(...slice.edges.map((e) => e.node));
    pageInfos.push([slice.hasPreviousPage, slice.hasNextPage]);
    if (!slice.hasNextPage) break;
    after = slice.edges.at(-1)!.cursor;
  }
  return { seen, pageInfos };
}

async function walkBackward(source: PageSource<string>, last: number) {
  const seen: string[] = [];
  const pageInfos: Array<[boolean, boolean]> = [];
  let before: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const slice = await paginate(source, { direction: "backward", count: last, before });
    seen.unshift(...slice.edges.map((e) => e.node));
    pageInfos.push([slice.hasPreviousPage, slice.hasNextPage]);
    if (!slice.hasPreviousPage) break;
    before = slice.edges[0]!.cursor;
  }
  return { seen, pageInfos };
}

describe("paginate", () => {
  it.each([
    // total, page size, maxPageSize
    [0, 7, 100],
    [1, 7, 100],
    [7, 7, 100],
    [8, 7, 100],
    [250, 7, 100],
    [250, 7, 10],
    [250, 1000, 100],
    [250, 1, 3],
  ])("walks %i items forward and backward in slices of %i (upstream pages ≤ %i)", async (total, size, max) => {
    const { items, source } = keysetList(total, max, 1000);

    const fwd = await walkForward(source, size);
    expect(fwd.seen).toEqual(items);
    expect(fwd.pageInfos[0]![0]).toBe(false);
    expect(fwd.pageInfos.at(-1)![1]).toBe(false);
    expect(fwd.pageInfos.slice(1).every(([hasPrevious]) => hasPrevious)).toBe(true);
    expect(fwd.pageInfos.slice(0, -1).every(([, hasNext]) => hasNext)).toBe(true);

    const bwd = await walkBackward(source, size);
    expect(bwd.seen).toEqual(items);
    expect(bwd.pageInfos[0]![1]).toBe(false);
    expect(bwd.pageInfos.at(-1)![0]).toBe(false);
    expect(bwd.pageInfos.slice(1).every(([, hasNext]) => hasNext)).toBe(true);
  });

  it("asks for one item more than requested and never more than the upstream's maximum", async () => {
    const { requests, source } = keysetList(500, 100);
    await paginate(source, { direction: "forward", count: 7 });
    expect(requests).toEqual([{ PageSize: "8" }]);
    requests.length = 0;
    const slice = await paginate(source, { direction: "forward", count: 250 });
    expect(slice.edges).toHaveLength(250);
    expect(requests.map((q) => q.PageSize)).toEqual(["100", "100", "51"]);
  });

  it("resumes after a cursor whose item was deleted", async () => {
    const { items, source } = keysetList(20, 100);
    const firstSlice = await paginate(source, { direction: "forward", count: 5 });
    const deleted = items.splice(4, 1)[0];
    expect(firstSlice.edges.at(-1)!.node).toBe(deleted);
    const next = await paginate(source, { direction: "forward", count: 5, after: firstSlice.edges.at(-1)!.cursor });
    expect(next.edges.map((e) => e.node)).toEqual(items.slice(4, 9));
  });

  it.each(["after", "before"] as const)("rejects a tampered %s cursor", async (argument) => {
    const { source } = keysetList(3, 100);
    const request =
      argument === "after"
        ? ({ direction: "forward", count: 1, after: "bm9wZQ" } as const)
        : ({ direction: "backward", count: 1, before: "bm9wZQ" } as const);
    await expect(paginate(source, request)).rejects.toEqual(new InvalidCursorError(argument));
  });

  it.each(["after", "before"] as const)("rejects a %s cursor signed by another key", async (argument) => {
    const { source } = keysetList(10, 100);
    const other = new CursorCodec("another-process-key-0123456789abcdef", 100);
    const foreign = other.encode(other.seal({ PageSize: "3" }, "items"), 0, sidOf(1));
    const request =
      argument === "after"
        ? ({ direction: "forward", count: 1, after: foreign } as const)
        : ({ direction: "backward", count: 1, before: foreign } as const);
    await expect(paginate(source, request)).rejects.toEqual(new InvalidCursorError(argument));
  });
});

describe("page cap (CHATQL_MAX_LIST_PAGES)", () => {
  /** An upstream that always advertises a next (and previous) page, with nothing on it. */
  function endless(maxPages: number) {
    const requests: PageQuery[] = [];
    const source: PageSource<string> = {
      sidOf: (sid) => sid,
      sidPattern,
      scope: "items",
      walk: { maxPageSize: 10, maxPages, cursors: new CursorCodec(null, 10) },
      async fetchPage(query) {
        requests.push(query);
        return { items: [], query, nextQuery: { PageToken: `PA${requests.length}` }, previousQuery: { PageToken: `PB${requests.length}` } };
      },
    };
    return { requests, source };
  }

  it.each([
    ["forward", { direction: "forward", count: 5 }],
    ["backward to the end", { direction: "backward", count: 5 }],
  ] as const)("stops a %s walk at the cap with a budget error", async (_name, request) => {
    const { requests, source } = endless(7);
    const error = await paginate(source, request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChatApiError);
    expect((error as ChatApiError).kind).toBe("budget");
    expect((error as ChatApiError).message).toMatch(/limit of 7 upstream pages/);
    expect(requests).toHaveLength(7);
  });

  it("lets a walk of exactly the cap finish", async () => {
    const { items, requests, source } = keysetList(40, 10, 4);
    const slice = await paginate(source, { direction: "forward", count: 40 });
    expect(slice.edges.map((edge) => edge.node)).toEqual(items);
    expect(requests).toHaveLength(4);
    // One item more needs a fifth page (to learn whether there is a next one): over the cap.
    await expect(paginate(keysetList(41, 10, 4).source, { direction: "forward", count: 40 })).rejects.toBeInstanceOf(ChatApiError);
  });
});

describe("a list that can be read newest first (messages: Order=desc)", () => {
  it("answers last: N from the newest end, in one page of N+1", async () => {
    const { items, requests, source } = keysetList(500, 100, 50, true);
    const slice = await paginate(source, { direction: "backward", count: 7 });
    expect(slice.edges.map((edge) => edge.node)).toEqual(items.slice(-7));
    expect(slice).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(requests).toEqual([{ Order: "desc", PageSize: "8" }]);
  });

  it.each([
    [30, 4, 10],
    [31, 7, 5],
    [12, 12, 100],
    [12, 13, 100],
  ])("walks %i items backward in slices of %i and forward again from its cursors (pages ≤ %i)", async (total, size, max) => {
    const { items, source } = keysetList(total, max, 1000, true);
    const bwd = await walkBackward(source, size);
    expect(bwd.seen).toEqual(items);
    // The oldest slice came from newest-first pages; paging forward from its first cursor sees the rest in order.
    const oldest = await paginate(source, { direction: "backward", count: size, before: undefined });
    let after = (await paginate(source, { direction: "forward", count: 1 })).edges[0]!.cursor;
    const seen = [items[0]];
    for (let guard = 0; guard < 1000; guard++) {
      const slice = await paginate(source, { direction: "forward", count: size, after });
      seen.push(...slice.edges.map((edge) => edge.node));
      if (!slice.hasNextPage) break;
      after = slice.edges.at(-1)!.cursor;
    }
    expect(seen).toEqual(items);
    expect(oldest.edges.map((edge) => edge.node)).toEqual(items.slice(-size));
  });

  it("resumes forward (newer) from a cursor read newest first", async () => {
    const { items, source } = keysetList(40, 10, 50, true);
    const newest = await paginate(source, { direction: "backward", count: 15 });
    const from = newest.edges[2]!; // read from a newest-first page
    const next = await paginate(source, { direction: "forward", count: 4, after: from.cursor });
    const at = items.indexOf(from.node);
    expect(next.edges.map((edge) => edge.node)).toEqual(items.slice(at + 1, at + 5));
    expect(next.hasPreviousPage).toBe(true);
  });
});

describe("cursors are made when read", () => {
  it("signs no cursor for `nodes`, one for `endCursor`, and the cursor read resumes the list", async () => {
    const { source } = keysetList(120, 50);
    const encode = vi.spyOn(source.walk.cursors, "encode");
    const seal = vi.spyOn(source.walk.cursors, "seal");
    const connection = toConnection(await paginate(source, { direction: "forward", count: 50 }), (sid) => sid);
    expect(connection.nodes).toHaveLength(50);
    expect(encode).not.toHaveBeenCalled();
    expect(seal).not.toHaveBeenCalled();
    const end = connection.pageInfo.endCursor;
    expect(connection.edges.at(-1)?.cursor).toBe(end);
    expect(encode).toHaveBeenCalledTimes(1);
    const next = await paginate(source, { direction: "forward", count: 50, after: end ?? undefined });
    expect(next.edges[0]?.node).toBe(sidOf(51));
    // The cursors of one page share its sealed page query.
    expect(connection.edges[0]?.cursor).not.toBe(end);
    expect(seal).toHaveBeenCalledTimes(1);
  });

  it("keeps every lazy getter on a prototype: no edge, page info or item of a page has one of its own", async () => {
    // V8 builds an object literal with a getter in dictionary mode, its accessor pair in the old
    // generation, which keeps the getter's closure (the whole upstream page) alive past every
    // scavenge: at c=1 that tripled chatql's GC time on services(first: 50) (bench/findings.md).
    const { source } = keysetList(60, 50);
    const slice = await paginate(source, { direction: "forward", count: 50 });
    const connection = toConnection(slice, (sid) => sid);
    const ownGetters = (object: object) =>
      Object.entries(Object.getOwnPropertyDescriptors(object))
        .filter(([, descriptor]) => descriptor.get)
        .map(([name]) => name);
    for (const object of [...slice.edges, ...connection.edges, connection.pageInfo]) expect(ownGetters(object)).toEqual([]);
    expect(connection.edges[0]?.cursor).toBe(slice.edges[0]?.cursor);
    expect(connection.pageInfo.startCursor).toBe(slice.edges[0]?.cursor);
  });
});

describe("resuming when the cursor's item is gone from its page", () => {
  type Step = { direction: "forward" | "backward"; count: number; from?: "start" | "end" };
  interface Scenario {
    total: number;
    max: number;
    newestFirst: boolean;
    options: ListOptions;
    /** Slices read before the change, each from a cursor of the one before (its start or end). */
    steps: Step[];
    /** Items deleted (by number) and how many new ones are appended, between the reads. */
    change: { remove?: number[]; add?: number };
    /** The slice read after the change, from a cursor of the last step's slice. */
    then: Step;
    expected: number[];
  }
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const messages = { newestFirst: true, options: { orderKey: true } };

  it.each<[string, Scenario]>([
    [
      "before the start of last: 5, its item deleted and 3 newer sent",
      {
        total: 30,
        max: 100,
        ...messages,
        steps: [{ direction: "backward", count: 5 }],
        change: { remove: [26], add: 3 },
        then: { direction: "backward", count: 5, from: "start" },
        expected: range(21, 25),
      },
    ],
    [
      "before the start of last: 5, pushed off its newest-first page by 10 newer (not deleted)",
      {
        total: 30,
        max: 100,
        ...messages,
        steps: [{ direction: "backward", count: 5 }],
        change: { add: 10 },
        then: { direction: "backward", count: 5, from: "start" },
        expected: range(21, 25),
      },
    ],
    [
      "before the start of last: 5, its item deleted, nothing newer (the position still fits)",
      {
        total: 30,
        max: 100,
        ...messages,
        steps: [{ direction: "backward", count: 5 }],
        change: { remove: [26] },
        then: { direction: "backward", count: 5, from: "start" },
        expected: range(21, 25),
      },
    ],
    [
      "after the end of last: 5, its item deleted and 2 newer sent",
      {
        total: 30,
        max: 100,
        ...messages,
        steps: [{ direction: "backward", count: 5 }],
        change: { remove: [30], add: 2 },
        then: { direction: "forward", count: 5, from: "end" },
        expected: [31, 32],
      },
    ],
    [
      "before a cursor of an older newest-first page, deleted, with 5 newer sent",
      {
        total: 40,
        max: 10,
        ...messages,
        steps: [{ direction: "backward", count: 15 }],
        change: { remove: [26], add: 5 },
        then: { direction: "backward", count: 5, from: "start" },
        expected: range(21, 25),
      },
    ],
    [
      "before a cursor of an oldest-first page read backwards (PB…), deleted",
      {
        total: 20,
        max: 5,
        newestFirst: false,
        options: { orderKey: true },
        steps: [
          { direction: "backward", count: 3 },
          { direction: "backward", count: 8, from: "start" },
        ],
        change: { remove: [10] },
        then: { direction: "backward", count: 3, from: "start" },
        expected: [7, 8, 9],
      },
    ],
    [
      "after a cursor of an oldest-first page, deleted, with 4 newer appended",
      {
        total: 20,
        max: 5,
        ...messages,
        steps: [{ direction: "forward", count: 6 }],
        change: { remove: [6], add: 4 },
        then: { direction: "forward", count: 4, from: "end" },
        expected: [7, 8, 9, 10],
      },
    ],
    [
      "after the end of last: 5, with 20 newer sent (between it and the newest page)",
      {
        total: 15,
        max: 100,
        ...messages,
        steps: [{ direction: "backward", count: 5 }],
        change: { add: 20 },
        then: { direction: "forward", count: 3, from: "end" },
        expected: [16, 17, 18],
      },
    ],
    [
      "after the end of last: 5, its item deleted and 25 newer sent, over pages of 10",
      {
        total: 15,
        max: 10,
        ...messages,
        steps: [{ direction: "backward", count: 5 }],
        change: { remove: [15], add: 25 },
        then: { direction: "forward", count: 50, from: "end" },
        expected: range(16, 40),
      },
    ],
    [
      "after a cursor whose item and an item before it were deleted (a list without order keys)",
      {
        total: 6,
        max: 100,
        newestFirst: false,
        options: {},
        steps: [{ direction: "forward", count: 3 }],
        change: { remove: [2, 3] },
        then: { direction: "forward", count: 2, from: "end" },
        expected: [4, 5],
      },
    ],
    [
      "after a cursor whose item and the item after it were deleted (the neighbour before it marks the place)",
      {
        total: 10,
        max: 100,
        newestFirst: false,
        options: {},
        steps: [{ direction: "forward", count: 5 }],
        change: { remove: [5, 6, 2] },
        then: { direction: "forward", count: 3, from: "end" },
        expected: [7, 8, 9],
      },
    ],
    [
      "before a cursor whose item and the item before it were deleted (a list without order keys)",
      {
        total: 12,
        max: 100,
        newestFirst: false,
        options: {},
        steps: [{ direction: "backward", count: 5 }],
        change: { remove: [7, 8] },
        then: { direction: "backward", count: 3, from: "start" },
        expected: [4, 5, 6],
      },
    ],
    [
      "last: 25 over pages of 10 whose links leave out Order",
      {
        total: 30,
        max: 10,
        newestFirst: true,
        options: { orderKey: true, linksDropOrder: true },
        steps: [],
        change: {},
        then: { direction: "backward", count: 25 },
        expected: range(6, 30),
      },
    ],
    [
      "forward from a newest-first page whose links leave out Order",
      {
        total: 40,
        max: 10,
        newestFirst: true,
        options: { orderKey: true, linksDropOrder: true },
        steps: [{ direction: "backward", count: 15 }],
        change: {},
        then: { direction: "forward", count: 10, from: "start" },
        expected: range(27, 36),
      },
    ],
  ])("%s", async (_name, scenario) => {
    const { items, requests, source } = keysetList(scenario.total, scenario.max, 1000, scenario.newestFirst, scenario.options);
    const read = (step: Step, previous: Awaited<ReturnType<typeof paginate<string>>> | undefined) => {
      const cursor =
        step.from && previous ? (step.from === "start" ? previous.edges[0]!.cursor : previous.edges.at(-1)!.cursor) : undefined;
      return step.direction === "forward"
        ? paginate(source, { direction: "forward", count: step.count, after: cursor })
        : paginate(source, { direction: "backward", count: step.count, before: cursor });
    };
    let slice: Awaited<ReturnType<typeof paginate<string>>> | undefined;
    for (const step of scenario.steps) slice = await read(step, slice);
    for (const gone of scenario.change.remove ?? []) items.splice(items.indexOf(sidOf(gone)), 1);
    for (let i = 0; i < (scenario.change.add ?? 0); i++) items.push(sidOf(scenario.total + i + 1));
    requests.length = 0;
    const result = await read(scenario.then, slice);
    expect(result.edges.map((edge) => numberOf(edge.node))).toEqual(scenario.expected);
    // A newest-first page's links are followed newest first.
    if (scenario.newestFirst && scenario.options.linksDropOrder) expect(requests.every((query) => query.Order === "desc")).toBe(true);
  });
});

describe("passing over what was sent after a newest-first cursor", () => {
  const messagesList = (total: number) => keysetList(total, 100, 50, true, { orderKey: true });
  const append = (items: string[], total: number, added: number) => {
    for (let i = 1; i <= added; i++) items.push(sidOf(total + i));
  };

  it("resumes forward after 120 newer in pages sized by the indexes between", async () => {
    const { items, requests, source } = messagesList(15);
    const newest = await paginate(source, { direction: "backward", count: 1 });
    append(items, 15, 120);
    requests.length = 0;
    const next = await paginate(source, { direction: "forward", count: 5, after: newest.edges[0]!.cursor });
    expect(next.edges.map((edge) => numberOf(edge.node))).toEqual([16, 17, 18, 19, 20]);
    expect(next).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    // The cursor's page again, then what lies between: 100 of the 119, then the 19 left and the cursor's own.
    expect(requests.map((query) => [query.Order, query.PageSize])).toEqual([
      ["desc", "2"],
      ["desc", "100"],
      ["desc", "19"],
    ]);
  });

  it("resumes backward after 120 newer in pages sized by the indexes between, not in pages of two", async () => {
    const { items, requests, source } = messagesList(10);
    const newest = await paginate(source, { direction: "backward", count: 1 });
    append(items, 10, 120);
    requests.length = 0;
    const previous = await paginate(source, { direction: "backward", count: 1, before: newest.edges[0]!.cursor });
    expect(previous.edges.map((edge) => numberOf(edge.node))).toEqual([9]);
    expect(previous).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(requests.map((query) => query.PageSize)).toEqual(["2", "100", "21"]);
  });
});
