// A graphql-codegen plugin: the lists examples/client/cache.ts builds Apollo's and Graphcache's
// configuration from, read off the schema so that a new type or connection needs no hand edit.
// test/clients/cache-config.test.ts checks the same facts independently.
const { getNamedType, isInterfaceType, isObjectType } = require("graphql");

const PAGING_ARGS = new Set(["first", "after", "last", "before"]);

module.exports = {
  plugin(schema) {
    const objects = Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && !type.name.startsWith("__"));
    const roots = new Set(
      [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean).map((type) => type.name),
    );
    const hasId = (type) => "id" in type.getFields();
    const isConnection = (type) => /Connection$/.test(type.name) && "edges" in type.getFields() && "pageInfo" in type.getFields();

    // Id-less objects reached from an entity through fields that are not connections: its values.
    const values = new Set();
    const walk = (type) => {
      for (const field of Object.values(type.getFields())) {
        const target = getNamedType(field.type);
        if (!isObjectType(target) || hasId(target) || isConnection(target) || values.has(target.name)) continue;
        values.add(target.name);
        walk(target);
      }
    };
    objects.filter(hasId).forEach(walk);
    const others = objects.filter((type) => !roots.has(type.name) && !hasId(type) && !values.has(type.name)).map((type) => type.name);

    const connections = {};
    const filters = {};
    for (const type of objects) {
      for (const field of Object.values(type.getFields())) {
        const target = getNamedType(field.type);
        if (!isObjectType(target) || !isConnection(target)) continue;
        (connections[type.name] ??= []).push(field.name);
        const filterArgs = field.args.map((arg) => arg.name).filter((name) => !PAGING_ARGS.has(name));
        if (filterArgs.length) filters[`${type.name}.${field.name}`] = filterArgs.sort();
      }
    }
    for (const names of Object.values(connections)) names.sort();

    const possible = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (isInterfaceType(type) && !type.name.startsWith("__"))
        possible[type.name] = schema
          .getPossibleTypes(type)
          .map((t) => t.name)
          .sort();
    }

    const list = (items) => JSON.stringify([...items].sort(), null, 2);
    return [
      "// Generated from schema.graphql by codegen/cache-lists.cjs (`npm run codegen`); do not edit.",
      "",
      "/** Objects without an id reached from an entity: settings and parts that belong to their parent. */",
      `export const VALUE_TYPES: string[] = ${list(values)};`,
      "",
      "/** The other objects without an id: Relay connection plumbing and mutation payloads. */",
      `export const OTHER_ID_LESS_TYPES: string[] = ${list(others)};`,
      "",
      "/** Fields that return a Relay connection, by the type that has them. */",
      `export const CONNECTION_FIELDS: Record<string, string[]> = ${JSON.stringify(connections, null, 2)};`,
      "",
      "/** Connection arguments other than paging (`Type.field` → names): different filters are different lists. */",
      `export const CONNECTION_FILTERS: Record<string, string[]> = ${JSON.stringify(filters, null, 2)};`,
      "",
      "/** Interfaces and the object types that implement them (for fragments such as `... on Service`). */",
      `export const POSSIBLE_TYPES: Record<string, string[]> = ${JSON.stringify(possible, null, 2)};`,
      "",
    ].join("\n");
  },
};
