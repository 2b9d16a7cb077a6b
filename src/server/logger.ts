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

export type { Logger };
