// Structured JSON logs (pino). Anything that could hold a credential is redacted by path, and
// chatql never logs request headers, variables or upstream URLs in the first place.

import { pino, type DestinationStream, type Logger } from "pino";

export const REDACTED_PATHS = [
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "credentials",
  "*.credentials",
  "authToken",
  "*.authToken",
  "apiSecret",
  "*.apiSecret",
  "password",
  "*.password",
  "token",
  "*.token",
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "chatql" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    },
    destination,
  );
}

/**
 * The per-operation access log. Its records are built field by field from values that cannot
 * hold a credential (ids, names, codes, routes, timings), so it skips redaction, which was the
 * largest cost of logging on the hot path (see BENCHMARKS.md).
 */
export function createOperationLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: { service: "chatql" }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

export type { Logger };
