// Top-level GraphQL errors with stable `extensions.code`s (docs/architecture.md, "Errors"). Upstream
// failures keep Twilio's own code, status and docs link in `extensions.twilio`, and nothing else:
// never the upstream URL, headers or credentials.

import { GraphQLError } from "graphql";
import { ChatApiError } from "../../chat-api/index.js";

/** chatql's own top-level error codes (one list: the type and the runtime set both come from it). */
export const ERROR_CODES = [
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "RATE_LIMITED",
  "UPSTREAM_UNAVAILABLE",
  "UPSTREAM_ERROR",
  /** The operation used up CHATQL_MAX_UPSTREAM_CALLS, or a list walk CHATQL_MAX_LIST_PAGES. */
  "UPSTREAM_BUDGET_EXCEEDED",
  /** CHATQL_OPERATION_TIMEOUT_MS passed before this field's upstream work was done. */
  "OPERATION_TIMEOUT",
  /** The response's JSON would be over CHATQL_MAX_RESPONSE_BYTES: nothing of it is sent. */
  "RESPONSE_TOO_LARGE",
  "INTERNAL_SERVER_ERROR",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...(argument ? { argument } : {}) } });
}

export function notFound(message: string, upstream?: ChatApiError): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "NOT_FOUND", ...(upstream ? twilioExtension(upstream) : {}) } });
}

/** The GraphQL error code for an upstream failure. */
export function codeForUpstream(error: ChatApiError): ErrorCode {
  if (error.kind === "timeout" || error.kind === "network") return "UPSTREAM_UNAVAILABLE";
  if (error.kind === "bad_response") return "UPSTREAM_ERROR";
  if (error.kind === "budget") return "UPSTREAM_BUDGET_EXCEEDED";
  if (error.kind === "aborted") return "OPERATION_TIMEOUT";
  switch (error.status) {
    case 400:
      return "BAD_USER_INPUT";
    case 401:
      return "UNAUTHENTICATED";
    case 403:
      return "FORBIDDEN";
    case 404:
      return "NOT_FOUND";
    case 429:
      return "RATE_LIMITED";
    case 502:
    case 503:
    case 504:
      return "UPSTREAM_UNAVAILABLE";
    default:
      return "UPSTREAM_ERROR";
  }
}

const MESSAGES: Record<ErrorCode, string> = {
  BAD_USER_INPUT: "The Chat API rejected the request",
  UNAUTHENTICATED: "The Chat API did not accept chatql's credentials",
  FORBIDDEN: "The Chat API refused access to this resource",
  NOT_FOUND: "The Chat API has no such resource",
  RATE_LIMITED: "The Chat API is rate limiting requests; try again later",
  UPSTREAM_UNAVAILABLE: "The Chat API is unavailable right now; try again later",
  UPSTREAM_ERROR: "The Chat API failed to answer the request",
  UPSTREAM_BUDGET_EXCEEDED:
    "This operation needs more upstream requests than one operation may make; ask for less (smaller pages, fewer objects)",
  OPERATION_TIMEOUT: "The operation's deadline passed before this field's upstream requests completed",
  RESPONSE_TOO_LARGE: "The response would be larger than CHATQL_MAX_RESPONSE_BYTES",
  INTERNAL_SERVER_ERROR: "Internal server error",
};

/** Why the Chat API was unavailable, in words that match what happened. */
function unavailableMessage(error: ChatApiError): string {
  if (error.kind === "timeout") return "The Chat API did not answer in time";
  if (error.kind === "network") return "The Chat API could not be reached";
  return `The Chat API is unavailable right now (HTTP ${error.status}); try again later`;
}

export function fromUpstream(error: ChatApiError): GraphQLError {
  const code = codeForUpstream(error);
  // Twilio's own message is useful for 4xx (it names the parameter); for the rest a fixed text.
  const message =
    error.kind === "http" && error.twilioCode !== null && error.status !== null && error.status < 500
      ? error.message
      : code === "UPSTREAM_UNAVAILABLE"
        ? unavailableMessage(error)
        : code === "UPSTREAM_BUDGET_EXCEEDED"
          ? `${MESSAGES[code]}: ${error.message}`
          : MESSAGES[code];
  const retry = error.retryAfter !== null ? { retryAfterSeconds: error.retryAfter } : {};
  return new GraphQLError(message, { extensions: { code, ...twilioExtension(error), ...retry } });
}

/** `extensions.twilio`: what the upstream said, when it said anything. */
function twilioExtension(error: ChatApiError): { twilio?: { code: number | null; status: number | null; moreInfo: string | null } } {
  if (error.twilioCode === null && error.status === null) return {};
  return { twilio: { code: error.twilioCode, status: error.status, moreInfo: error.moreInfo } };
}

/** Re-throws upstream failures as GraphQL errors; anything else is left to the server's masking. */
export function rethrowUpstream(error: unknown): never {
  if (error instanceof ChatApiError) throw fromUpstream(error);
  throw error;
}
