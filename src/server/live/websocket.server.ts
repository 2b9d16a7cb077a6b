// GraphQL subscriptions over WebSocket on /graphql (the graphql-ws protocol), sharing chatql's HTTP
// server. This is graphql-ws's `useServer` wiring for `ws` (what Apollo Server's subscription docs
// set up), written out so that chatql logs through pino instead of the console, and can refuse,
// count and bound connections:
//   - the upgrade: /graphql only, refused while draining, and from a browser only for an origin
//     CORS allows (a page elsewhere cannot subscribe with what a local chatql lets anyone read);
//   - connection_init: the same access control as /graphql (`authorization` in the payload, or the
//     upgrade request's header); pass-through credentials are tried upstream once (cached for a
//     while); at most CHATQL_MAX_CONNECTIONS_PER_TOKEN connections per credentials (per address
//     when chatql has no access control); CHATQL_WS_INIT_TIMEOUT_MS to send it at all;
//   - messages: at most CHATQL_WS_MAX_MESSAGE_BYTES (1009 past it); pings keep a dead peer from
//     holding a connection (CHATQL_WS_KEEPALIVE_MS);
//   - subscribe: subscriptions only (queries and mutations go over HTTP), the same parse, validation
//     and cost limits as HTTP, trusted documents when configured, at most
//     CHATQL_MAX_SUBSCRIPTIONS_PER_CONNECTION at once;
//   - each event runs with a context of its own (event.execution.ts) and errors formatted as over HTTP.

import { randomBytes, randomUUID } from "node:crypto";
import { ServerResponse, type IncomingMessage, type Server } from "node:http";
import { Socket } from "node:net";
import type { Duplex } from "node:stream";
import {
  getOperationAST,
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  type ParseOptions,
  type SelectionSetNode,
  type ValidationRule,
} from "graphql";
import { CloseCode, makeServer, type Context, type SubscribePayload } from "graphql-ws";
import { WebSocketServer, type WebSocket } from "ws";
import {
  credentialsDigest,
  OperationAbort,
  OperationAborted,
  type Abortable,
  type ChatApiClient,
  type Credentials,
} from "../../chat-api/index.js";
import type { CorsConfig, LiveConfig } from "../../config.js";
import type { LiveSubscriber } from "../../graphql/subscription/subscription.context.js";
import type { AccessControl } from "../access.js";
import { formatError } from "../apollo.js";
import { allowedOrigin } from "../cors.js";
import { operationsUnderWay, REFUSALS_LOGGED_PER_SECOND, REQUEST_ID_MAX, type OperationSlots } from "../http-server.js";
import { LinesPerSecond } from "../lines-per-second.js";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics.js";
import { resolvePersisted, type PersistedDocuments } from "../persisted-documents.js";
import type { RequestContext } from "../request-context.js";
import { withinResponseSize } from "../response-size.js";
import type { CallBudget } from "../upstream-guard.js";
import { subscribePerEvent } from "./event.execution.js";
import type { LiveUpdates } from "./live.updates.js";

/** Longest subscription id accepted (it names the subscription in logs), as HTTP's x-request-id. */
export const SUBSCRIPTION_ID_MAX = REQUEST_ID_MAX;

export interface WebSocketServerOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  access: AccessControl;
  cors: CorsConfig;
  limits: Pick<
    LiveConfig,
    "maxConnectionsPerToken" | "maxSubscriptionsPerConnection" | "wsMaxMessageBytes" | "wsInitTimeoutMs" | "wsKeepaliveMs"
  >;
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  /** The static cost of an operation (throws a GraphQLError past the limit). */
  checkCost: (document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined) => void;
  persisted: { documents: PersistedDocuments; trustedOnly: boolean } | null;
  live: LiveUpdates;
  /**
   * One request's context (as for HTTP); `credentials` are the caller's in pass-through mode;
   * `budget`, when given, the upstream calls it shares with others.
   */
  context: (requestId: string, credentials: Credentials | null, signal: Abortable, budget?: CallBudget) => Promise<RequestContext>;
  /** The client that fetches events' objects for these credentials (chatql's own when null). */
  clientFor: (credentials: Credentials | null) => ChatApiClient;
  /** The account of chatql's own credentials (configured mode). */
  ownAccountSid: string | null;
  /** Pass-through: whether the upstream accepts these credentials (tried once, then remembered). */
  credentialsWork: (credentials: Credentials) => Promise<boolean>;
  operationTimeoutMs: number;
  /** A fresh operation budget (CHATQL_MAX_UPSTREAM_CALLS, CHATQL_MAX_UPSTREAM_BYTES): what one event's executions for all of one token's subscriptions share. */
  newBudget: () => CallBudget;
  /** CHATQL_MAX_RESPONSE_BYTES: an event's result over it is sent as one RESPONSE_TOO_LARGE error. */
  maxResponseBytes: number;
  isDraining: () => boolean;
  /** CHATQL_MAX_OPERATIONS_IN_FLIGHT's slots, shared with HTTP: a subscription holds one while it starts. */
  slots: OperationSlots;
  production: boolean;
  logger: Logger;
  operationLog: Logger;
  metrics: Metrics;
}

