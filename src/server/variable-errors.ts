// graphql-js refuses a variable that does not fit its type with a message that quotes the value it
// got (`Variable "$input" got invalid value { apiKey: "…" }; Field "x" is not defined by type "Y".`),
// and a scalar's reason quotes it again (`String cannot represent a non string value: [...]`).
// A caller's secrets would come back in the response and reach the logs. These errors are rewritten
// without any value: the variable's name, the path into it, and a reason from a closed list of
// value-free shapes (anything else becomes a generic reason). Validation quotes a literal written
// in the document the same ways; those messages lose the literal too.

import { GraphQLError, Kind } from "graphql";

/** Reasons graphql-js gives that hold no value of the caller's: kept as they are. */
const VALUE_FREE_REASONS: readonly RegExp[] = [
  /^Expected non-nullable type "[^"]{1,200}" not to be null\.$/,
  /^Expected type "\w+" to be an object\.$/,
  /^Field "\w+" of required type "[^"]{1,200}" was not provided\.$/,
  /^Exactly one key must be specified for OneOf type "\w+"\.$/,
  /^Field "\w+" must be non-null\.$/,
  /^Expected type "\w+"\.$/,
];

/** Variable-level messages that hold no value: the variable is missing, null, or of a non-input type. */
const VALUE_FREE_MESSAGES: readonly RegExp[] = [
  /^Variable "\$\w+" of required type "[^"]{1,200}" was not provided\.$/,
  /^Variable "\$\w+" of non-null type "[^"]{1,200}" must not be null\.$/,
  /^Variable "\$\w+" expected value of type "[^"]{1,200}" which cannot be used as an input type\.$/,
];

/** A caller's key is quoted back only when it looks like a field name (a pasted secret rarely does, and never at length). */
const FIELD_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/** Errors this module wrote: already free of values (their reason is no longer attached). */
const REWRITTEN = new WeakSet<GraphQLError>();

/** The variable whose definition is the error's one node, if it is. */
function variableOf(error: GraphQLError): string | undefined {
  const node = error.nodes?.length === 1 ? error.nodes[0] : undefined;
  return node?.kind === Kind.VARIABLE_DEFINITION ? node.variable.name.value : undefined;
}

/**
 * graphql-js refusing a variable's value (at execution, not validation: `Variable "$x" is never
 * used` is not one): its one node is the variable's definition, and its message one of coercion's.
 */
export function isVariableCoercionError(error: GraphQLError): boolean {
  const name = variableOf(error);
  if (name === undefined) return false;
  return (
    error.message.startsWith(`Variable "$${name}" got invalid value`) ||
    error.message.startsWith(`Variable "$${name}" has invalid value`) ||
    VALUE_FREE_MESSAGES.some((shape) => shape.test(error.message))
  );
}

/** The message of a variable coercion error with no trace of the value (other errors: their message). */
export function valueFreeMessage(error: GraphQLError): string {
  if (!isVariableCoercionError(error) || REWRITTEN.has(error)) return error.message;
  if (VALUE_FREE_MESSAGES.some((shape) => shape.test(error.message))) return error.message;
  const name = variableOf(error)!;
  const invalid = `Variable "$${name}" got invalid value`;
  // Apollo wraps graphql-js's error (same message) as its originalError; graphql-js's own
  // originalError is the reason, whose message ends graphql-js's.
  let coercion: Error = error;
  while (
    coercion instanceof GraphQLError &&
    coercion.originalError instanceof GraphQLError &&
    coercion.originalError.message === coercion.message
  ) {
    coercion = coercion.originalError;
  }
  const reason = coercion instanceof GraphQLError ? coercion.originalError?.message : undefined;
  if (!error.message.startsWith(`${invalid} `) || reason === undefined || !error.message.endsWith(`; ${reason}`)) return `${invalid}.`;
  // The head is `… got invalid value <the value> at "<name><path>"`: only the path is kept. The
  // value is printed with its strings' quotes escaped, so it cannot fake the ` at "…"` ending.
  const head = error.message.slice(0, error.message.length - reason.length - 2);
  const at = new RegExp(` at "(${name}(?:\\.[_A-Za-z]\\w*|\\[\\d+\\])+)"$`).exec(head);
  return `${invalid}${at ? ` at "${at[1]}"` : ""}; ${valueFreeReason(reason)}`;
}

