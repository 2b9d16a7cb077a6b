// The HTTP front door, on plain node:http. Routes:
//   /graphql   GET, POST → Apollo, always behind access control (a GET that prefers HTML gets the
//              static landing page instead, served here and never executed)
//   /graphiql  the offline GraphiQL page (when the explorer is enabled)
//   /healthz   the process is up;   /readyz  the upstream answers and accepts our credentials
//   /metrics   Prometheus exposition
//   /twilio/events  Twilio's webhooks, signature-checked (live/twilio-events.endpoint.ts)
// WebSocket upgrades on /graphql are live/websocket.server.ts's.
// Bodies are bounded; while draining (SIGTERM) new requests get 503 and connections close.

import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import { OperationAbort, OperationAborted, type Abortable, type Credentials } from "../chat-api/index.js";
import type { CorsConfig } from "../config.js";
import { readBody } from "../http/read-body.js";
import { requestTimeOptions } from "../http/request-time.js";
import type { AccessControl } from "./access.js";
import { applyCors } from "./cors.js";
import { OFFLINE_EXPLORER_PATH, offlineExplorer } from "./explorer.js";
import { jsonDepthExceeds } from "../json-depth.js";
import { landingPage, prefersHtml } from "./landing-page.js";
import type { Logger } from "./logger.js";
import type { Metrics } from "./metrics.js";
import { resolvePersisted, type OperationFields, type PersistedDocuments } from "./persisted-documents.js";
import type { ReadinessProbe } from "./readiness.js";
import type { RequestContext } from "./request-context.js";
import { handleTwilioEvents, TWILIO_EVENTS_PATH, type TwilioEventsOptions } from "./live/twilio-events.endpoint.js";
import { UnreadResponses, watchedResponse, type UnreadLimits } from "./unread-responses.js";
import { LinesPerSecond } from "./lines-per-second.js";

export interface HttpServerOptions {
  apollo: ApolloServer<RequestContext>;
  access: AccessControl;
  /** Browser origins allowed to read responses; OPTIONS is answered by CORS alone. */
  cors: CorsConfig;
  /**
   * Builds one request's context; `credentials` is the caller's in pass-through mode; `signal`
   * aborts its upstream work when the operation's deadline passes or the client goes away.
   */
  context: (requestId: string, credentials: Credentials | null, signal: Abortable) => Promise<RequestContext>;
  readiness: ReadinessProbe;
  metrics: Metrics;
  /** Serve the offline GraphiQL page. */
  explorer: boolean;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Deepest JSON nesting accepted in a request (body, or GET's variables and extensions). */
  maxJsonDepth: number;
  /** Deadline of one operation's upstream work. */
  operationTimeoutMs: number;
  /** Operations executing at once (CHATQL_MAX_OPERATIONS_IN_FLIGHT); past it 503 with Retry-After. */
  maxOperationsInFlight: number;
  /** TCP connections open at once, WebSockets included (CHATQL_MAX_CONNECTIONS); past it new ones are closed unanswered. */
  maxConnections: number;
  /** Time a client has to send a whole request; a slow sender (slow-loris) gets 408 and is dropped. */
  requestTimeoutMs: number;
  /** Time a client has to take a whole response once it is written, and the bytes all responses may hold unread. */
  unread: UnreadLimits;
  /** Trusted documents, when a manifest is configured. */
  persisted: { documents: PersistedDocuments; trustedOnly: boolean } | null;
  /** Twilio's webhooks in. */
  twilioEvents: TwilioEventsOptions;
  /** Where each refused request gets its line (the operation log, beside the operations' own). */
  operationLog: Logger;
  /** The Prometheus exposition (one rendering shared by the scrapes that arrive while it runs: `coalesced`). */
  metricsText: () => Promise<string>;
}

export interface ChatqlHttpServer {
  server: Server;
  /** CHATQL_MAX_OPERATIONS_IN_FLIGHT's slots, which subscriptions take while they start too. */
  slots: OperationSlots;
  /** Refuse new requests from now on (503, connection closed); requests under way finish. */
  startDraining(): void;
  isDraining(): boolean;
}

/**
 * Requests one connection may have in flight at once (HTTP/1.1 pipelining; browsers and undici
 * send one at a time). Node parses a pipelined burst whole and answers it in order, so a client
 * that sends 2,000 `GET /metrics` on one socket and reads nothing had 2,000 answers buffered
 * (1.5 GB); past this many the connection is closed instead.
 */
export const PIPELINED_REQUESTS_MAX = 16;
const inFlight = new WeakMap<object, number>();

/** Counts `res` against its connection until it is answered or gone; false (connection destroyed) past the bound. */
function admitPipelined(req: IncomingMessage, res: ServerResponse): boolean {
  const socket = req.socket;
  const count = (inFlight.get(socket) ?? 0) + 1;
  if (count > PIPELINED_REQUESTS_MAX) {
    socket.destroy();
    return false;
  }
  inFlight.set(socket, count);
  res.once("close", () => inFlight.set(socket, (inFlight.get(socket) ?? 1) - 1));
  return true;
}

/** Operations executing now in one server, against CHATQL_MAX_OPERATIONS_IN_FLIGHT. */
export class OperationSlots {
  private used = 0;

