// Abuse limits. graphql-armor bounds depth, aliases and directives (and hides "did you mean"
// suggestions in production); tokens are bounded by graphql-js's own parser (`maxTokens`), since
// armor's Apollo token plugin throws from a hook Apollo reports as a 500; the cost limit
// (cost-limit.ts) uses graphql-query-complexity because it must see variables (`first: $n`) and
// count the upstream requests arguments imply, which armor's own cost rule does not do; the
// response size (response-size.ts) bounds the bytes that cost cannot see.

import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin } from "@apollo/server";
import type { ParseOptions, ValidationRule } from "graphql";
import type { LimitsConfig } from "../config.js";
import { costLimitPlugin } from "./cost-limit.js";
import { introspectionLimit } from "./introspection-limit.js";
import { responseSizePlugin } from "./response-size.js";

export interface Protections {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

/** `maxPageSize`: CHAT_MAX_PAGE_SIZE, which decides how many upstream pages a connection needs. */
export function protections(limits: LimitsConfig, production: boolean, maxPageSize: number): Protections {
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
    plugins: [
      ...armorPlugins,
      costLimitPlugin({ maxCost: limits.maxCost, maxPageSize, maxListPages: limits.maxListPages }),
      responseSizePlugin(limits.maxResponseBytes),
    ],
    validationRules: [...armor.validationRules, introspectionLimit],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
