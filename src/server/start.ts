// Starts chatql: the embedded emulator when no upstream is configured, Apollo with its limits and
// observers, and the HTTP server. `close()` drains: new requests are refused, requests under way
// finish, then Apollo stops, the upstream connections close and the emulator's database closes.

import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { AddressInfo } from "node:net";
import type { DestinationStream } from "pino";
import { ChatApiClient, closeSharedDispatcher, type ChatApiClientOptions } from "../chat-api/index.js";
import type { Config, UpstreamCredentials } from "../config.js";
import { createContext } from "../graphql/context.js";
import { chatqlSchema } from "../graphql/schema.js";
import { AccessControl } from "./access.js";
import { createApolloServer } from "./apollo.js";
import { createHttpServer } from "./http-server.js";
import { protections } from "./limits.js";
import { createLogger, createOperationLogger, type Logger } from "./logger.js";
import { Metrics } from "./metrics.js";
import { operationObserver } from "./operation-observer.js";
import { ReadinessProbe } from "./readiness.js";
import type { RequestContext } from "./request-context.js";

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

/** Pass-through requests carry no chatql credentials; the readiness probe then only checks reachability. */
const NO_CREDENTIALS: UpstreamCredentials = { accountSid: "AC" + "0".repeat(32), authToken: "-" };

export async function startChatql(config: Config, options: StartOptions = {}): Promise<RunningChatql> {
  const upstream = config.upstream;
  const logger = createLogger(config.logLevel, options.logDestination);
  let emulator: { url: string; close(): Promise<void> } | null = null;
  if (upstream.kind === "embedded") {
    if (upstream.dataFile !== ":memory:") mkdirSync(dirname(upstream.dataFile), { recursive: true });
    const { startEmulator } = await import("../emulator/index.js");
    emulator = await startEmulator({ host: "127.0.0.1", port: 0, dataFile: upstream.dataFile });
  }
  const baseUrl = upstream.kind === "remote" ? upstream.baseUrl : emulator!.url;
  try {
    const metrics = new Metrics();
    const passthrough = config.access.credentials === "passthrough";
    const clientOptions = (credentials: UpstreamCredentials): ChatApiClientOptions => ({
      baseUrl,
      credentials,
      timeoutMs: config.upstreamTimeoutMs,
      retry: { maxRetries: config.upstreamMaxRetries, maxTotalMs: config.upstreamRetryMaxMs, baseDelayMs: 100 },
    });
    const limits = protections(config.limits, config.production);
    const apollo = createApolloServer(await chatqlSchema(), {
      landingPage: config.explorer,
      introspection: config.introspection,
      plugins: [...limits.plugins, operationObserver(logger, createOperationLogger(config.logLevel, options.logDestination), metrics)],
      validationRules: limits.validationRules,
      parseOptions: limits.parseOptions,
    });
    await apollo.start();

    // Each request gets its own view of the client (cheap: configuration and connection pool are
    // shared) so that its upstream calls, and in pass-through mode its credentials, are its own.
    const configuredClient = new ChatApiClient(clientOptions(upstream.credentials));
    const context = async (requestId: string, callerCredentials: UpstreamCredentials | null): Promise<RequestContext> => {
      const request = { requestId, upstreamCalls: [] as RequestContext["upstreamCalls"], upstreamRetries: 0 };
      const baseClient = callerCredentials ? new ChatApiClient(clientOptions(callerCredentials)) : configuredClient;
      const client = baseClient.withHooks({
        onResponse: (info) => {
          request.upstreamCalls.push(info);
          metrics.upstreamDuration.observe({ route: info.route, status: String(info.status) }, info.durationMs / 1000);
        },
        onRetry: (info) => {
          request.upstreamRetries += 1;
          metrics.upstreamRetries.inc({ route: info.route, reason: info.reason.split(" ")[0] ?? "unknown" });
        },
      });
      const graphqlContext = createContext(client, config.maxUpstreamPageSize, (loader) => metrics.loaderCacheHits.inc({ loader }));
      return Object.assign(request, graphqlContext);
    };

    const http = createHttpServer({
      apollo,
      access: new AccessControl(config.access),
      cors: config.cors,
      context,
      readiness: new ReadinessProbe(new ChatApiClient({ ...clientOptions(passthrough ? NO_CREDENTIALS : upstream.credentials), retry: { maxRetries: 0, maxTotalMs: 0, baseDelayMs: 0 } }), !passthrough),
      metrics,
      explorer: config.explorer,
      maxBodyBytes: config.limits.maxBodyBytes,
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