  constructor(
    readonly max: number,
    private readonly metrics: Metrics,
  ) {}

  /** Takes a slot; false when all of them are taken. */
  take(): boolean {
    if (this.used >= this.max) return false;
    this.metrics.operationsInFlight.set(++this.used);
    return true;
  }

  give(): void {
    this.metrics.operationsInFlight.set(--this.used);
  }
}

/** The refusal when every slot is taken (HTTP's 503, and a subscription's SERVICE_UNAVAILABLE). */
export const operationsUnderWay = (max: number) =>
  `chatql has ${max} operations under way (CHATQL_MAX_OPERATIONS_IN_FLIGHT): try again shortly`;

export function createHttpServer(options: HttpServerOptions): ChatqlHttpServer {
  let draining = false;
  const slots = new OperationSlots(options.maxOperationsInFlight, options.metrics);
  const dropLines = new LinesPerSecond(REFUSALS_LOGGED_PER_SECOND);
  const unread = new UnreadResponses(options.unread, (res, reason) => {
    options.metrics.unreadResponsesDropped.inc({ reason });
    const extra = dropLines.admit();
    const requestId = res.getHeader("x-request-id");
    if (extra) options.operationLog.warn({ ...(requestId ? { requestId } : {}), reason, ...extra }, "connection closed: response not read");
  });
  const serverOptions = { ...requestTimeOptions(options.requestTimeoutMs), ServerResponse: watchedResponse(unread) };
  const server = createServer(serverOptions, (req, res) => {
    if (!admitPipelined(req, res)) return;
    if (draining) {
      res.setHeader("connection", "close");
      sendErrors(res, 503, "chatql is shutting down", "SERVICE_UNAVAILABLE");
      req.resume();
      return;
    }
    handle(options, slots, req, res).catch(() => {
      if (!res.headersSent) sendErrors(res, 500, "Internal server error", "INTERNAL_SERVER_ERROR");
      else res.destroy();
    });
  });
  // Node closes a connection past this at once (nothing read, nothing written) and says so with "drop".
  server.maxConnections = options.maxConnections;
  server.on("drop", () => options.metrics.connectionsDropped.inc());
  return {
    server,
    slots,
    startDraining() {
      draining = true;
    },
    isDraining: () => draining,
  };
}

async function handle(options: HttpServerOptions, slots: OperationSlots, req: IncomingMessage, res: ServerResponse): Promise<void> {
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
      res.end(await options.metricsText());
      return;
    case OFFLINE_EXPLORER_PATH:
      if (!options.explorer) break;
      return offlineExplorer.serve(req, res);
    case "/graphql":
    case "/graphql/":
      return graphql(options, slots, req, res, url);
    case TWILIO_EVENTS_PATH:
      return handleTwilioEvents(options.twilioEvents, req, res);
  }
  sendErrors(res, 404, "Not found: GraphQL is served at /graphql", "NOT_FOUND");
}

