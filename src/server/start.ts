// Starts chatql: the embedded emulator when no upstream is configured, Apollo with its limits and
// observers, and the HTTP server. `close()` drains: new requests are refused, requests under way
// finish, then Apollo stops, the upstream connections close and the emulator's database closes.

import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { AddressInfo } from "node:net";
import type { DestinationStream } from "pino";
import { ChatApiClient, closeSharedDispatcher, DEFAULT_RETRY_POLICY, NO_RETRY, secretsOf, type ChatApiClientOptions, type Credentials } from "../chat-api/index.js";
import type { Config } from "../config.js";
import { CursorCodec } from "../graphql/connection/cursor.codec.js";
import type { WalkOptions } from "../graphql/connection/connection.paginate.js";
import { createContext } from "../graphql/context.js";
import { chatqlSchema } from "../graphql/schema.js";
import { AccessControl } from "./access.js";
import { createApolloServer } from "./apollo.js";
import { createHttpServer } from "./http-server.js";
import { protections } from "./limits.js";
import { createLogger, createOperationLogger, type Logger } from "./logger.js";
import { Metrics } from "./metrics.js";
import { operationObserver } from "./operation-observer.js";
import { PersistedDocuments } from "./persisted-documents.js";
import { ReadinessProbe } from "./readiness.js";
import type { RequestContext } from "./request-context.js";
import { UpstreamGuard } from "./upstream-guard.js";

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
  close(): Promise<void>;
}

/** How long pass-through credentials that worked are trusted to work again without a probe first. */
const PROVEN_FOR_MS = 5 * 60_000;

function credentialsDigest(credentials: Credentials): string {
  return createHash("sha256").update(JSON.stringify(credentials)).digest("base64url");
}

/** Without credentials of its own (pass-through), the readiness probe only checks reachability. */
const NO_CREDENTIALS: Credentials = { accountSid: "AC" + "0".repeat(32), authToken: "-" };

