import { createHash } from "node:crypto";
import { buildSchema, getOperationAST, parse, type DocumentNode } from "graphql";
import { describe, expect, it } from "vitest";
import { CACHE_BYTES, CACHE_ENTRIES, COST_NODES_MAX, costCache, costChecker, costLimitPlugin, costVariableNames } from "./cost-limit.js";

const schema = buildSchema(`
  type Query { services(first: Int, after: String, last: Int, before: String): Conn! hello(name: String): String }
  type Conn { nodes: [Item!]! }
  type Item { sid: String! }
`);
const MODEL = { maxCost: 1_000, maxPageSize: 100, maxListPages: 50 };

/** Runs the plugin's check for one request, as Apollo would; resolves with the refusal, if any. */
async function check(
  plugin: ReturnType<typeof costLimitPlugin>,
  query: string,
  variables: Record<string, unknown> = {},
  document: DocumentNode = parse(query),
) {
  const listener = await plugin.requestDidStart!({} as never);
  const context = {
    request: { query, variables, operationName: undefined },
    document,
    schema,
    operation: getOperationAST(document),
    queryHash: createHash("sha256").update(query).digest("hex"),
  };
  try {
    await listener!.didResolveOperation!(context as never);
    return null;
  } catch (error) {
    return error as Error;
  }
}

describe("costVariableNames", () => {
  it.each([
    ["query Q($n: Int, $name: String) { services(first: $n) { nodes { sid } } hello(name: $name) }", ["n"]],
    [
      "query Q($a: String, $b: Int, $skip: Boolean!) { services(after: $a, last: $b) @skip(if: $skip) { nodes { sid } } }",
      ["a", "b", "skip"],
    ],
    ["query Q($name: String) { hello(name: $name) }", []],
  ])("%s → %j", (query, names) => {
    expect(costVariableNames(parse(query))).toEqual(names);
  });
});

describe("cost cache", () => {
  it("keys on the variables that change the cost only: unused variables add nothing", async () => {
    const cache = costCache();
    const plugin = costLimitPlugin(MODEL, cache);
    const query = "query Q($n: Int, $name: String) { services(first: $n) { nodes { sid } } hello(name: $name) }";
    const document = parse(query);
    for (let i = 0; i < 50; i++)
      expect(await check(plugin, query, { n: 5, name: "x".repeat(95_000) + i, junk: { deep: i } }, document)).toBeNull();
    expect(cache.size).toBe(1);
    await check(plugin, query, { n: 6 }, document);
    expect(cache.size).toBe(2);
  });

  it("keeps all of CACHE_ENTRIES documents: none is evicted before the bound", async () => {
    const cache = costCache();
    const plugin = costLimitPlugin(MODEL, cache);
    for (let i = 0; i < CACHE_ENTRIES; i++) await check(plugin, `query Q${i} { services(first: 1) { nodes { sid } } }`, {});
    expect(cache.size).toBe(CACHE_ENTRIES);
    expect(cache.calculatedSize).toBeLessThanOrEqual(CACHE_BYTES);
    const first = [...cache.keys()].at(-1); // least recently used
    await check(plugin, `query Q${CACHE_ENTRIES} { services(first: 1) { nodes { sid } } }`, {});
    expect(cache.size).toBe(CACHE_ENTRIES);
    expect(cache.has(first!)).toBe(false); // the one over evicted only the oldest
  });

  it("holds at most CACHE_ENTRIES entries and CACHE_BYTES bytes, however many documents arrive", async () => {
    const cache = costCache();
    const plugin = costLimitPlugin(MODEL, cache);
    for (let i = 0; i < CACHE_ENTRIES + 500; i++)
      await check(plugin, `query Q${i}($n: Int) { services(first: $n) { nodes { sid } } }`, { n: 1 + (i % 50) });
    expect(cache.size).toBeLessThanOrEqual(CACHE_ENTRIES);
    expect(cache.calculatedSize).toBeLessThanOrEqual(CACHE_BYTES);
    // Keys are hashes: a key's size does not depend on the variables' size.
    expect(Math.max(...[...cache.keys()].map((key) => key.length))).toBeLessThan(200);
  });
});

describe("cost model", () => {
  it.each([
    // [query, cost]: pages × 20 + objects
    ["{ services(first: 10) { nodes { sid } } }", 20 + 1 + 10],
    ["{ services(first: 100) { nodes { sid } } }", 40 + 1 + 100],
    ['{ services(first: 10, after: "c") { nodes { sid } } }', 40 + 1 + 10],
    ["{ services(last: 10) { nodes { sid } } }", 50 * 20 + 1 + 10],
    ['{ services(last: 10, before: "c") { nodes { sid } } }', 40 + 1 + 10],
    ["{ services { nodes { sid } } }", 20 + 1 + 50],
  ])("%s costs %i", async (query, cost) => {
    const refusal = await check(costLimitPlugin({ ...MODEL, maxCost: cost - 1 }), query);
    expect(refusal?.message).toMatch(new RegExp(`^Query cost ${cost} exceeds`));
    expect(await check(costLimitPlugin({ ...MODEL, maxCost: cost }), query)).toBeNull();
  });

  it("leaves variables that do not coerce to Apollo (BAD_USER_INPUT there), computing nothing", async () => {
    expect(await check(costLimitPlugin(MODEL), "query Q($n: Int) { services(first: $n) { nodes { sid } } }", { n: "many" })).toBeNull();
  });
});

describe(`selections counted (COST_NODES_MAX = ${COST_NODES_MAX})`, () => {
  const checker = costChecker({ ...MODEL, maxCost: 1_000_000 });
  /** A document of `n` selections: a fragment of 100 spread n / 100 times, plus the rest written out. */
  const selections = (n: number) => {
    const fragment = `fragment F on Query { ${Array(100).fill("hello").join(" ")} }`;
    const spreads = Array(Math.floor(n / 100))
      .fill("...F")
      .join(" ");
    return parse(
      `{ ${spreads} ${Array(n % 100)
        .fill("hello")
        .join(" ")} } ${fragment}`,
    );
  };

  it("counts a document whose selections, fragments expanded, stay under it", () => {
    // The spreads are selections too: 99 of them, each expanding to 100.
    expect(() => checker(schema, selections(COST_NODES_MAX - 1 - 99), {})).not.toThrow();
  });

  it("refuses one that reaches it: its cost could not be computed", () => {
    expect(() => checker(schema, selections(COST_NODES_MAX - 99), {})).toThrow(/Query cost could not be computed/);
  });
});
