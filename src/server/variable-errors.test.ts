import "reflect-metadata";
import { buildSchema, getVariableValues, GraphQLError, parse, parseValue, validate, type OperationDefinitionNode } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { describe, expect, it } from "vitest";
import { createApolloServer } from "./apollo.js";
import type { RequestContext } from "./request-context.js";
import {
  isVariableCoercionError,
  valueFreeMessage,
  valueFreeReason,
  valueFreeSyntaxMessage,
  valueFreeValidationMessage,
  withoutVariableValues,
} from "./variable-errors.js";

const SECRET = "s3cret-VALUE-0123456789";
const schema = buildSchema(`
  enum Kind { APN GCM }
  input Key { kind: Kind!  secret: String  count: Int  on: Boolean  tags: [String!]  nested: Key }
  type Query { check(key: Key, id: ID, n: Int, list: [Int!]!): Boolean }
`);
const document = parse(`query ($key: Key, $id: ID, $n: Int, $list: [Int!]!) { check(key: $key, id: $id, n: $n, list: $list) }`);
const definitions = (document.definitions[0] as OperationDefinitionNode).variableDefinitions!;

/** graphql-js's own coercion errors for these variables. */
function coercionErrors(variables: Record<string, unknown>): readonly GraphQLError[] {
  return getVariableValues(schema, definitions, { list: [1], ...variables }).errors ?? [];
}

describe("variable coercion errors without values", () => {
  it.each<[string, Record<string, unknown>, string]>([
    [
      "an unknown field",
      { key: { kind: "APN", secret: SECRET, extra: 1 } },
      'Variable "$key" got invalid value; Field "extra" is not defined by type "Key".',
    ],
    [
      "a near-miss field name (suggestions are the schema's)",
      { key: { kind: "APN", secrets: SECRET } },
      'Variable "$key" got invalid value; Field "secrets" is not defined by type "Key". Did you mean "secret"?',
    ],
    [
      "a secret as a field name",
      { key: { kind: "APN", [SECRET]: 1 } },
      'Variable "$key" got invalid value; A field is not defined by type "Key".',
    ],
    [
      "a required field left out",
      { key: { secret: SECRET } },
      'Variable "$key" got invalid value; Field "kind" of required type "Kind!" was not provided.',
    ],
    [
      "a list for a string",
      { key: { kind: "APN", secret: [SECRET] } },
      'Variable "$key" got invalid value at "key.secret"; String cannot represent a non string value.',
    ],
    [
      "an object for an int",
      { key: { kind: "APN", count: { s: SECRET } } },
      'Variable "$key" got invalid value at "key.count"; Int cannot represent non-integer value.',
    ],
    [
      "a string for a boolean",
      { key: { kind: "APN", on: SECRET } },
      'Variable "$key" got invalid value at "key.on"; Boolean cannot represent a non boolean value.',
    ],
    [
      "a secret as an enum value",
      { key: { kind: SECRET } },
      'Variable "$key" got invalid value at "key.kind"; Value does not exist in "Kind" enum.',
    ],
    [
      "a bad list item, deep",
      { key: { kind: "APN", nested: { kind: "GCM", tags: ["a", { s: SECRET }] } } },
      'Variable "$key" got invalid value at "key.nested.tags[1]"; String cannot represent a non string value.',
    ],
    [
      "a null in a non-null list",
      { key: { kind: "APN", tags: [null] }, n: 1 },
      'Variable "$key" got invalid value at "key.tags[0]"; Expected non-nullable type "String!" not to be null.',
    ],
    ["the whole variable a string", { key: SECRET }, 'Variable "$key" got invalid value; Expected type "Key" to be an object.'],
    ["an ID that is an object", { id: { s: SECRET } }, 'Variable "$id" got invalid value; ID cannot represent value.'],
    [
      "a value that looks like a path",
      { key: { kind: "APN", secret: [`" at "key.secret"`, SECRET] } },
      'Variable "$key" got invalid value at "key.secret"; String cannot represent a non string value.',
    ],
  ])("%s", (_name, variables, message) => {
    const [error, ...rest] = coercionErrors(variables);
    expect(rest).toEqual([]);
    expect(isVariableCoercionError(error!)).toBe(true);
    expect(error!.message).toContain("got invalid value"); // graphql-js's own, with the value
    const clean = withoutVariableValues(error!);
    expect(clean.message).toBe(message);
    expect(clean.extensions.code).toBe("BAD_USER_INPUT");
    expect(clean.originalError).toBeUndefined();
    expect(JSON.stringify({ ...clean.toJSON(), message: clean.message })).not.toContain(SECRET);
    expect(valueFreeMessage(clean)).toBe(message); // idempotent
  });

  it.each([
    ["a required variable left out", {}, 'Variable "$list" of required type "[Int!]!" was not provided.'],
    ["a required variable null", { list: null }, 'Variable "$list" of non-null type "[Int!]!" must not be null.'],
  ])("keeps %s as it is (no value in it)", (_name, variables, message) => {
    const errors = getVariableValues(schema, definitions, variables).errors!;
    expect(errors.map((error) => withoutVariableValues(error).message)).toEqual([message]);
  });

  it("leaves other errors alone, even those about a variable (validation's)", () => {
    const validation = new GraphQLError('Variable "$n" is never used.', { nodes: [definitions[2]!] });
    expect(isVariableCoercionError(validation)).toBe(false);
    expect(withoutVariableValues(validation)).toBe(validation);
    const other = new GraphQLError(`Something with ${SECRET}`);
    expect(withoutVariableValues(other)).toBe(other);
  });

  it.each([
    [`Expected type "DateTime". Invalid date ${SECRET}`, 'Expected type "DateTime".'],
    [`Value is not a valid DateTime: ${SECRET}`, "The value is not valid for its type."],
    [`Enum "Kind" cannot represent non-string value: ${SECRET}.`, 'Enum "Kind" cannot represent non-string value.'],
    [`Value "${SECRET}" does not exist in "Kind" enum. Did you mean the enum value "GCM"?`, 'Value does not exist in "Kind" enum.'],
    [`Field "${"f".repeat(65)}" is not defined by type "Key".`, 'A field is not defined by type "Key".'],
  ])("a reason %j becomes %j", (reason, clean) => {
    expect(valueFreeReason(reason)).toBe(clean);
  });
});