/** What chatql keeps about one connection. */
interface Connection {
  id: string;
  request: IncomingMessage;
  socket: WebSocket;
  /** Aborted when the connection closes: upstream work for it stops. */
  closed: OperationAbort;
  credentials: Credentials | null;
  /** Counted under this key against CHATQL_MAX_CONNECTIONS_PER_TOKEN (set once accepted). */
  key: string | null;
  /** Whose share of an event's upstream budget this connection's subscriptions use: its principal's, or its own. */
  budgetKey: string | null;
  subscriber: LiveSubscriber | null;
  /** Subscriptions under way, by id: for the log line when each ends. */
  active: Map<string, { operationName: string | null; started: number; events: number; field: string }>;
  /**
   * Each subscription's own stop, by id, from its subscribe on: aborted when it ends or when the
   * connection closes (an id is not taken again while it is here). Its event stream ends with it, so no
   * stream outlives what graphql-ws knows of (a subscribe, complete, subscribe of one id while the
   * first was starting left graphql-ws holding only the second).
   */
  stops: Map<string, OperationAbort>;
  /**
   * Subscribes being started (from subscribe until their stream is set up), each with what gives
   * back its place: one completed while starting still counts, so subscribe-complete pairs cannot
   * start work without bound.
   */
  starting: Set<() => void>;
}

type WsContext = Context<Record<string, unknown> | undefined, { connection: Connection }>;

/** The context a subscription starts with (its access check), and what each event's context is made from. */
interface SubscriptionStart extends RequestContext {
  live: LiveSubscriber;
  subscription: { connection: Connection; id: string; field: string };
  /** Ends the subscription's event stream (see Connection.stops). */
  stop: Abortable;
  release(): void;
}

export interface ChatqlWebSocketServer {
  /** Closes every connection (1001) and stops accepting. */
  close(): Promise<void>;
}

