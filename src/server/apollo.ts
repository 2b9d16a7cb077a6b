// Apollo Server with chatql's error policy: known errors keep their `extensions.code`; anything
// unexpected is masked as INTERNAL_SERVER_ERROR; stack traces are never sent.

import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError, GraphQLSchema, ParseOptions, ValidationRule } from "graphql";
import { ChatApiError } from "../chat-api/index.js";
import { fromUpstream } from "../graphql/errors/graphql-errors.js";
import type { RequestContext } from "./request-context.js";

export interface ApolloOptions {
  /** Apollo Sandbox as the landing page of GET /graphql. */
  landingPage: boolean;
  introspection: boolean;
  plugins: ApolloServerPlugin<RequestContext>[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

export function createApolloServer(schema: GraphQLSchema, options: ApolloOptions): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema,
    plugins: [
      options.landingPage ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }) : ApolloServerPluginLandingPageDisabled(),
      ...options.plugins,
    ],
    validationRules: options.validationRules,
    parseOptions: options.parseOptions,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // chatql drains and stops on SIGTERM itself (cli.ts → start.ts close()), in the right order.
    stopOnTerminationSignals: false,
    formatError,
  });
}

const KNOWN_CODES = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "RATE_LIMITED",
  "UPSTREAM_UNAVAILABLE",
  "UPSTREAM_ERROR",
  // Apollo's own request-level codes.
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  // An upstream error that escaped a resolver unmapped still gets its proper code.
  if (original instanceof ChatApiError) return { ...fromUpstream(original).toJSON(), path: formatted.path, locations: formatted.locations };
  const code = formatted.extensions?.code;
  if (typeof code === "string" && KNOWN_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // Anything else (a bug, an unexpected library error) says nothing about its internals.
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