async function graphql(
  options: HttpServerOptions,
  slots: OperationSlots,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const requestId = requestIdOf(req);
  res.setHeader("x-request-id", requestId);
  // Every answer here is the caller's own, refusals included (Apollo sets it on what it executes).
  res.setHeader("cache-control", "no-store");
  const method = (req.method ?? "GET").toUpperCase();
  // Static HTML, served here: nothing in this request reaches Apollo, so it needs no credentials.
  if (options.explorer && prefersHtml(method, req.headers)) {
    req.resume();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" });
    res.end(landingPage());
    return;
  }
  // Refused before any operation runs: no operation line would say so, so this one does.
  const refuse = (status: number, message: string, code: string) => {
    sendErrors(res, status, message, code);
    refused(options, requestId, method, status, code);
  };
  // Every request that can execute an operation, whatever its method, Accept or extensions.
  const decision = options.access.decide(req.headers);
  if (!decision.allowed) {
    res.setHeader("www-authenticate", decision.challenge);
    refuse(401, decision.message, "UNAUTHENTICATED");
    req.resume();
    return;
  }

  const bytes = await readBody(req, options.maxBodyBytes);
  if (bytes === null) {
    res.setHeader("connection", "close");
    refuse(413, `Request body larger than ${options.maxBodyBytes} bytes`, "BAD_REQUEST");
    return;
  }
  const body = bytes.toString("utf8");
  let parsed: unknown = body;
  if (body.length > 0 && /^application\/(graphql-response\+)?json\b/i.test(req.headers["content-type"] ?? "")) {
    try {
      parsed = JSON.parse(body);
    } catch {
      refuse(400, "Request body is not valid JSON", "BAD_REQUEST");
      return;
    }
  }
  const fields = operationFields(method, parsed, url);
  if (fields === "bad_json" || jsonDepthExceeds(fields ?? parsed, options.maxJsonDepth)) {
    refuse(400, `Request JSON is invalid or nested deeper than ${options.maxJsonDepth} levels`, "BAD_REQUEST");
    return;
  }
  if (options.persisted && fields) {
    const resolution = resolvePersisted(fields, options.persisted.documents, options.persisted.trustedOnly);
    if (!resolution.ok) {
      refuse(400, resolution.message, resolution.code);
      return;
    }
    if (method === "GET") writeSearch(url, fields);
  }

  // Counted from here, where the work that holds memory starts, until the response is written.
  if (!slots.take()) {
    res.setHeader("retry-after", "1");
    refuse(503, operationsUnderWay(slots.max), "SERVICE_UNAVAILABLE");
    return;
  }
  try {
    await execute(options, req, res, url, parsed, decision.credentials, requestId, method);
  } finally {
    slots.give();
  }
}

/** Runs the operation through Apollo and writes its answer. */
async function execute(
  options: HttpServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  parsed: unknown,
  credentials: Credentials | null,
  requestId: string,
  method: string,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const signal = operationSignal(res, options.operationTimeoutMs);
  let context: RequestContext | undefined;
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method, headers, search: url.search, body: parsed },
    context: async () => (context = await options.context(requestId, credentials, signal)),
  });
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  // Apollo's own refusals (CSRF prevention, batches, a body that is no operation) come before any operation's line.
  if (res.statusCode >= 400 && !context?.logged.operation) {
    refused(options, requestId, method, res.statusCode, response.body.kind === "complete" ? codeOf(response.body.string) : "BAD_REQUEST");
  }
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * The operation's fields: the POST body object itself (rewritten in place), or GET's parameters
 * with `variables`/`extensions` parsed; null for a body that is not one operation object.
 */
