// Starts chatql: the embedded emulator when no upstream is configured, Apollo with its limits and
// observers, and the HTTP server. `close()` drains: new requests are refused, requests under way
// finish, then Apollo stops, the upstream connections close and the emulator's database closes.

import type { AddressInfo } from "node:net";
import { dirname } from "node:path";
import type { DestinationStream } from "pino";
import type { Redis } from "ioredis";
import {
  ChatApiClient,
  ChatApiError,
  LocalConcurrencyLimiter,
  SharedConcurrencyLimiter,
  type ConcurrencyLimiter,
  closeSharedDispatcher,
  DEFAULT_RETRY_POLICY,
  NO_RETRY,
  secretsOf,
  type ChatApiClientOptions,
  type Credentials,
  type Abortable,
} from "../chat-api/index.js";
import type { Config } from "../config.js";
import { dataError, listenError } from "../http/start-error.js";
import { ProvenCredentials } from "./proven-credentials.js";
import { CursorCodec } from "../graphql/connection/cursor.codec.js";
import type { WalkOptions } from "../graphql/connection/connection.paginate.js";
import { createContext } from "../graphql/context.js";
import { chatqlSchema } from "../graphql/schema.js";
import { AccessControl } from "./access.js";
import { createApolloServer } from "./apollo.js";
import { coalesced, createHttpServer } from "./http-server.js";
import { protections } from "./limits.js";
import { createLogger, createOperationLogger, type Logger } from "./logger.js";
import { Metrics } from "./metrics.js";
import { operationObserver } from "./operation-observer.js";
import { PersistedDocuments } from "./persisted-documents.js";
import { ReadinessProbe } from "./readiness.js";
import type { RequestContext } from "./request-context.js";
import { CallBudget, UpstreamGuard } from "./upstream-guard.js";
import { costChecker } from "./cost-limit.js";
import { MemoryEventBus, type EventBus } from "./live/event.bus.js";
import { MemoryDedup, type EventDedup } from "./live/event.dedup.js";
import { RedisEventBus } from "./live/event.bus.redis.js";
import { RedisDedup } from "./live/event.dedup.redis.js";
import { openRedis } from "./redis/redis.connection.js";
import { LiveUpdates } from "./live/live.updates.js";
import { TWILIO_EVENTS_PATH } from "./live/twilio-events.endpoint.js";
import { attachWebSocketServer, type ChatqlWebSocketServer } from "./live/websocket.server.js";

export interface StartOptions {
  /** Where logs go (stdout by default); tests pass a stream to read them. */
  logDestination?: DestinationStream;
}

export interface RunningChatql {
  graphqlUrl: string;
  /** Set when the embedded emulator serves as the upstream. */
  emulatorUrl: string | null;
  dataFile: string | null;
  /** Origin of the upstream in use (no credentials). */
  upstreamOrigin: string;
  logger: Logger;
  metrics: Metrics;
  /** Live updates: how many subscriptions listen, and promises that resolve when they do (no sleeping). */
  live: Pick<LiveUpdates, "subscriptions" | "whenSubscriptions" | "nextSubscription">;
  close(): Promise<void>;
}

/** Without credentials of its own (pass-through), the readiness probe only checks reachability. */
const NO_CREDENTIALS: Credentials = { accountSid: "AC" + "0".repeat(32), authToken: "-" };