export async function startChatql(config: Config, options: StartOptions = {}): Promise<RunningChatql> {
  const upstream = config.upstream;
  const logger = createLogger(config.logLevel, options.logDestination);
  let emulator: { url: string; close(): Promise<void> } | null = null;
  if (upstream.kind === "embedded") {
    const { startEmulator } = await import("../emulator/index.js");
    emulator = await startEmulator({ host: "127.0.0.1", port: 0, dataFile: upstream.dataFile, accounts: upstream.accounts });
  }
  const baseUrl = upstream.kind === "remote" ? upstream.baseUrl : emulator!.url;
  try {
    const metrics = new Metrics();
    const passthrough = config.access.credentials === "passthrough";
    // Every secret chatql holds, scrubbed (in every encoding) from whatever upstream text it relays.
    const heldSecrets = [...(upstream.credentials ? secretsOf(upstream.credentials) : []), ...config.access.apiTokens, ...(config.cursorSecret ? [config.cursorSecret] : [])];
    const clientOptions = (credentials: Credentials): ChatApiClientOptions => ({
      baseUrl,
      credentials,
      timeoutMs: config.upstreamTimeoutMs,
      retry: { ...DEFAULT_RETRY_POLICY, maxRetries: config.upstreamMaxRetries, maxTotalMs: config.upstreamRetryMaxMs },
      maxResponseBytes: config.upstreamMaxResponseBytes,
      moreSecrets: heldSecrets,
    });
    const limits = protections(config.limits, config.production, config.maxUpstreamPageSize);
    const persisted = config.persisted.documentsFile ? PersistedDocuments.load(config.persisted.documentsFile) : null;
    const apollo = createApolloServer(await chatqlSchema(), {
      introspection: config.introspection,
      apq: config.persisted.apq,
      plugins: [...limits.plugins, operationObserver(logger, createOperationLogger(config.logLevel, options.logDestination), metrics)],
      validationRules: limits.validationRules,
      parseOptions: limits.parseOptions,
    });
    await apollo.start();

    const walk: WalkOptions = { maxPageSize: config.maxUpstreamPageSize, maxPages: config.limits.maxListPages, cursors: new CursorCodec(config.cursorSecret, config.maxUpstreamPageSize) };
    const proven = new LRUCache<string, true>({ max: 10_000, ttl: PROVEN_FOR_MS });
    // In pass-through mode chatql's own credentials (if any) never serve a request: there is no such client.
    const configuredClient = passthrough || !upstream.credentials ? null : new ChatApiClient(clientOptions(upstream.credentials));
    // Each request gets its own view of the client (cheap: configuration and connection pool are
    // shared) so that its upstream calls, budget, deadline and, in pass-through mode, credentials are its own.
    const context = async (requestId: string, callerCredentials: Credentials | null, signal: AbortSignal): Promise<RequestContext> => {
      const request = { requestId, upstreamCalls: [] as RequestContext["upstreamCalls"], upstreamRetries: 0 };
      const baseClient = passthrough ? callerCredentials && new ChatApiClient(clientOptions(callerCredentials)) : configuredClient;
      if (!baseClient) throw new Error("no upstream credentials for this request"); // access control let through a request it should not have
      // A pass-through caller's credentials are tried with one request first, unless seen to work lately.
      const key = passthrough && callerCredentials ? credentialsDigest(callerCredentials) : null;
      const guard = new UpstreamGuard(config.limits.maxUpstreamCalls, key !== null && !proven.has(key), () => key && proven.set(key, true));
      const client = baseClient.withScope({
        signal,
        admit: guard.admit,
        settled: guard.settled,
        onResponse: (info) => {
          guard.observe(info.status);
          request.upstreamCalls.push(info);
          metrics.upstreamDuration.observe({ route: info.route, status: String(info.status) }, info.durationMs / 1000);
        },
        onRetry: (info) => {
          request.upstreamRetries += 1;
          metrics.upstreamRetries.inc({ route: info.route, reason: info.reason.split(" ")[0] ?? "unknown" });
        },
      });
      const graphqlContext = createContext(client, walk, (loader) => metrics.loaderCacheHits.inc({ loader }));
      return Object.assign(request, graphqlContext);
    };

    const http = createHttpServer({
      apollo,
      access: new AccessControl(config.access),
      cors: config.cors,
      context,
      readiness: new ReadinessProbe(
        new ChatApiClient({ ...clientOptions(upstream.credentials ?? NO_CREDENTIALS), retry: NO_RETRY }),
        upstream.credentials !== null,
      ),
      metrics,
      explorer: config.explorer,
      maxBodyBytes: config.limits.maxBodyBytes,
      maxJsonDepth: config.limits.maxJsonDepth,
      operationTimeoutMs: config.limits.operationTimeoutMs,
      requestTimeoutMs: config.limits.requestTimeoutMs,
      persisted: persisted && { documents: persisted, trustedOnly: config.persisted.trustedOnly },
    });
    await new Promise<void>((resolve, reject) => {
      http.server.once("error", reject);
      http.server.listen(config.port, config.host, () => resolve());
    });
    const { port } = http.server.address() as AddressInfo;
    const host = config.host.includes(":") ? `[${config.host}]` : config.host;
    let closing: Promise<void> | undefined;
    return {
      graphqlUrl: `http://${host}:${port}/graphql`,
      emulatorUrl: emulator?.url ?? null,
      dataFile: upstream.kind === "embedded" ? upstream.dataFile : null,
      upstreamOrigin: new URL(baseUrl).origin,
      logger,
      metrics,
      close() {
        closing ??= (async () => {
          http.startDraining();
          await new Promise<void>((resolve) => {
            http.server.close(() => resolve());
            http.server.closeIdleConnections();
          });
          await apollo.stop();
          await emulator?.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await emulator?.close();
    throw error;
  }
}

/** For the CLI's exit path: the process-wide upstream connection pool. */
export { closeSharedDispatcher };
