// The static cost limit (CHATQL_MAX_COST), checked before execution. A query's cost counts the
// objects it can return and, weighted, the upstream requests its arguments imply:
//   - a connection: its pages (⌈(n+1) / CHAT_MAX_PAGE_SIZE⌉, one more to re-read a cursor's page,
//     or CHATQL_MAX_LIST_PAGES for `last` without `before`, which walks to the end unless the list
//     is declared @ReadsNewestFirst) plus n × its selection;
//   - a field declared with Fetches(k) / FetchesEach("ids"): k requests, or one per id;
//   - every object field 1, scalars 0.
// A cost that cannot be computed is a rejection, never a pass. Costs are cached by document hash,
// operation and the values of the few variables that can change them (hashed), in an LRU bounded by
// entries and bytes.

import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type { ApolloServerPlugin } from "@apollo/server";
import { isVariableCoercionError, withoutVariableValues } from "./variable-errors.js";
import { GraphQLError, getNamedType, getVariableValues, isCompositeType, visit, type DocumentNode, type GraphQLSchema } from "graphql";
import type { ComplexityEstimator } from "graphql-query-complexity";
import { LRUCache } from "lru-cache";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../graphql/connection/connection.args.js";
import { UPSTREAM_COST, type UpstreamCost } from "../graphql/cost/upstream-cost.js";

// Its ESM build imports graphql's .mjs files, a second copy of graphql next to the CommonJS one
// the schema is built with ("another module or realm"); the CommonJS build shares ours.
const { getComplexity } = createRequire(import.meta.url)("graphql-query-complexity") as typeof import("graphql-query-complexity");

/** What one upstream request adds to a query's cost: requests, not objects, are what cost time. */
export const UPSTREAM_REQUEST_COST = 20;

/** Arguments whose values change a cost (page sizes, cursors' presence, id lists, @include/@skip). */
const COST_ARGUMENTS = new Set(["first", "last", "after", "before", "ids", "if"]);

/**
 * Selections the counter visits in one document, fragments expanded each time they are spread;
 * at this many it stops and the document is refused (the cost could not be computed). This is
 * graphql-query-complexity's own default, stated here so it is ours: 10,000 fields are far past
 * CHATQL_MAX_TOKENS written out, so only spreads of spreads reach it.
 */
export const COST_NODES_MAX = 10_000;

export const CACHE_ENTRIES = 5_000;
export const CACHE_BYTES = 512 * 1024;

export interface CostModel {
  maxCost: number;
  /** CHAT_MAX_PAGE_SIZE: items per upstream page. */
  maxPageSize: number;
  /** CHATQL_MAX_LIST_PAGES: what a walk to the end of a list may cost. */
  maxListPages: number;
}

export function costEstimator({ maxPageSize, maxListPages }: Omit<CostModel, "maxCost">): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    const self = isCompositeType(getNamedType(field.type)) ? 1 : 0;
    const declared = field.extensions?.[UPSTREAM_COST] as UpstreamCost | undefined;
    if (field.args.some((arg) => arg.name === "first")) {
      // Out-of-range sizes are clamped: the argument check then names them (BAD_USER_INPUT).
      const items = Math.min(MAX_PAGE_SIZE, Math.max(1, Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE) || 1));
      // `last` without `before` walks the whole list, unless the list can be read from its newest end.
      const toTheEnd = args.last != null && args.before == null && !(declared && "newestFirst" in declared);
      const pages = toTheEnd ? maxListPages : Math.ceil((items + 1) / maxPageSize) + (args.after != null || args.before != null ? 1 : 0);
      return pages * UPSTREAM_REQUEST_COST + self + items * childComplexity;
    }
    if (declared && "perItemOf" in declared) {
      const list = args[declared.perItemOf];
      const items = Array.isArray(list) ? list.length : 1;
      return items * (UPSTREAM_REQUEST_COST + self + childComplexity);
    }
    const requests = declared && "requests" in declared ? declared.requests : 0;
    return requests * UPSTREAM_REQUEST_COST + self + childComplexity;
  };
}

export function costCache(): LRUCache<string, number> {
  return new LRUCache<string, number>({ max: CACHE_ENTRIES, maxSize: CACHE_BYTES, sizeCalculation: (_cost, key) => key.length + 8 });
}

/** `costs`: the cache of computed costs (tests pass their own to look into it). */
export function costLimitPlugin(model: CostModel, costs = costCache()): ApolloServerPlugin {
  const estimator = costEstimator(model);
  const costVariables = new WeakMap<DocumentNode, string[]>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation, queryHash }) {
          const raw = request.variables ?? {};
          // Variables that do not coerce: Apollo's own coercion rejects them next, as BAD_USER_INPUT.
          const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], raw, { maxErrors: 1 });
          if (coerced.errors) return;
          let names = costVariables.get(document);
          if (!names) costVariables.set(document, (names = costVariableNames(document)));
          // Most documents have no cost-changing variable: nothing to hash then.
          const values = names.length === 0 ? "" : digest(names.map((name) => [name, coerced.coerced[name]]));
          const key = `${queryHash}:${request.operationName ?? ""}:${values}`;
          let cost = costs.get(key);
          if (cost === undefined) {
            // The counter coerces variables itself (from their JSON form): it gets them as sent.
            cost = computeCost(schema, document, raw, request.operationName ?? undefined, estimator);
            costs.set(key, cost);
          }
          if (cost > model.maxCost) {
            throw new GraphQLError(
              `Query cost ${cost} exceeds the limit of ${model.maxCost} (objects, plus ${UPSTREAM_REQUEST_COST} per upstream request the arguments imply; ask for smaller pages)`,
              {
                extensions: { code: "GRAPHQL_VALIDATION_FAILED", cost, maxCost: model.maxCost, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}

/**
 * The same limit for an operation Apollo does not see (a subscription over WebSocket): throws the
 * GraphQLError HTTP answers with past `maxCost`. Not cached: a subscription is checked once.
 */
export function costChecker(
  model: CostModel,
): (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string) => void {
  const estimator = costEstimator(model);
  return (schema, document, variables, operationName) => {
    const cost = computeCost(schema, document, variables, operationName, estimator);
    if (cost > model.maxCost) {
      const why = `objects, plus ${UPSTREAM_REQUEST_COST} per upstream request the arguments imply`;
      throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${model.maxCost} (${why})`, {
        extensions: { code: "GRAPHQL_VALIDATION_FAILED", cost, maxCost: model.maxCost },
      });
    }
  };
}

function computeCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
  estimator: ComplexityEstimator,
): number {
  try {
    return getComplexity({ schema, query: document, variables, operationName, estimators: [estimator], maxQueryNodes: COST_NODES_MAX });
  } catch (error) {
    // Variables that do not fit their types (the counter coerces them first): refused as Apollo
    // refuses them, and without quoting their values.
    if (error instanceof GraphQLError && isVariableCoercionError(error)) throw withoutVariableValues(error);
    // Too many nodes to count (a fragment tree that expands to thousands of fields), or anything
    // else the counter cannot do: such a query is refused, never let through uncounted.
    const why = error instanceof Error ? error.message : "unknown reason";
    throw new GraphQLError(`Query cost could not be computed (${why}); simplify the query`, {
      extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 } },
    });
  }
}

/** Names of the variables used in cost-changing arguments anywhere in the document. */
export function costVariableNames(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (!COST_ARGUMENTS.has(node.name.value)) return;
      visit(node.value, { Variable: (variable) => void names.add(variable.name.value) });
    },
  });
  return [...names].sort();
}

function digest(value: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify(value) ?? "")
    .digest("base64url");
}