export async function startChatql(config: Config, options: StartOptions = {}): Promise<RunningChatql> {
  const upstream = config.upstream;
  const logger = createLogger(config.logLevel, options.logDestination);
  let emulator: { url: string; setEventTarget(target: { url: string } | null): void; close(): Promise<void> } | null = null;
  if (upstream.kind === "embedded") {
    const { startEmulator } = await import("../emulator/index.js");
    try {
      emulator = await startEmulator({ host: "127.0.0.1", port: 0, dataFile: upstream.dataFile, accounts: upstream.accounts });
    } catch (error) {
      // A folder that cannot be made or a file that cannot be opened: say which setting chose it.
      throw dataError(error, "CHATQL_DATA_DIR", dirname(upstream.dataFile)) ?? error;
    }
  }
  const baseUrl = upstream.kind === "remote" ? upstream.baseUrl : emulator!.url;
  let redis: { commands: Redis; events: Redis } | null = null;
  try {
    const metrics = new Metrics();
    // With CHATQL_REDIS_URL: one connection for commands (publish, dedup, the concurrency limit)
    // and one for the events channel (a subscribed connection can do nothing else).
    if (config.live.redisUrl) {
      const connection = { url: config.live.redisUrl, commandTimeoutMs: config.live.redisCommandTimeoutMs };
      redis = {
        commands: openRedis({ ...connection, name: "chatql-commands" }),
        events: openRedis({ ...connection, name: "chatql-events" }),
      };
    }
    const limiter = concurrencyLimiter(config, redis?.commands ?? null, metrics, logger);
    const passthrough = config.access.credentials === "passthrough";
    // Every secret chatql holds, scrubbed (in every encoding) from whatever upstream text it relays.
    const heldSecrets = [
      ...(upstream.credentials ? secretsOf(upstream.credentials) : []),
      ...config.access.apiTokens,
      ...(config.cursorSecret ? [config.cursorSecret] : []),
      ...config.live.webhookAccounts.map((account) => account.authToken),
    ];
    const clientOptions = (credentials: Credentials): ChatApiClientOptions => ({
      baseUrl,
      credentials,
      timeoutMs: config.upstreamTimeoutMs,
      retry: { ...DEFAULT_RETRY_POLICY, maxRetries: config.upstreamMaxRetries, maxTotalMs: config.upstreamRetryMaxMs },
      maxResponseBytes: config.upstreamMaxResponseBytes,
      moreSecrets: heldSecrets,
      limiter: limiter ?? undefined,
    });
    const limits = protections(config.limits, config.production, config.maxUpstreamPageSize);
    const operationLog = createOperationLogger(config.logLevel, options.logDestination);
    const access = new AccessControl(config.access);
    const persisted = config.persisted.documentsFile ? PersistedDocuments.load(config.persisted.documentsFile) : null;
    if (persisted) metrics.reserveOperationNames(persisted.operationNames());
    const apollo = createApolloServer(await chatqlSchema(), {
      introspection: config.introspection,
      apq: config.persisted.apq,
      plugins: [...limits.plugins, operationObserver(logger, operationLog, metrics)],
      validationRules: limits.validationRules,
      parseOptions: limits.parseOptions,
    });
    await apollo.start();

    const walk: WalkOptions = {
      maxPageSize: config.maxUpstreamPageSize,
      maxPages: config.limits.maxListPages,
      cursors: new CursorCodec(config.cursorSecret, config.maxUpstreamPageSize),
    };
    const proven = new ProvenCredentials();
    // In pass-through mode chatql's own credentials (if any) never serve a request: there is no such client.
    const configuredClient = passthrough || !upstream.credentials ? null : new ChatApiClient(clientOptions(upstream.credentials));
    // Each request gets its own view of the client (cheap: configuration and connection pool are
    // shared) so that its upstream calls, budget, deadline and, in pass-through mode, credentials are its own.
    const newBudget = () => new CallBudget(config.limits.maxUpstreamCalls, config.limits.maxUpstreamBytes);
    // `budget`: shared with other operations (one event's executions for one token's subscriptions); else its own.
    const context = async (
      requestId: string,
      callerCredentials: Credentials | null,
      signal: Abortable,
      budget = newBudget(),
    ): Promise<RequestContext> => {
      const request = { requestId, upstreamCalls: [] as RequestContext["upstreamCalls"], upstreamRetries: 0, logged: { operation: false } };
      const baseClient = passthrough ? callerCredentials && new ChatApiClient(clientOptions(callerCredentials)) : configuredClient;
      if (!baseClient) throw new Error("no upstream credentials for this request"); // access control let through a request it should not have
      // A pass-through caller's credentials are tried with one request first, unless seen to work lately.
      const unproven = passthrough && callerCredentials && !proven.has(callerCredentials) ? callerCredentials : null;
      const guard = new UpstreamGuard(budget, unproven !== null, () => unproven && proven.prove(unproven));
      const client = baseClient.withScope({
        signal,
        admit: guard.admit,
        settled: guard.settled,
        onResponse: (info) => {
          guard.observe(info.status, info.bytes);
          request.upstreamCalls.push(info);
          metrics.upstreamDuration.observe({ route: info.route, status: String(info.status) }, info.durationMs / 1000);
        },
        onRetry: (info) => {
          request.upstreamRetries += 1;
          metrics.upstreamRetries.inc({ route: info.route, reason: info.reason.split(" ")[0] ?? "unknown" });
        },
      });
      const graphqlContext = createContext(
        client,
        walk,
        (loader) => metrics.loaderCacheHits.inc({ loader }),
        // Calls, each with the retries it may take: what is left must hold a call retried to its limit.
        () => Math.floor(budget.left() / (1 + config.upstreamMaxRetries)),
      );
      return Object.assign(request, graphqlContext);
    };

    // Live updates: events in through /twilio/events, out to subscribers over WebSocket.
    let bus: EventBus;
    let dedup: EventDedup;
    if (redis) {
      const shared = new RedisEventBus(redis.commands, redis.events, logger);
      metrics.redisUp.set(0);
      shared.onHealthChange((health) => metrics.redisUp.set(health.ok ? 1 : 0));
      // Redis down at start: chatql starts anyway (queries work), degraded until it comes.
      await shared.start();
      metrics.redisUp.set(shared.health().ok ? 1 : 0);
      bus = shared;
      dedup = new RedisDedup(redis.commands, config.live.dedupTtlMs);
    } else {
      // One replica: there is no Redis whose state to report.
      metrics.registry.removeSingleMetric("chatql_redis_up");
      bus = new MemoryEventBus();
      dedup = new MemoryDedup(config.live.dedupMax, config.live.dedupTtlMs);
    }
    const bufferEvents = config.live.subscriptionBufferEvents;
    const live = new LiveUpdates({ bus, metrics, bufferEvents, fetchTimeoutMs: config.limits.operationTimeoutMs });
    let ownOrigin: string | null = null;
    const clientFor = (credentials: Credentials | null): ChatApiClient => {
      const client = passthrough ? credentials && new ChatApiClient(clientOptions(credentials)) : configuredClient;
      if (!client) throw new Error("no upstream credentials for this subscriber"); // access control let through one it should not have
      return client;
    };
    const credentialsWork = async (credentials: Credentials): Promise<boolean> => {
      if (proven.has(credentials)) return true;
      try {
        await new ChatApiClient({ ...clientOptions(credentials), retry: NO_RETRY }).listServices({ PageSize: "1" });
      } catch (error) {
        if (error instanceof ChatApiError && error.kind === "http" && (error.status === 401 || error.status === 403)) return false;
        throw error;
      }
      proven.prove(credentials);
      return true;
    };

    const http = createHttpServer({
      apollo,
      access,
      cors: config.cors,
      context,
      readiness: new ReadinessProbe(
        new ChatApiClient({ ...clientOptions(upstream.credentials ?? NO_CREDENTIALS), retry: NO_RETRY }),
        upstream.credentials !== null,
        redis ? () => bus.health() : null,
      ),
      metrics,
      metricsText: coalesced(() => metrics.registry.metrics()),
      operationLog,
      explorer: config.explorer,
      maxBodyBytes: config.limits.maxBodyBytes,
      maxJsonDepth: config.limits.maxJsonDepth,
      operationTimeoutMs: config.limits.operationTimeoutMs,
      maxOperationsInFlight: config.limits.maxOperationsInFlight,
      maxConnections: config.limits.maxConnections,
      requestTimeoutMs: config.limits.requestTimeoutMs,
      unread: { timeoutMs: config.limits.responseTimeoutMs, maxBytes: config.limits.maxUnreadResponseBytes },
      persisted: persisted && { documents: persisted, trustedOnly: config.persisted.trustedOnly },
      twilioEvents: {
        tokens: new Map(config.live.webhookAccounts.map((account) => [account.accountSid, account.authToken])),
        publicUrl: config.live.publicUrl,
        ownOrigin: () => ownOrigin,
        maxBodyBytes: config.live.webhookMaxBodyBytes,
        dedup,
        bus,
        metrics,
        logger,
      },
    });
    await new Promise<void>((resolve, reject) => {
      http.server.once("error", (error) => reject(listenError(error, { host: "HOST", port: "PORT" }, config.host, config.port)));
      http.server.listen(config.port, config.host, () => resolve());
    });
    const { port } = http.server.address() as AddressInfo;
    const host = config.host.includes(":") ? `[${config.host}]` : config.host;
    // The embedded emulator and signatures it makes reach chatql on loopback, whatever HOST is.
    ownOrigin = `http://127.0.0.1:${port}`;
    const schema = await chatqlSchema();
    const { maxCost, maxListPages } = config.limits;
    const checkCost = costChecker({ maxCost, maxPageSize: config.maxUpstreamPageSize, maxListPages });
    const websocket: ChatqlWebSocketServer = attachWebSocketServer({
      httpServer: http.server,
      schema,
      access,
      cors: config.cors,
      limits: config.live,
      validationRules: limits.validationRules,
      parseOptions: limits.parseOptions,
      checkCost: (document, variables, operationName) => checkCost(schema, document, variables, operationName),
      persisted: persisted && { documents: persisted, trustedOnly: config.persisted.trustedOnly },
      live,
      context,
      clientFor,
      ownAccountSid: upstream.credentials?.accountSid ?? null,
      credentialsWork,
      operationTimeoutMs: config.limits.operationTimeoutMs,
      newBudget,
      maxResponseBytes: config.limits.maxResponseBytes,
      isDraining: http.isDraining,
      slots: http.slots,
      production: config.production,
      logger,
      operationLog,
      metrics,
    });
    // With the embedded emulator, every event reaches chatql with no set-up (its account-level event target).
    emulator?.setEventTarget({ url: `${ownOrigin}${TWILIO_EVENTS_PATH}` });
    let closing: Promise<void> | undefined;
    return {
      graphqlUrl: `http://${host}:${port}/graphql`,
      emulatorUrl: emulator?.url ?? null,
      dataFile: upstream.kind === "embedded" ? upstream.dataFile : null,
      upstreamOrigin: new URL(baseUrl).origin,
      logger,
      metrics,
      live,
      close() {
        closing ??= (async () => {
          http.startDraining();
          emulator?.setEventTarget(null);
          await websocket.close();
          await new Promise<void>((resolve) => {
            http.server.close(() => resolve());
            http.server.closeIdleConnections();
          });
          await apollo.stop();
          await bus.close();
          await emulator?.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    redis?.commands.disconnect();
    redis?.events.disconnect();
    await emulator?.close();
    throw error;
  }
}

/**
 * CHAT_API_MAX_CONCURRENCY (0: none): shared through Redis when configured, else in process. Both
 * report waits, and the shared one when it falls back to this process (and back).
 */
function concurrencyLimiter(config: Config, redis: Redis | null, metrics: Metrics, logger: Logger): ConcurrencyLimiter | null {
  const max = config.upstreamMaxConcurrency;
  if (max === 0) return null;
  const observe = (outcome: string, waitedMs: number) => metrics.upstreamSlotWaits.observe({ outcome }, waitedMs / 1000);
  if (!redis) {
    metrics.upstreamConcurrencyShared.set(0);
    return new LocalConcurrencyLimiter(max, observe);
  }
  metrics.upstreamConcurrencyShared.set(1);
  return new SharedConcurrencyLimiter({
    redis,
    max,
    observe,
    onModeChange: (shared, reason) => {
      metrics.upstreamConcurrencyShared.set(shared ? 1 : 0);
      if (shared) logger.info("upstream concurrency limit shared through Redis again");
      else logger.warn({ reason, perReplica: max }, "upstream concurrency limit enforced per replica only: Redis unavailable");
    },
  });
}

/** For the CLI's exit path: the process-wide upstream connection pool. */
export { closeSharedDispatcher };
