import { buildSchema, graphql, type GraphQLResolveInfo } from "graphql";
import { describe, expect, it } from "vitest";
import { needsNoFetch, selectedFieldNames } from "./selection.js";

const schema = buildSchema(`
  type Query { thing: Thing }
  interface Node { id: ID! }
  type Thing implements Node { id: ID! name: String list: [Int!]! }
`);

async function selectionOf(query: string, variableValues?: Record<string, unknown>): Promise<GraphQLResolveInfo> {
  let seen: GraphQLResolveInfo | undefined;
  const result = await graphql({
    schema,
    source: query,
    variableValues,
    rootValue: { thing: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => ((seen = info), null) },
  });
  expect(result.errors).toBeUndefined();
  return seen!;
}

const FREE = new Set(["__typename", "id", "list"]);
const WITNESSES = new Set(["list"]);

describe("selectedFieldNames / needsNoFetch", () => {
  it.each([
    ["plain fields, aliases resolved", "{ thing { a: id list } }", ["id", "list"], true],
    ["a field that needs the object", "{ thing { id name list } }", ["id", "name", "list"], false],
    ["nothing that tells whether it exists", "{ thing { id __typename } }", ["id", "__typename"], false],
    [
      "fragments and inline fragments",
      "{ thing { ...F ... on Node { id } } } fragment F on Thing { list ... on Thing { name } }",
      ["list", "name", "id"],
      false,
    ],
    ["a field dropped by @skip", "{ thing { list name @skip(if: true) } }", ["list"], true],
    ["a witness dropped by @include", "query($on: Boolean!) { thing { id list @include(if: $on) } }", ["id"], false],
  ] as const)("%s", async (_name, query, names, noFetch) => {
    const info = await selectionOf(query, { on: false });
    expect([...selectedFieldNames(info)].sort()).toEqual([...names].sort());
    expect(needsNoFetch(info, FREE, WITNESSES)).toBe(noFetch);
  });
});
