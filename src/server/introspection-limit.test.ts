import { buildSchema, parse, specifiedRules, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { introspectionLimit, SCHEMA_FIELDS_MAX, TYPE_FIELDS_MAX } from "./introspection-limit.js";

const schema = buildSchema("type Query { hello: String }");
const errors = (document: string) => validate(schema, parse(document), [...specifiedRules, introspectionLimit]).map((e) => e.message);
const types = (n: number) => Array.from({ length: n }, (_, i) => `t${i}: __type(name: "Query") { name }`).join(" ");
const schemas = (n: number) => Array.from({ length: n }, (_, i) => `s${i}: __schema { queryType { name } }`).join(" ");

describe("introspectionLimit", () => {
  it.each<[string, string, string[]]>([
    ["__schema once", `{ ${schemas(SCHEMA_FIELDS_MAX)} }`, []],
    ["__schema twice", `{ ${schemas(SCHEMA_FIELDS_MAX + 1)} }`, ["An operation may select __schema at most once (it selects it 2 times)"]],
    ["__type at the bound", `{ ${types(TYPE_FIELDS_MAX)} }`, []],
    [
      "__type past it",
      `{ ${types(TYPE_FIELDS_MAX + 1)} }`,
      [`An operation may select __type at most ${TYPE_FIELDS_MAX} times (it selects it 11 times)`],
    ],
    ["the same field spread twice (merged, run once)", "{ ...F ...F } fragment F on Query { __schema { queryType { name } } }", []],
    [
      "copies behind fragments and inline fragments",
      "{ ...F ... on Query { b: __schema { queryType { name } } } } fragment F on Query { a: __schema { queryType { name } } }",
      ["An operation may select __schema at most once (it selects it 2 times)"],
    ],
    ["an ordinary query", "{ hello }", []],
  ])("%s", (_name, document, expected) => {
    expect(errors(document)).toEqual(expected);
  });
});