export function attachWebSocketServer(options: WebSocketServerOptions): ChatqlWebSocketServer {
  const { limits, metrics } = options;
  const perKey = new Map<string, number>();
  // An event's upstream calls, per principal, for as long as any subscription still holds the event.
  const eventBudgets = new WeakMap<object, Map<string, CallBudget>>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.wsMaxMessageBytes });
  // "subscription refused" lines: a client can cause them as fast as it sends (metrics count them all).
  const refusalLines = new LinesPerSecond(REFUSALS_LOGGED_PER_SECOND);

  const server = makeServer<Record<string, unknown> | undefined, { connection: Connection }>({
    schema: options.schema,
    connectionInitWaitTimeout: limits.wsInitTimeoutMs,
    onConnect: (ctx) => accept(ctx),
    onSubscribe: (ctx, id, payload) => start(ctx as WsContext, id, payload),
    onOperation: (_ctx, _id, _payload, args) => {
      (args.contextValue as SubscriptionStart | undefined)?.release();
    },
    subscribe: subscribePerEvent(eventContext, (start) => (start as SubscriptionStart).stop),
    onNext: (ctx, id, _payload, _args, result) => {
      const sent = withinResponseSize(formatted(result), options.maxResponseBytes) as ExecutionResult;
      const subscription = ctx.extra.connection.active.get(id);
      if (subscription) {
        subscription.events += 1;
        const outcome = String(sent.errors?.[0]?.extensions?.code ?? (sent.errors?.length ? "INTERNAL_SERVER_ERROR" : "ok"));
        metrics.subscriptionEvents.inc({ subscription: subscription.field, outcome });
      }
      return sent;
    },
    onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
    onComplete: (ctx, id) => ended(ctx.extra.connection, id),
    onClose: (ctx) => {
      const { connection } = ctx.extra;
      for (const settle of [...connection.starting]) settle();
      for (const id of [...connection.active.keys()]) ended(connection, id);
      for (const id of [...connection.stops.keys()]) stop(connection, id);
      if (connection.key !== null) {
        const left = (perKey.get(connection.key) ?? 1) - 1;
        if (left > 0) perKey.set(connection.key, left);
        else perKey.delete(connection.key);
        metrics.websocketConnections.dec();
      }
    },
  });

  const refuse = (socket: Duplex, status: number, reason: string, label: string) => {
    metrics.websocketRefused.inc({ reason: label });
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node takes its own error listener off a socket it hands over: a reset while this answers
    // (a refusal, a plain answer) would be an uncaught exception, and end the process.
    socket.on("error", () => socket.destroy());
    // Node hands every request with an Upgrade header here; one that is not a WebSocket (curl
    // --http2 asks for h2c) is answered over HTTP/1.1 as if it had not asked.
    if ((req.headers.upgrade ?? "").toLowerCase() !== "websocket") return servePlainly(req, socket, head);
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path !== "/graphql" && path !== "/graphql/") return refuse(socket, 404, "Not Found", "path");
    if (options.isDraining()) return refuse(socket, 503, "Service Unavailable", "draining");
    const origin = req.headers.origin;
    if (origin !== undefined && allowedOrigin(options.cors, origin) === null) return refuse(socket, 403, "Forbidden", "origin");
    wss.handleUpgrade(req, socket, head, (ws) => opened(ws, req));
  };
  options.httpServer.on("upgrade", onUpgrade);

  /**
   * A request that asked to upgrade to something else, served as the plain request it also is.
   * Node has stopped parsing the connection, so the answer closes it, and only a request without
   * a body can be served (a body would still be on the socket, unparsed).
   */
  function servePlainly(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const hasBody = head.length > 0 || req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
    if (hasBody || !(socket instanceof Socket)) {
      return refuse(socket, 400, "Bad Request", "upgrade");
    }
    const res = new ServerResponse(req);
    res.shouldKeepAlive = false;
    res.assignSocket(socket);
    res.once("finish", () => socket.destroySoon());
    options.httpServer.emit("request", req, res);
  }

  function opened(socket: WebSocket, request: IncomingMessage): void {
    const connection: Connection = {
      id: randomUUID(),
      request,
      socket,
      closed: new OperationAbort(),
      credentials: null,
      key: null,
      budgetKey: null,
      subscriber: null,
      active: new Map(),
      stops: new Map(),
      starting: new Set(),
    };
    // A client's oversized message or broken frame: ws closes the socket itself (1009, 1002 …).
    socket.on("error", (error) => {
      options.logger.debug({ connectionId: connection.id, err: { message: error.message } }, "websocket error");
    });
    // A pong counts only with the payload of chatql's last ping: any peer may send pongs of its
    // own, and one that read nothing while doing so was never dropped.
    let awaited: Buffer | null = null;
    socket.on("pong", (data) => {
      if (awaited?.equals(data)) awaited = null;
    });
    const keepalive = setInterval(() => {
      if (awaited) return socket.terminate();
      awaited = randomBytes(8);
      socket.ping(awaited);
    }, limits.wsKeepaliveMs);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            // What a client has not read stays in chatql's memory (events, and graphql-ws's answers
            // to its pings): past CHATQL_MAX_RESPONSE_BYTES waiting, the connection is dropped. Its
            // length in UTF-16 units is at most its bytes; one message alone is always sent.
            if (socket.bufferedAmount > 0 && socket.bufferedAmount + data.length > options.maxResponseBytes) {
              metrics.unreadResponsesDropped.inc({ reason: "websocket_unread_bytes" });
              options.logger.info(
                { connectionId: connection.id, unreadBytes: socket.bufferedAmount },
                "websocket closed: messages not read",
              );
              socket.terminate(); // a close frame would wait behind what is not read
              return resolve();
            }
            // Resolves once written: graphql-ws sends the next event only then (see SubscriptionQueue).
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on("message", (data) => {
            handle(String(data)).catch((error: unknown) => {
              const err = { message: error instanceof Error ? error.message : String(error) };
              options.logger.error({ connectionId: connection.id, err }, "websocket message failed");
              socket.close(CloseCode.InternalServerError, "Internal server error");
            });
          }),
      },
      { connection },
    );
    socket.once("close", (code, reason) => {
      clearInterval(keepalive);
      connection.closed.abort(new OperationAborted("client_gone"));
      void closed(code, String(reason));
    });
  }

  /** connection_init: access control, then the per-credentials connection limit. */
  async function accept(ctx: WsContext): Promise<boolean> {
    const { connection } = ctx.extra;
    const params = ctx.connectionParams ?? {};
    const authorization = authorizationOf(params) ?? connection.request.headers.authorization;
    const decision = options.access.decide({ authorization });
    const refuseWith = (reason: string, label: string) => {
      metrics.websocketRefused.inc({ reason: label });
      connection.socket.close(CloseCode.Forbidden, reason.slice(0, 120));
      return false;
    };
    if (!decision.allowed) return refuseWith(decision.message, "unauthenticated");
    if (decision.credentials && !(await options.credentialsWork(decision.credentials).catch(() => false))) {
      return refuseWith("Twilio did not accept these credentials", "unauthenticated");
    }
    // Gone while its credentials were tried: its close has run already, so it must not be counted.
    if (connection.closed.aborted) return false;
    // Who the access check let in (not the header's spelling); without access control, the address.
    const key = decision.principal ?? `address:${connection.request.socket.remoteAddress ?? "?"}`;
    const open = perKey.get(key) ?? 0;
    if (open >= limits.maxConnectionsPerToken) {
      return refuseWith(`Too many connections with these credentials (at most ${limits.maxConnectionsPerToken})`, "too_many_connections");
    }
    perKey.set(key, open + 1);
    metrics.websocketConnections.inc();
    connection.key = key;
    // Without access control many clients can share an address (a proxy, a NAT): their budgets are their own connection's.
    connection.budgetKey = decision.principal ?? `connection:${connection.id}`;
    connection.credentials = decision.credentials;
    const accountSid = decision.credentials?.accountSid ?? options.ownAccountSid ?? "";
    // Objects are shared between subscribers with the same credentials (chatql's own when null).
    const credentialsKey = decision.credentials ? credentialsDigest(decision.credentials) : "own";
    connection.subscriber = options.live.subscriber(accountSid, credentialsKey, options.clientFor(decision.credentials));
    return true;
  }

  /**
   * subscribe: its bounds, then what HTTP requests go through (`prepare`). From here until its
   * stream is set up (onOperation) it holds a place among the connection's subscribes starting and
   * one of CHATQL_MAX_OPERATIONS_IN_FLIGHT's slots, as an HTTP operation does.
   */
  async function start(ctx: WsContext, id: string, payload: SubscribePayload): Promise<readonly GraphQLError[] | ExecutionArgs> {
    const { connection } = ctx.extra;
    const max = limits.maxSubscriptionsPerConnection;
    const refuse = (reason: string, message: string, code: string) => {
      metrics.subscriptionsRefused.inc({ reason });
      const extra = refusalLines.admit();
      const requestId = `${connection.id}/${id.slice(0, SUBSCRIPTION_ID_MAX)}`;
      if (extra) options.operationLog.info({ requestId, reason, code, ...extra }, "subscription refused");
      return refused(message, code);
    };
    // graphql-ws has already counted this one.
    if (Object.keys(ctx.subscriptions).length > max) {
      const message = `This connection already has ${max} subscriptions (CHATQL_MAX_SUBSCRIPTIONS_PER_CONNECTION)`;
      return refuse("too_many_subscriptions", message, "TOO_MANY_SUBSCRIPTIONS");
    }
    if (connection.starting.size >= max) {
      const message = `This connection is already starting ${max} subscriptions (CHATQL_MAX_SUBSCRIPTIONS_PER_CONNECTION)`;
      return refuse("too_many_starting", message, "TOO_MANY_SUBSCRIPTIONS");
    }
    if (id.length > SUBSCRIPTION_ID_MAX) {
      return refuse("id_too_long", `A subscription id has at most ${SUBSCRIPTION_ID_MAX} characters`, "BAD_REQUEST");
    }
    // graphql-ws keys what it holds by id alone: an id completed a moment ago whose subscription
    // is still starting or ending would be mixed up with the new one, which its first's end then
    // completed. Reusing an id is fine once the first has ended.
    if (connection.stops.has(id) || connection.active.has(id)) {
      return refuse("id_in_use", `Subscription ${JSON.stringify(id)} is still ending: use another id`, "BAD_REQUEST");
    }
    if (!options.slots.take()) return refuse("operations_in_flight", operationsUnderWay(options.slots.max), "SERVICE_UNAVAILABLE");
    const settle = () => {
      if (!connection.starting.delete(settle)) return;
      options.slots.give();
    };
    connection.starting.add(settle);
    try {
      const prepared = await prepare(connection, id, payload, settle);
      if (Array.isArray(prepared)) settle();
      return prepared;
    } catch (error) {
      settle();
      throw error;
    }
  }

  /** What HTTP requests go through, then the subscription's starting context (whose release calls `settle`). */
  async function prepare(
    connection: Connection,
    id: string,
    payload: SubscribePayload,
    settle: () => void,
  ): Promise<readonly GraphQLError[] | ExecutionArgs> {
    const fields = { ...(payload as SubscribePayload & { documentId?: unknown }) };
    if (options.persisted) {
      const resolution = resolvePersisted(fields, options.persisted.documents, options.persisted.trustedOnly);
      if (!resolution.ok) return refused(resolution.message, resolution.code);
    }
    if (typeof fields.query !== "string") return refused("A subscription needs a query", "BAD_REQUEST");
    let document: DocumentNode;
    try {
      document = parse(fields.query, options.parseOptions);
    } catch (error) {
      return [new GraphQLError((error as Error).message, { extensions: { code: "GRAPHQL_PARSE_FAILED" } })];
    }
    const operationName = typeof fields.operationName === "string" ? fields.operationName : undefined;
    const operation = getOperationAST(document, operationName);
    if (!operation) return refused("Name the operation to run (operationName)", "BAD_REQUEST");
    if (operation.operation !== "subscription") {
      const what = operation.operation === "query" ? "queries" : "mutations";
      return refused(`This WebSocket carries subscriptions; send ${what} as HTTP requests to /graphql`, "BAD_REQUEST");
    }
    const errors = validate(options.schema, document, [...specifiedRules, ...options.validationRules]);
    if (errors.length > 0) {
      return errors.map((error) => {
        const extensions = { ...error.extensions, code: error.extensions.code ?? "GRAPHQL_VALIDATION_FAILED" };
        return new GraphQLError(error.message, { nodes: error.nodes, extensions });
      });
    }
    const variables = (fields.variables ?? {}) as Record<string, unknown>;
    try {
      options.checkCost(document, variables, operationName);
    } catch (error) {
      if (error instanceof GraphQLError) return [error];
      throw error;
    }
    const field = rootField(options.schema, document, operation.selectionSet);
    const own = new OperationAbort();
    connection.stops.set(id, own);
    if (connection.closed.aborted) own.abort(new OperationAborted("client_gone"));
    const context = await subscriptionContext(connection, id, field);
    const releaseDeadline = context.release;
    const contextValue = Object.assign(context, {
      stop: own,
      release: () => {
        releaseDeadline();
        settle();
      },
    });
    // The client's own text, kept for both log lines (started, ended): bounded as over HTTP.
    const loggedName = operationName?.slice(0, 100) ?? null;
    connection.active.set(id, { operationName: loggedName, started: performance.now(), events: 0, field });
    const logged = { requestId: `${connection.id}/${id}`, operationName: loggedName, subscription: field };
    options.operationLog.info(logged, "subscription started");
    return { schema: options.schema, document, operationName, variableValues: variables, contextValue };
  }

  /** A request's context with its own deadline, plus the subscriber. */
  async function subscriptionContext(connection: Connection, id: string, field: string, budget?: CallBudget) {
    const deadline = deadlineFor(connection);
    const request = await options.context(`${connection.id}/${id}`, connection.credentials, deadline.signal, budget);
    return Object.assign(request, { live: connection.subscriber!, subscription: { connection, id, field }, release: deadline.release });
  }

  /**
   * Each event: a new context (loaders, deadline) for the same subscriber. Its upstream budget is
   * shared by every subscription of the same principal (a token, pass-through credentials; without
   * access control, the connection) that runs this event: one message costs a
   * token at most CHATQL_MAX_UPSTREAM_CALLS however many subscriptions it holds (each one's cost
   * is checked alone, at subscribe).
   */
  async function eventContext(start: unknown, payload: unknown) {
    const { subscription } = start as SubscriptionStart;
    const active = subscription.connection.active.get(subscription.id);
    const eventId = `${subscription.id}#${(active?.events ?? 0) + 1}`;
    const budget = sharedBudget(subscription.connection, payload);
    const context = await subscriptionContext(subscription.connection, eventId, subscription.field, budget);
    return { context, done: context.release };
  }

  /** The budget of this event (the bus hands every subscriber of a replica the same event object) for this connection's principal, or itself. */
  function sharedBudget(connection: Connection, payload: unknown): CallBudget | undefined {
    const event = (payload as { value?: unknown } | null)?.value;
    if (typeof event !== "object" || event === null || connection.budgetKey === null) return undefined;
    let byPrincipal = eventBudgets.get(event);
    if (!byPrincipal) eventBudgets.set(event, (byPrincipal = new Map()));
    let budget = byPrincipal.get(connection.budgetKey);
    if (!budget) byPrincipal.set(connection.budgetKey, (budget = options.newBudget()));
    return budget;
  }

  /** Ends the stream of subscription `id`, if one is known. */
  function stop(connection: Connection, id: string): void {
    connection.stops.get(id)?.abort(new OperationAborted("client_gone"));
    connection.stops.delete(id);
  }

  function deadlineFor(connection: Connection): { signal: Abortable; release(): void } {
    const abort = new OperationAbort();
    const timer = setTimeout(() => abort.abort(new OperationAborted("deadline")), options.operationTimeoutMs);
    const gone = () => abort.abort(connection.closed.reason ?? new OperationAborted("client_gone"));
    // A context made after the close (an event already under way) is stopped at once.
    if (connection.closed.aborted) gone();
    connection.closed.addEventListener("abort", gone);
    return {
      signal: abort,
      release: () => {
        clearTimeout(timer);
        connection.closed.removeEventListener("abort", gone);
      },
    };
  }

  function ended(connection: Connection, id: string): void {
    stop(connection, id);
    const subscription = connection.active.get(id);
    if (!subscription) return;
    connection.active.delete(id);
    const durationMs = Math.round((performance.now() - subscription.started) * 100) / 100;
    const { operationName, field, events } = subscription;
    const requestId = `${connection.id}/${id}`;
    options.operationLog.info({ requestId, operationName, subscription: field, events, durationMs }, "subscription ended");
  }

  return {
    async close() {
      options.httpServer.off("upgrade", onUpgrade);
      for (const client of wss.clients) client.close(1001, "chatql is shutting down");
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      for (const client of wss.clients) client.terminate();
    },
  };
}

