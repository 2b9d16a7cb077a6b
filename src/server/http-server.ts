// The HTTP front door, on plain node:http. Routes:
//   /graphql   GET, POST → Apollo (behind access control; GET text/html is the Sandbox landing page)
//   /graphiql  the offline GraphiQL page (when the explorer is enabled)
//   /healthz   the process is up;   /readyz  the upstream answers and accepts our credentials
//   /metrics   Prometheus exposition
// Bodies are bounded; while draining (SIGTERM) new requests get 503 and connections close.

import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { CorsConfig, UpstreamCredentials } from "../config.js";
import type { AccessControl } from "./access.js";
import { applyCors } from "./cors.js";
import { OFFLINE_EXPLORER_PATH, offlineExplorer } from "./explorer.js";
import type { Metrics } from "./metrics.js";
import type { ReadinessProbe } from "./readiness.js";
import type { RequestContext } from "./request-context.js";

export interface HttpServerOptions {
  apollo: ApolloServer<RequestContext>;
  access: AccessControl;
  /** Browser origins allowed to read responses; OPTIONS is answered by CORS alone. */
  cors: CorsConfig;
  /** Builds one request's context; `credentials` is the caller's in pass-through mode. */
  context: (requestId: string, credentials: UpstreamCredentials | null) => Promise<RequestContext>;
  readiness: ReadinessProbe;
  metrics: Metrics;
  /** Serve the offline GraphiQL page. */
  explorer: boolean;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
}

export interface ChatqlHttpServer {
  server: Server;
  /** Refuse new requests from now on (503, connection closed); requests under way finish. */
  startDraining(): void;
}

export function createHttpServer(options: HttpServerOptions): ChatqlHttpServer {
  let draining = false;
  const server = createServer((req, res) => {
    if (draining) {
      res.setHeader("connection", "close");
      sendErrors(res, 503, "chatql is shutting down", "SERVICE_UNAVAILABLE");
      req.resume();
      return;
    }
    handle(options, req, res).catch(() => {
      if (!res.headersSent) sendErrors(res, 500, "Internal server error", "INTERNAL_SERVER_ERROR");
      else res.destroy();
    });
  });
  return {
    server,
    startDraining() {
      draining = true;
    },
  };
}

async function handle(options: HttpServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (applyCors(options.cors, req, res)) return; // a preflight: no credentials, nothing to execute
  const url = new URL(req.url ?? "/", "http://localhost");
  switch (url.pathname) {
    case "/healthz":
      return sendJson(res, 200, { status: "ok" });
    case "/readyz": {
      const readiness = await options.readiness.check();
      return sendJson(res, readiness.ready ? 200 : 503, readiness);
    }
    case "/metrics":
      res.writeHead(200, { "content-type": options.metrics.registry.contentType });
      res.end(await options.metrics.registry.metrics());
      return;
    case OFFLINE_EXPLORER_PATH:
      if (!options.explorer) break;
      return offlineExplorer.serve(req, res);
    case "/graphql":
    case "/graphql/":
      return graphql(options, req, res, url);
  }
  sendErrors(res, 404, "Not found: GraphQL is served at /graphql", "NOT_FOUND");
}

async function graphql(options: HttpServerOptions, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const requestId = requestIdOf(req);
  res.setHeader("x-request-id", requestId);
  const method = (req.method ?? "GET").toUpperCase();
  const landingPage = method === "GET" && !url.searchParams.has("query") && (req.headers.accept ?? "").includes("text/html");
  const decision = options.access.decide(req.headers);
  if (!decision.allowed && !landingPage) {
    res.setHeader("www-authenticate", decision.challenge);
    sendErrors(res, 401, decision.message, "UNAUTHENTICATED");
    req.resume();
    return;
  }

  const body = await readBody(req, options.maxBodyBytes);
  if (body === null) {
    res.setHeader("connection", "close");
    sendErrors(res, 413, `Request body larger than ${options.maxBodyBytes} bytes`, "BAD_REQUEST");
    return;
  }
  let parsed: unknown = body;
  if (body.length > 0 && /^application\/(graphql-response\+)?json\b/i.test(req.headers["content-type"] ?? "")) {
    try {
      parsed = JSON.parse(body);
    } catch {
      sendErrors(res, 400, "Request body is not valid JSON", "BAD_REQUEST");
      return;
    }
  }

  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const credentials = decision.allowed ? decision.credentials : null;
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method, headers, search: url.search, body: parsed },
    context: () => options.context(requestId, credentials),
  });
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The caller's `x-request-id` when it is a sane token, else a fresh one. */
function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

/** The body as text, or null when it exceeds `maxBytes` (reading stops there). */
function readBody(req: IncomingMessage, maxBytes: number): Promise<string | null> {
  if (Number(req.headers["content-length"] ?? 0) > maxBytes) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off("data", onData);
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendErrors(res: ServerResponse, status: number, message: string, code: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}
