// Abuse limits. graphql-armor bounds depth, aliases and directives (and hides "did you mean"
// suggestions in production); tokens are bounded by graphql-js's own parser (`maxTokens`), since
// armor's Apollo token plugin throws from a hook Apollo reports as a 500; the cost limit uses graphql-query-complexity because it must
// see variables (`first: $n`) and multiply a connection's children by the page size it asks for,
// which armor's own cost rule does not do.

import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, getNamedType, isCompositeType, type DocumentNode, type ParseOptions, type ValidationRule } from "graphql";
import { createRequire } from "node:module";
import type { ComplexityEstimator } from "graphql-query-complexity";
import type { LimitsConfig } from "../config.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../graphql/connection/connection.args.js";

// Its ESM build imports graphql's .mjs files, a second copy of graphql next to the CommonJS one
// the schema is built with ("another module or realm"); the CommonJS build shares ours.
const { getComplexity } = createRequire(import.meta.url)("graphql-query-complexity") as typeof import("graphql-query-complexity");

export interface Protections {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

export function protections(limits: LimitsConfig, production: boolean): Protections {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases, allowList: [] },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  // armor's typings point at @apollo/server's CommonJS declarations; the plugin objects are the same.
  const armorPlugins = armor.plugins as unknown as ApolloServerPlugin[];
  return {
    plugins: [...armorPlugins, costLimitPlugin(limits.maxCost)],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/**
 * Cost of a field: 0 for a scalar, 1 for an object, and for a connection (a field with
 * `first`/`last`) its page size times the cost of what is selected inside it.
 */
export const connectionCost: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if ("first" in args || "last" in args || field.args.some((arg) => arg.name === "first")) {
    // Out-of-range sizes are clamped: the argument check then names them (BAD_USER_INPUT).
    const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE) || 1));
    return 1 + pageSize * childComplexity;
  }
  return (isCompositeType(getNamedType(field.type)) ? 1 : 0) + childComplexity;
};

function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  // Apollo hands the same DocumentNode to repeated queries, so a cost is computed once per
  // document, operation and variables (a bounded number of variants per document).
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const variables = request.variables ?? {};
          const key = `${request.operationName ?? ""}\u0000${JSON.stringify(variables)}`;
          let known = costs.get(document);
          let cost = known?.get(key);
          if (cost === undefined) {
            try {
              cost = getComplexity({ schema, query: document, variables, operationName: request.operationName ?? undefined, estimators: [connectionCost] });
            } catch {
              // Variables that do not coerce: Apollo's own coercion rejects them next, as BAD_USER_INPUT.
              return;
            }
            if (!known || known.size >= MAX_COSTS_PER_DOCUMENT) costs.set(document, (known = new Map()));
            known.set(key, cost);
          }
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost} (a connection costs its page size times what it selects; ask for smaller pages)`, {
              extensions: { code: "GRAPHQL_VALIDATION_FAILED", cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

const MAX_COSTS_PER_DOCUMENT = 64;