const refused = (message: string, code: string) => [new GraphQLError(message, { extensions: { code } })];

/**
 * The subscription field an operation runs (validation lets it have exactly one), found through
 * fragments: a metric label and a log field, so only one of the schema's own names, never a name
 * the client chose (a fragment's).
 */
export function rootField(schema: GraphQLSchema, document: DocumentNode, selectionSet: SelectionSetNode): string {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [],
    ),
  );
  const seen = new Set<string>();
  const find = (set: SelectionSetNode): string | undefined => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) return selection.name.value;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const name = find(selection.selectionSet);
        if (name) return name;
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        const name = fragment && find(fragment.selectionSet);
        if (name) return name;
      }
    }
    return undefined;
  };
  const name = find(selectionSet);
  return name !== undefined && schema.getSubscriptionType()?.getFields()[name] ? name : "unknown";
}

/** An execution result with its errors formatted as over HTTP (known codes kept, the rest masked). */
function formatted(result: ExecutionResult) {
  if (!result.errors) return { data: result.data } as ExecutionResult;
  return { data: result.data, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } as unknown as ExecutionResult;
}

/** `authorization` from connection_init's payload (`authorization`, `Authorization`, or `headers.authorization`). */
function authorizationOf(params: Record<string, unknown>): string | undefined {
  const headers = (typeof params.headers === "object" && params.headers !== null ? params.headers : {}) as Record<string, unknown>;
  const value = params.authorization ?? params.Authorization ?? headers.authorization ?? headers.Authorization;
  return typeof value === "string" ? value : undefined;
}