/** A reason of graphql-js (or of a scalar's parseValue) without the value it may quote. */
export function valueFreeReason(reason: string): string {
  if (VALUE_FREE_REASONS.some((shape) => shape.test(reason))) return reason;
  const undefinedField = /^Field "(.*)" is not defined by type "(\w+)"\.((?: Did you mean [^?]*\?)?)$/s.exec(reason);
  if (undefinedField) {
    const [, key, type, suggestions] = undefinedField;
    return FIELD_NAME.test(key!)
      ? `Field "${key}" is not defined by type "${type}".${suggestions}`
      : `A field is not defined by type "${type}".${suggestions}`;
  }
  // Built-in scalars and enums: `String cannot represent a non string value: <value>`.
  const scalar = /^((?:\w+|Enum "\w+") cannot represent [^:"]{1,80}?): /.exec(reason);
  if (scalar) return `${scalar[1]}.`;
  const enumValue = /" does not exist in "(\w+)" enum\.(?: Did you mean [^?]*\?)?$/.exec(reason);
  if (reason.startsWith('Value "') && enumValue) return `Value does not exist in "${enumValue[1]}" enum.`;
  // A scalar's parseValue that threw a plain Error: graphql-js prefixes the type.
  const typed = /^(Expected type "\w+"\.) /.exec(reason);
  if (typed) return typed[1]!;
  return "The value is not valid for its type.";
}

/** The kinds of a literal value written in the document. */
const LITERAL_KINDS: ReadonlySet<string> = new Set([
  Kind.STRING,
  Kind.INT,
  Kind.FLOAT,
  Kind.BOOLEAN,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
  Kind.NULL,
]);

/** Validation messages about a literal that quote it, whatever node the error names (a scalar's error may name none). */
const QUOTING_LITERAL: readonly RegExp[] = [
  /^(?:\w+|Enum "\w+") cannot represent /,
  /^Value ".*" does not exist in "\w+" enum\./s,
  /^Field ".*" is not defined by type "\w+"\./s,
];

/**
 * A validation error's message without the literal of the document it quotes: a secret written
 * inline in the wrong shape (`apiKey: ["…"]`) is not sent back. An error about a literal gets a
 * reason from the same closed list as a variable's (anything else, a generic one); other messages
 * are kept as they are.
 */
export function valueFreeValidationMessage(error: Pick<GraphQLError, "message" | "nodes">): string {
  const { message } = error;
  const expected = /^Expected value of type "([^"]{1,200})", found /.exec(message);
  if (expected) return `Expected value of type "${expected[1]}".`;
  const repeated = /^There can be only one input field named "(.*)"\.$/s.exec(message);
  if (repeated) return FIELD_NAME.test(repeated[1]!) ? message : "There can be only one input field of each name.";
  const aboutLiteral = error.nodes?.length === 1 && LITERAL_KINDS.has(error.nodes[0]!.kind);
  return aboutLiteral || QUOTING_LITERAL.some((shape) => shape.test(message)) ? valueFreeReason(message) : message;
}

/** A syntax error without the string, name or number it quotes (`Expected ":", found String "…".`). */
export function valueFreeSyntaxMessage(message: string): string {
  return message.replace(/((?:found|Unexpected) (?:String|BlockString|Name|Int|Float)) "[\s\S]*"(\.?)$/, "$1$2");
}

/** `error` as a BAD_USER_INPUT that quotes no value, when it is a variable coercion error; otherwise `error`. */
export function withoutVariableValues(error: GraphQLError): GraphQLError {
  if (!isVariableCoercionError(error)) return error;
  const message = valueFreeMessage(error);
  if (message === error.message && error.extensions.code === "BAD_USER_INPUT") return error;
  // No originalError: graphql-js's own holds the reason with the value.
  const rewritten = new GraphQLError(message, { nodes: error.nodes, extensions: { ...error.extensions, code: "BAD_USER_INPUT" } });
  REWRITTEN.add(rewritten);
  return rewritten;
}