function operationFields(method: string, parsed: unknown, url: URL): (OperationFields & { variables?: unknown }) | null | "bad_json" {
  if (method !== "GET") return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as OperationFields) : null;
  const params = url.searchParams;
  const fields: OperationFields & { variables?: unknown } = {};
  for (const name of ["query", "documentId"] as const) if (params.has(name)) fields[name] = params.get(name);
  try {
    // Apollo parses these again; parsing here bounds their depth before anything walks them.
    for (const name of ["variables", "extensions"] as const) if (params.has(name)) fields[name] = JSON.parse(params.get(name)!);
  } catch {
    return "bad_json";
  }
  return fields;
}

/** Puts GET's (rewritten) operation fields back into the query string Apollo reads. */
function writeSearch(url: URL, fields: OperationFields): void {
  const params = url.searchParams;
  params.delete("documentId");
  if (typeof fields.query === "string") params.set("query", fields.query);
  if (fields.extensions !== undefined) params.set("extensions", JSON.stringify(fields.extensions));
}

/** Aborted when the operation's deadline passes or the client goes away before the response is sent. */
function operationSignal(res: ServerResponse, timeoutMs: number): Abortable {
  const abort = new OperationAbort();
  const timer = setTimeout(() => abort.abort(new OperationAborted("deadline")), timeoutMs);
  res.once("close", () => {
    clearTimeout(timer);
    if (!res.writableFinished) abort.abort(new OperationAborted("client_gone"));
  });
  return abort;
}

/** Characters of a caller's `x-request-id` kept (it goes into every log line of the request). */
export const REQUEST_ID_MAX = 128;
const REQUEST_ID = new RegExp(`^[\\w.:-]{1,${REQUEST_ID_MAX}}$`);

/** The caller's `x-request-id` when it is a sane token, else a fresh one. */
function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * "request refused" lines one process writes a second at the most: anyone can send refused
 * requests (no token needed), and a flood of them must not flood the log. The metric counts every
 * one; the next line written says how many were not (`notLogged`). Connections closed with a
 * response unread get lines of their own under the same bound.
 */
export const REFUSALS_LOGGED_PER_SECOND = 20;

const refusalLines = new WeakMap<object, LinesPerSecond>();

/** The log line and metric of a request refused before any operation ran. */
function refused(options: HttpServerOptions, requestId: string, method: string, status: number, code: string): void {
  options.metrics.httpRefusals.inc({ status: String(status), code });
  let lines = refusalLines.get(options.operationLog);
  if (!lines) refusalLines.set(options.operationLog, (lines = new LinesPerSecond(REFUSALS_LOGGED_PER_SECOND)));
  const extra = lines.admit();
  if (extra) options.operationLog.info({ requestId, method, status, code, ...extra }, "request refused");
}

/** The first error's code of an answer Apollo wrote; BAD_REQUEST when it has none (bounded: it becomes a metric label). */
function codeOf(body: string): string {
  try {
    const code = (JSON.parse(body) as { errors?: Array<{ extensions?: { code?: unknown } }> }).errors?.[0]?.extensions?.code;
    return typeof code === "string" && /^[A-Z_]{1,40}$/.test(code) ? code : "BAD_REQUEST";
  } catch {
    return "BAD_REQUEST";
  }
}

function sendErrors(res: ServerResponse, status: number, message: string, code: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

/**
 * `render`, shared by every caller that asks while it runs: scrapes that arrive together (500 at
 * once took 8 s of CPU, one rendering each) cost one. A scrape that starts after it ended renders
 * anew, so what it shows is never older than the request.
 */
export function coalesced(render: () => Promise<string>): () => Promise<string> {
  let running: Promise<string> | null = null;
  return () => (running ??= render().finally(() => (running = null)));
}