describe("validation errors about a literal in the document, without it", () => {
  /** graphql-js's own validation errors for `check(<args>)`. */
  const validationErrors = (args: string) => validate(schema, parse(`{ check(list: [1], ${args}) }`));
  const SECRET_NAME = "s".repeat(65);

  it.each([
    ["a list where a string goes", `key: { kind: APN, secret: ["${SECRET}"] }`, "String cannot represent a non string value."],
    ["an object where a string goes", `key: { kind: APN, secret: { pem: "${SECRET}" } }`, "String cannot represent a non string value."],
    ["a string where an enum goes", `key: { kind: "${SECRET}" }`, 'Enum "Kind" cannot represent non-enum value.'],
    ["an unknown enum value", `key: { kind: ${SECRET.replace(/-/g, "_")} }`, 'Value does not exist in "Kind" enum.'],
    ["a string where an input object goes", `key: "${SECRET}"`, 'Expected value of type "Key".'],
    ["a string where an Int goes", `n: "${SECRET}"`, "Int cannot represent non-integer value."],
    [
      "a field the input does not have, named like a secret",
      `key: { kind: APN, ${SECRET_NAME}: 1 }`,
      'A field is not defined by type "Key".',
    ],
    [
      "a field given twice, named like a secret",
      `key: { kind: APN, ${SECRET_NAME}: 1, ${SECRET_NAME}: 2 }`,
      "There can be only one input field of each name.",
    ],
    ["a field given twice", "key: { kind: APN, secret: 1, secret: 2 }", 'There can be only one input field named "secret".'],
  ])("%s", (_name, args, clean) => {
    const messages = validationErrors(args).map(valueFreeValidationMessage);
    expect(messages).toContain(clean);
    for (const message of messages) expect(message).not.toContain(SECRET.slice(0, 12));
    for (const message of messages) expect(message).not.toContain(SECRET_NAME);
  });

  it.each([
    // A custom scalar's own wording (graphql-scalars' DateTime), on the literal's node.
    [
      "a DateTime's message about the string",
      `DateTime cannot represent an invalid date-time-string ${SECRET}.`,
      parseValue(`"${SECRET}"`),
    ],
    ["a DateTime's message about the number", "DateTime cannot represent non string or Date type 12345678", parseValue("12345678")],
    ["any message about a literal", `Something about ${SECRET}`, parseValue(`["${SECRET}"]`)],
  ])("%s: a reason that quotes nothing", (_name, message, node) => {
    expect(valueFreeValidationMessage(new GraphQLError(message, { nodes: [node] }))).toBe("The value is not valid for its type.");
  });

  it.each([
    'Cannot query field "nope" on type "Query".',
    'Field "check" argument "list" of type "[Int!]!" is required, but it was not provided.',
    'Unknown argument "x" on field "Query.check".',
    'Field "Key.kind" of required type "Kind!" was not provided.',
  ])("keeps %j (it quotes no literal)", (message) => {
    expect(valueFreeValidationMessage(new GraphQLError(message))).toBe(message);
  });

  it.each([
    [`{ check(key: { secret "${SECRET}" }) }`, 'Syntax Error: Expected ":", found String.'],
    [`{ check(key: { secret """${SECRET}""" }) }`, 'Syntax Error: Expected ":", found BlockString.'],
    ["{ check(key: { secret 123456789 }) }", 'Syntax Error: Expected ":", found Int.'],
    ["{ check(key: { secret ) }", 'Syntax Error: Expected ":", found ")".'],
  ])("a syntax error in %j loses the literal it quotes", (document, clean) => {
    let message = "";
    try {
      parse(document);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(valueFreeSyntaxMessage(message)).toBe(clean);
  });
});

describe("Apollo: the rewrite comes before every other plugin", () => {
  it("a plugin after it (the operation log) sees only the value-free error, and so does the response", async () => {
    const seen: string[] = [];
    const spy: ApolloServerPlugin<RequestContext> = {
      async requestDidStart() {
        return {
          async didEncounterErrors({ errors }) {
            for (const error of errors) seen.push(JSON.stringify([error.message, error.originalError?.message ?? null, error.extensions]));
          },
        };
      },
    };
    const server = createApolloServer(schema, { introspection: false, apq: false, plugins: [spy], validationRules: [], parseOptions: {} });
    await server.start();
    try {
      const response = await server.executeOperation(
        { query: "query ($key: Key) { check(key: $key, list: [1]) }", variables: { key: { kind: "APN", secret: [SECRET] } } },
        { contextValue: {} as RequestContext },
      );
      const body = response.body.kind === "single" ? response.body.singleResult : null;
      expect(body?.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
        ['Variable "$key" got invalid value at "key.secret"; String cannot represent a non string value.', "BAD_USER_INPUT"],
      ]);
      expect(seen).toHaveLength(1);
      expect(seen.join()).not.toContain(SECRET);
      expect(JSON.stringify(response)).not.toContain(SECRET);
    } finally {
      await server.stop();
    }
  });
});
