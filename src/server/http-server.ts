// The HTTP front door, on plain node:http: `/graphql` (GET, POST) handed to Apollo, `/healthz`,
// and a bounded request body. No framework: routing is three paths.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { GraphQLContext } from "../graphql/context.js";

export interface HttpServerOptions {
  apollo: ApolloServer<GraphQLContext>;
  context: (req: IncomingMessage) => Promise<GraphQLContext>;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
}

export function createHttpServer(options: HttpServerOptions): Server {
  return createServer((req, res) => {
    handle(options, req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      else res.destroy();
    });
  });
}

async function handle(options: HttpServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname === "/healthz") {
    sendJson(res, 200, { status: "ok" });
    return;
  }
  if (url.pathname !== "/graphql" && url.pathname !== "/graphql/") {
    sendJson(res, 404, { errors: [{ message: "Not found: GraphQL is served at /graphql", extensions: { code: "NOT_FOUND" } }] });
    return;
  }
  const body = await readBody(req, options.maxBodyBytes);
  if (body === "too large") {
    sendJson(res, 413, { errors: [{ message: `Request body larger than ${options.maxBodyBytes} bytes`, extensions: { code: "BAD_REQUEST" } }] });
    req.resume();
    return;
  }
  let parsed: unknown;
  if (body.length > 0 && isJson(req)) {
    try {
      parsed = JSON.parse(body);
    } catch {
      sendJson(res, 400, { errors: [{ message: "Request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
      return;
    }
  } else {
    parsed = body;
  }

  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search: url.search, body: parsed },
    context: () => options.context(req),
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

function isJson(req: IncomingMessage): boolean {
  return /^application\/(graphql-response\+)?json\b/i.test(req.headers["content-type"] ?? "");
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<string | "too large"> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > maxBytes) return Promise.resolve("too large");
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.removeAllListeners("data");
        resolve("too large");
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}
