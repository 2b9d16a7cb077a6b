// Walking `services` with Relay arguments over 250 services: every service exactly once, in
// creation order, with pageInfo right at both ends — whatever page size the upstream allows.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ListServicesDocument, type ListServicesQuery } from "../../examples/client/graphql.js";
import { dataOf, startHarness, type Harness } from "./harness.js";

const TOTAL = 250;

type Page = ListServicesQuery["services"];

async function seed(harness: Harness): Promise<string[]> {
  const client = harness.twilio();
  const sids: string[] = [];
  for (let i = 0; i < TOTAL; i++) sids.push((await client.chat.v2.services.create({ friendlyName: `service ${i}` })).sid);
  return sids;
}

async function walkForward(harness: Harness, first: number) {
  const pages: Page[] = [];
  let after: string | null = null;
  do {
    const { services }: ListServicesQuery = dataOf(await harness.execute(ListServicesDocument, { first, after }));
    pages.push(services);
    after = services.pageInfo.hasNextPage ? services.pageInfo.endCursor : null;
  } while (after && pages.length <= TOTAL);
  return pages;
}

async function walkBackward(harness: Harness, last: number) {
  const pages: Page[] = [];
  let before: string | null = null;
  do {
    const { services }: ListServicesQuery = dataOf(await harness.execute(ListServicesDocument, { last, before }));
    pages.push(services);
    before = services.pageInfo.hasPreviousPage ? services.pageInfo.startCursor : null;
  } while (before && pages.length <= TOTAL);
  return pages;
}

const sidsOf = (pages: Page[]) => pages.flatMap((page) => page.edges.map((edge) => edge.node.sid));

describe.each([
  ["the default upstream page size (100)", {}],
  ["CHAT_MAX_PAGE_SIZE=10", { CHAT_MAX_PAGE_SIZE: "10" }],
])("services paging with %s", (_name, env) => {
  let harness: Harness;
  let sids: string[];

  beforeAll(async () => {
    harness = await startHarness({ env });
    sids = await seed(harness);
  }, 120_000);
  afterAll(() => harness.close());

  it("walks forward with first: 7", async () => {
    const pages = await walkForward(harness, 7);
    expect(sidsOf(pages)).toEqual(sids);
    expect(pages).toHaveLength(Math.ceil(TOTAL / 7));
    expect(pages[0]!.pageInfo.hasPreviousPage).toBe(false);
    expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
    expect(pages.slice(0, -1).every((page) => page.pageInfo.hasNextPage)).toBe(true);
    expect(pages.slice(1).every((page) => page.pageInfo.hasPreviousPage)).toBe(true);
  });

  it("walks backward with last: 7", async () => {
    const pages = await walkBackward(harness, 7);
    expect(sidsOf(pages.reverse())).toEqual(sids);
    expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
    expect(pages[0]!.pageInfo.hasPreviousPage).toBe(false);
  });

  it("returns everything with last: 1000, oldest first", async () => {
    const { services } = dataOf(await harness.execute(ListServicesDocument, { last: 1000 }));
    expect(services.edges.map((edge) => edge.node.sid)).toEqual(sids);
    expect(services.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it("returns everything with first: 1000, and pageInfo says it is all", async () => {
    const { services } = dataOf(await harness.execute(ListServicesDocument, { first: 1000 }));
    expect(services.edges.map((edge) => edge.node.sid)).toEqual(sids);
    expect(services.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    expect(services.pageInfo.startCursor).toBe(services.edges[0]!.cursor);
    expect(services.pageInfo.endCursor).toBe(services.edges.at(-1)!.cursor);
  });

  it("never asks the upstream for pages larger than CHAT_MAX_PAGE_SIZE", async () => {
    const max = Number((env as Record<string, string>).CHAT_MAX_PAGE_SIZE ?? 100);
    const requests = await harness.countUpstream(() => harness.execute(ListServicesDocument, { first: 1000 }));
    const sizes = requests.map((r) => Number(new URLSearchParams(r.query).get("PageSize")));
    expect(Math.max(...sizes)).toBe(max);
    expect(requests).toHaveLength(Math.ceil(TOTAL / max));
  });

  it("defaults to 50 items", async () => {
    const { services } = dataOf(await harness.execute(ListServicesDocument, {}));
    expect(services.edges.map((edge) => edge.node.sid)).toEqual(sids.slice(0, 50));
    expect(services.pageInfo.hasNextPage).toBe(true);
  });
});

describe("services paging while services come and go", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it("sees every service that existed throughout exactly once", async () => {
    const client = harness.twilio();
    const sids: string[] = [];
    for (let i = 0; i < 30; i++) sids.push((await client.chat.v2.services.create({ friendlyName: `s${i}` })).sid);

    const first = dataOf(await harness.execute(ListServicesDocument, { first: 10 })).services;
    // Delete the cursor's own item and one not yet seen; add new ones at the end.
    await client.chat.v2.services(sids[9]!).remove();
    await client.chat.v2.services(sids[15]!).remove();
    await client.chat.v2.services.create({ friendlyName: "late" });
    const rest = dataOf(await harness.execute(ListServicesDocument, { first: 100, after: first.pageInfo.endCursor })).services;

    const seen = [...first.edges, ...rest.edges].map((edge) => edge.node.sid);
    const survivors = sids.filter((_, i) => i !== 15);
    expect(seen.filter((sid) => sids.includes(sid))).toEqual(survivors);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("resumes after a cursor whose service and the one before it were deleted", async () => {
    const client = harness.twilio();
    const sids: string[] = [];
    for (let i = 0; i < 6; i++) sids.push((await client.chat.v2.services.create({ friendlyName: `pair${i}` })).sid);
    const all = dataOf(await harness.execute(ListServicesDocument, { first: 100 })).services;
    const at = all.edges.findIndex((edge) => edge.node.sid === sids[2]);
    await client.chat.v2.services(sids[1]!).remove();
    await client.chat.v2.services(sids[2]!).remove();
    const rest = dataOf(await harness.execute(ListServicesDocument, { first: 2, after: all.edges[at]!.cursor })).services;
    expect(rest.edges.map((edge) => edge.node.sid)).toEqual([sids[3], sids[4]]);
  });
});
