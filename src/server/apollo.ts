// Apollo Server with chatql's error policy: known errors keep their `extensions.code`; anything
// unexpected is masked as INTERNAL_SERVER_ERROR; stack traces are never sent.

import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import {
  GraphQLError,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from "graphql";
import { ChatApiError } from "../chat-api/index.js";
import { ERROR_CODES, fromUpstream } from "../graphql/errors/error.mapping.js";
import { SUBSCRIPTION_ERROR_CODES } from "../graphql/subscription/subscription.errors.js";
import type { RequestContext } from "./request-context.js";
import {
  isVariableCoercionError,
  valueFreeMessage,
  valueFreeSyntaxMessage,
  valueFreeValidationMessage,
  withoutVariableValues,
} from "./variable-errors.js";

export interface ApolloOptions {
  introspection: boolean;
  /** Automatic persisted queries: any caller may register a document by its hash. */
  apq: boolean;
  plugins: ApolloServerPlugin<RequestContext>[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

/**
 * Query text that automatic persisted queries keep registered, in characters (Apollo's own default,
 * named and held here): past it the least recently used is dropped, and its hash then answers
 * PERSISTED_QUERY_NOT_FOUND, upon which Apollo's and urql's links send the text again.
 */
export const APQ_MAX_CHARS = 30 * 1024 * 1024;

/**
 * Parsed documents Apollo keeps so that a query sent again skips parsing and validation, sized as
 * Apollo sizes them: the bytes of the AST's JSON (the heap an AST holds is ~4x that, its locations
 * included). Apollo's default of 30 MiB let one caller sending distinct queries fill ~130 MB of
 * heap; 8 MiB still holds thousands of an app's operations.
 */
export const DOCUMENT_CACHE_MAX_BYTES = 8 * 1024 * 1024;

export function createApolloServer(schema: GraphQLSchema, options: ApolloOptions): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema,
    // The landing page is a static page the HTTP server serves itself (explorer.ts), never Apollo:
    // a request Apollo sees is always one access control has let through.
    // First: the plugins after it (the operation log among them) see variable errors without values.
    plugins: [
      variableValuesNeverQuoted,
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin wraps every field's resolver to compute cache hints, which no
      // field of ours sets; what it sent (`no-store`) is sent here once per response instead.
      ApolloServerPluginCacheControlDisabled(),
      neverStored,
      noSubscriptionsOverHttp,
      warningsInExtensions,
      ...options.plugins,
    ],
    persistedQueries: options.apq ? { cache: new InMemoryLRUCache<string>({ maxSize: APQ_MAX_CHARS }) } : false,
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: DOCUMENT_CACHE_MAX_BYTES }),
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

/**
 * Variable coercion errors (a caller's value that does not fit its type) rewritten without the
 * value (variable-errors.ts), in place in the request's error list: Apollo formats and logs that
 * same list. Listeners run in plugin order and this one does not await, so every plugin after it
 * sees only the rewritten errors; `formatError` rewrites them again for any path that skips this.
 */
const variableValuesNeverQuoted: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors(requestContext) {
        const errors = requestContext.errors as GraphQLError[];
        for (let i = 0; i < errors.length; i++) errors[i] = withoutVariableValues(errors[i]!);
      },
    };
  },
};

/** Answers are per caller and credentials: no shared cache may keep one. */
const neverStored: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set("cache-control", "no-store");
      },
    };
  },
};

/** A subscription sent as a plain HTTP request: a clear 400 that says where subscriptions are served. */
const noSubscriptionsOverHttp: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === "subscription") {
          throw new GraphQLError(SUBSCRIPTIONS_OVER_WEBSOCKET, { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });
        }
      },
    };
  },
};

export const SUBSCRIPTIONS_OVER_WEBSOCKET =
  "Subscriptions are served over WebSocket: connect to ws://…/graphql with the graphql-ws protocol (e.g. Apollo Client's GraphQLWsLink)";

/** Problems with data that failed no field (attributes that are not JSON): `extensions.warnings`. */
const warningsInExtensions: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind !== "single" || !contextValue.warnings?.length) return;
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, warnings: contextValue.warnings };
      },
    };
  },
};

const KNOWN_CODES = new Set<string>([
  ...ERROR_CODES.filter((code) => code !== "INTERNAL_SERVER_ERROR"),
  ...SUBSCRIPTION_ERROR_CODES,
  // Apollo's own request-level codes.
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/**
 * The code of an error Apollo raised about the request itself without giving one (a wrong
 * persisted-query hash or version: a GraphQLError with only an HTTP 4xx status): BAD_REQUEST.
 */
export function requestErrorCode(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const code = error.extensions.code;
  if (typeof code === "string") return code;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === "number" && status >= 400 && status < 500 ? "BAD_REQUEST" : undefined;
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  // A variable that does not fit its type (over HTTP or WebSocket): never its value, always BAD_USER_INPUT.
  if (original instanceof GraphQLError && isVariableCoercionError(original)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: valueFreeMessage(original), extensions: { ...extensions, code: "BAD_USER_INPUT" } };
  }
  // An upstream error that escaped a resolver unmapped still gets its proper code.
  if (original instanceof ChatApiError) return { ...fromUpstream(original).toJSON(), path: formatted.path, locations: formatted.locations };
  const code = requestErrorCode(original) ?? formatted.extensions?.code;
  if (typeof code === "string" && KNOWN_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    // A literal of the document: never quoted back either.
    const message =
      code === "GRAPHQL_VALIDATION_FAILED" && original instanceof GraphQLError
        ? valueFreeValidationMessage(original)
        : code === "GRAPHQL_PARSE_FAILED"
          ? valueFreeSyntaxMessage(formatted.message)
          : formatted.message;
    return { ...formatted, message, extensions: { ...extensions, code } };
  }
  // Anything else (a bug, an unexpected library error) says nothing about its internals.
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
