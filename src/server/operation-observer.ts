// One log line and one set of metric samples per GraphQL operation: request id, operation name,
// duration, outcome, and the upstream calls it made with their statuses and latency.

import type { ApolloServerPlugin } from "@apollo/server";
import { requestErrorCode } from "./apollo.js";
import type { Logger } from "./logger.js";
import type { Metrics } from "./metrics.js";
import type { RequestContext } from "./request-context.js";

/** Upstream calls listed by name in an operation's log line; the rest are counted. */
export const LOGGED_CALLS = 20;

/** `operationLog` writes the per-operation line; `logger` (redacting) the unexpected errors. */
export function operationObserver(logger: Logger, operationLog: Logger, metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        // Errors the client only sees as INTERNAL_SERVER_ERROR are logged in full for operators.
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = requestErrorCode(error);
            if (code === undefined || code === "INTERNAL_SERVER_ERROR") {
              const cause = error.originalError ?? error;
              // Library messages can quote anything, a caller's secret included: scrubbed like upstream text.
              const scrub = (text: string | undefined) => (text === undefined ? undefined : contextValue.client.redact(text));
              logger.error(
                {
                  requestId: contextValue.requestId,
                  err: { type: cause.name, message: scrub(cause.message), stack: scrub(cause.stack) },
                  path: error.path,
                },
                "unexpected error",
              );
            }
          }
        },
        async willSendResponse({ operationName, errors, response }) {
          const durationMs = performance.now() - started;
          const body = response.body.kind === "single" ? response.body.singleResult : undefined;
          const codes = [...(errors ?? []), ...(body?.errors ?? [])]
            .map((error) => String((error as { extensions?: { code?: unknown } }).extensions?.code ?? "INTERNAL_SERVER_ERROR"))
            .filter((code, index, all) => all.indexOf(code) === index);
          const { requestId, upstreamCalls, upstreamRetries } = contextValue;
          const [count, listed] = [upstreamCalls.length, upstreamCalls.slice(0, LOGGED_CALLS)]; // as the operation ends
          contextValue.logged.operation = true;
          // Written once the response is on its way (as access logs usually are), not before it:
          // the client does not wait for the line's serialisation and write.
          setImmediate(() => {
            const operation = metrics.operationLabel(operationName);
            const outcome = codes[0] ?? "ok";
            metrics.operations.inc({ operation, outcome });
            metrics.operationDuration.observe({ operation }, durationMs / 1000);
            operationLog.info(
              {
                requestId,
                operationName: operationName?.slice(0, 100) ?? null, // the client's own text: bounded
                durationMs: Math.round(durationMs * 100) / 100,
                outcome,
                errorCodes: codes,
                upstream: {
                  calls: count,
                  retries: upstreamRetries,
                  // The first few calls tell what happened; a count tells the rest (the line stays small).
                  requests: listed.map((call) => ({ route: call.route, status: call.status, ms: Math.round(call.durationMs * 100) / 100 })),
                  ...(count > LOGGED_CALLS ? { notListed: count - LOGGED_CALLS } : {}),
                },
              },
              "graphql operation",
            );
          });
        },
      };
    },
  };
}
