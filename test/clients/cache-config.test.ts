// examples/client/cache.ts is kept by hand; this test keeps it in step with schema.graphql.
// Adding an object type without `id`, a connection field or an interface to the schema fails
// here until cache.ts lists it (and removing one fails until it is dropped).

import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  buildSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLObjectType,
} from "graphql";
import { describe, expect, it } from "vitest";
import {
  apolloCacheConfig,
  CONNECTION_FIELDS,
  CONNECTION_FILTERS,
  graphcacheConfig,
  OTHER_ID_LESS_TYPES,
  POSSIBLE_TYPES,
  VALUE_TYPES,
} from "../../examples/client/cache.js";

const root = resolve(import.meta.dirname, "..", "..");
const schema = buildSchema(readFileSync(resolve(root, "schema.graphql"), "utf8"));
const roots = new Set(
  [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean).map((type) => type!.name),
);
const objects = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith("__"),
);

const hasId = (type: GraphQLObjectType) => "id" in type.getFields();
const isConnection = (type: GraphQLObjectType) =>
  /Connection$/.test(type.name) && "edges" in type.getFields() && "pageInfo" in type.getFields();
const sorted = (names: Iterable<string>) => [...names].sort();

/** Id-less types reachable from an entity through fields that are not connections. */
function valueTypes(): string[] {
  const found = new Set<string>();
  const visit = (type: GraphQLObjectType) => {
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      if (!isObjectType(target) || hasId(target) || isConnection(target) || found.has(target.name)) continue;
      found.add(target.name);
      visit(target);
    }
  };
  objects.filter(hasId).forEach(visit);
  return sorted(found);
}

describe("examples/client/cache.ts matches schema.graphql", () => {
  it("lists as values exactly the id-less objects that hang off Service, Role …", () => {
    expect(sorted(VALUE_TYPES)).toEqual(valueTypes());
  });

  it("lists every other id-less object type, and nothing else", () => {
    const idLess = objects.filter((type) => !roots.has(type.name) && !hasId(type)).map((type) => type.name);
    expect(sorted([...VALUE_TYPES, ...OTHER_ID_LESS_TYPES])).toEqual(sorted(idLess));
  });

  it("lists every field that returns a connection", () => {
    const fields: Record<string, string[]> = {};
    for (const type of objects) {
      const names = Object.values(type.getFields())
        .filter((field) => {
          const target = getNamedType(field.type);
          return isObjectType(target) && isConnection(target);
        })
        .map((field) => field.name);
      if (names.length) fields[type.name] = sorted(names);
    }
    expect(Object.fromEntries(Object.entries(CONNECTION_FIELDS).map(([type, names]) => [type, sorted(names)]))).toEqual(fields);
  });

  it("lists the filter arguments of every connection that has them (a different filter is a different list)", () => {
    const filters: Record<string, string[]> = {};
    for (const type of objects) {
      for (const field of Object.values(type.getFields())) {
        const target = getNamedType(field.type);
        if (!isObjectType(target) || !isConnection(target)) continue;
        const names = field.args.map((arg) => arg.name).filter((name) => !["first", "after", "last", "before"].includes(name));
        if (names.length) filters[`${type.name}.${field.name}`] = sorted(names);
      }
    }
    expect(CONNECTION_FILTERS).toEqual(filters);
  });

  it("lists every interface with its implementations", () => {
    const interfaces = Object.values(schema.getTypeMap()).filter((type) => isInterfaceType(type) && !type.name.startsWith("__"));
    const expected = Object.fromEntries(
      interfaces.map((type) => [type.name, sorted(schema.getPossibleTypes(type as never).map((t) => t.name))]),
    );
    expect(Object.fromEntries(Object.entries(POSSIBLE_TYPES).map(([type, names]) => [type, sorted(names)]))).toEqual(expected);
  });

  it("builds both configurations from those lists", () => {
    const policies = apolloCacheConfig.typePolicies!;
    for (const type of VALUE_TYPES) expect(policies[type], type).toEqual({ merge: true });
    for (const [type, fields] of Object.entries(CONNECTION_FIELDS)) {
      for (const field of fields) {
        const keyArgs = CONNECTION_FILTERS[`${type}.${field}`] ?? false;
        expect(policies[type]?.fields?.[field], `${type}.${field}`).toMatchObject({ keyArgs, merge: expect.any(Function) });
        expect(graphcacheConfig.resolvers?.[type]?.[field], `${type}.${field}`).toEqual(expect.any(Function));
      }
    }
    expect(sorted(Object.keys(graphcacheConfig.keys!))).toEqual(sorted([...VALUE_TYPES, ...OTHER_ID_LESS_TYPES]));
    for (const key of Object.values(graphcacheConfig.keys!)) expect(key({ __typename: "X" })).toBeNull();
  });
});

describe("examples/operations", () => {
  // Normalised caches key objects on `id`: an entity selected without it cannot be normalised
  // (Graphcache warns "Invalid key", Apollo keeps a copy inside the parent).
  it("select `id` wherever the object has one", () => {
    const dir = resolve(root, "examples", "operations");
    const missing: string[] = [];
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".graphql"))) {
      const typeInfo = new TypeInfo(schema);
      visit(
        parse(readFileSync(resolve(dir, file), "utf8")),
        visitWithTypeInfo(typeInfo, {
          SelectionSet(node, _key, parent) {
            const type = typeInfo.getParentType();
            if (!type || !(isObjectType(type) || isInterfaceType(type)) || !("id" in type.getFields())) return;
            // Inline fragments share their parent's selection; named fragments are checked where defined.
            if (parent && "kind" in parent && parent.kind === "InlineFragment") return;
            const selectsId = node.selections.some(
              (selection) => selection.kind === "Field" && selection.name.value === "id" && !selection.alias,
            );
            const spreadsFields = node.selections.some((selection) => selection.kind === "FragmentSpread");
            if (!selectsId && !spreadsFields) missing.push(`${file}: a selection on ${type.name} without id`);
          },
        }),
      );
    }
    expect(missing).toEqual([]);
  });
});
