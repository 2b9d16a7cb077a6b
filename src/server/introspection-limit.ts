// Introspection is outside the cost limit (graphql-armor's depth limit ignores it too, and the
// cost counts a list of types as one object), so aliases multiplied it: 149 aliases of
// `__schema { types { fields { type { fields … } } } }` were a 5 KB request for a 30 MB answer and
// 4 s of CPU. An explorer or codegen asks for `__schema` once; more copies of it, or of `__type`
// beyond a few, are refused before execution.

import { GraphQLError, Kind, type SelectionSetNode, type ValidationRule } from "graphql";

/** `__schema` fields (distinct response keys) one operation may select. */
export const SCHEMA_FIELDS_MAX = 1;
/** `__type` fields one operation may select. */
export const TYPE_FIELDS_MAX = 10;

export const introspectionLimit: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    const keys = { __schema: new Set<string>(), __type: new Set<string>() };
    const seen = new Set<string>();
    // Both are root fields: only the operation's own selection (and the fragments spread in it) can hold them.
    const collect = (selectionSet: SelectionSetNode) => {
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const name = selection.name.value;
          if (name === "__schema" || name === "__type") keys[name].add(selection.alias?.value ?? name);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          collect(selection.selectionSet);
        } else if (!seen.has(selection.name.value)) {
          seen.add(selection.name.value);
          const fragment = context.getFragment(selection.name.value);
          if (fragment) collect(fragment.selectionSet);
        }
      }
    };
    collect(operation.selectionSet);
    for (const [field, max] of [
      ["__schema", SCHEMA_FIELDS_MAX],
      ["__type", TYPE_FIELDS_MAX],
    ] as const) {
      if (keys[field].size > max) {
        context.reportError(
          new GraphQLError(
            `An operation may select ${field} at most ${max === 1 ? "once" : `${max} times`} (it selects it ${keys[field].size} times)`,
            {
              nodes: operation,
              extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
            },
          ),
        );
      }
    }
  },
});
