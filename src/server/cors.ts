// CORS: which browser origins may read chatql's responses. Runs before routing. Every OPTIONS
// request is answered here and never reaches access control or Apollo: browsers send no
// credentials on a preflight, and a preflight must not execute anything.
//
// - An allowed origin (listed in CHATQL_CORS_ORIGINS, or loopback outside production) gets its
//   own origin back with credentials allowed; with `*`, every origin gets `*` and never
//   credentials (browsers refuse that pair, and it would let any site use a browser's
//   credentials).
// - Any other origin gets no CORS headers, so the browser keeps the response from the page; its
//   preflight is refused (403). Non-preflighted requests still run as usual: Apollo's CSRF
//   prevention refuses the "simple" ones that could carry an operation.

import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import type { CorsConfig } from "../config.js";

/** How long a browser may reuse a preflight answer: a policy change reaches it within minutes. */
export const PREFLIGHT_MAX_AGE_SECONDS = 600;

const ALLOWED_METHODS = "GET, POST, OPTIONS";

/** Request headers a page may send: the ones GraphQL clients use, Apollo's CSRF headers, ours. */
const ALLOWED_HEADERS = [
  "content-type",
  "authorization",
  "apollo-require-preflight",
  "x-apollo-operation-name",
  "apollographql-client-name",
  "apollographql-client-version",
  "x-request-id",
].join(", ");

/** Response headers a page may read beyond the CORS-safelisted ones. */
const EXPOSED_HEADERS = "x-request-id";

export interface CorsAnswer {
  /** Headers to add to the response (possibly none). */
  headers: Record<string, string>;
  /** For OPTIONS: answer at once with this status, with `headers`; the request goes no further. */
  preflightStatus?: number;
}

export function corsAnswer(config: CorsConfig, method: string, request: IncomingHttpHeaders): CorsAnswer {
  const origin = request.origin;
  const headers: Record<string, string> = config.anyOrigin ? {} : { vary: "Origin" };
  const allowed = origin === undefined ? null : allowedOrigin(config, origin);
  if (allowed) {
    headers["access-control-allow-origin"] = allowed;
    if (allowed !== "*") headers["access-control-allow-credentials"] = "true";
  }
  if (method !== "OPTIONS") {
    if (allowed) headers["access-control-expose-headers"] = EXPOSED_HEADERS;
    return { headers };
  }
  // Not from a browser page: say what the server allows and stop.
  if (origin === undefined) return { headers: { ...headers, allow: ALLOWED_METHODS }, preflightStatus: 204 };
  if (!allowed) return { headers, preflightStatus: 403 };
  headers["access-control-allow-methods"] = ALLOWED_METHODS;
  headers["access-control-allow-headers"] = ALLOWED_HEADERS;
  headers["access-control-max-age"] = String(PREFLIGHT_MAX_AGE_SECONDS);
  return { headers, preflightStatus: 204 };
}

/** What `Access-Control-Allow-Origin` should say to `origin`, or null when it may not read. */
export function allowedOrigin(config: CorsConfig, origin: string): string | null {
  if (config.anyOrigin) return "*";
  if (config.origins.includes(origin)) return origin;
  if (config.loopback && isLoopbackOrigin(origin)) return origin;
  return null;
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

function isLoopbackOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  // Only a well-formed origin: `Origin: http://localhost:3000/x` is not one.
  return (url.protocol === "http:" || url.protocol === "https:") && LOOPBACK_HOSTS.has(url.hostname) && url.origin === origin;
}

/** Adds CORS headers to `res`; returns true when it has answered the request (OPTIONS). */
export function applyCors(config: CorsConfig, req: IncomingMessage, res: ServerResponse): boolean {
  const method = (req.method ?? "GET").toUpperCase();
  const answer = corsAnswer(config, method, req.headers);
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  if (answer.preflightStatus === undefined) return false;
  req.resume();
  if (answer.preflightStatus === 403) {
    res.writeHead(403, { "content-type": "application/json; charset=utf-8" });
    res.end(
      JSON.stringify({
        errors: [{ message: "This origin may not call chatql (see CHATQL_CORS_ORIGINS)", extensions: { code: "FORBIDDEN" } }],
      }),
    );
    return true;
  }
  res.writeHead(answer.preflightStatus, { "content-length": "0" });
  res.end();
  return true;
}
