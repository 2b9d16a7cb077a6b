// Prometheus metrics (prom-client), on a registry of this server's own so that two servers in one
// process (tests) never mix their numbers.

import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
} from "prom-client";

/** From 1 ms (a local upstream) to 10 s (the longest upstream deadline worth waiting for). */
const LATENCY_BUCKETS_SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Operation names come from clients: only this many distinct ones get their own label value (beyond the trusted documents' own). */
export const MAX_OPERATION_NAMES = 200;
/** The operation names that can be a label value at all (a GraphQL name, at most 64 characters). */
const LABELLED_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export class Metrics {
  readonly registry = new Registry();
  private readonly knownOperations = new Set<string>();
  private readonly reservedOperations = new Set<string>();

  // Every metric goes on this server's registry, and every histogram times against the same buckets.
  private counter<L extends string = string>(config: Omit<CounterConfiguration<L>, "registers">): Counter<L> {
    return new Counter({ ...config, registers: [this.registry] });
  }

  private gauge<L extends string = string>(config: Omit<GaugeConfiguration<L>, "registers">): Gauge<L> {
    return new Gauge({ ...config, registers: [this.registry] });
  }

  private histogram<L extends string = string>(config: Omit<HistogramConfiguration<L>, "registers" | "buckets">): Histogram<L> {
    return new Histogram({ ...config, buckets: LATENCY_BUCKETS_SECONDS, registers: [this.registry] });
  }

  readonly operations = this.counter({
    name: "chatql_graphql_operations_total",
    help: "GraphQL operations by operation name and outcome (ok, or the first error code).",
    labelNames: ["operation", "outcome"],
  });

  readonly operationDuration = this.histogram({
    name: "chatql_graphql_operation_duration_seconds",
    help: "Time from request to response of GraphQL operations.",
    labelNames: ["operation"],
  });

  readonly upstreamDuration = this.histogram({
    name: "chatql_upstream_request_duration_seconds",
    help: "Latency of Chat API requests by templated route and HTTP status.",
    labelNames: ["route", "status"],
  });

  readonly upstreamRetries = this.counter({
    name: "chatql_upstream_retries_total",
    help: "Retried Chat API requests by templated route and reason.",
    labelNames: ["route", "reason"],
  });

  readonly loaderCacheHits = this.counter({
    name: "chatql_loader_cache_hits_total",
    help: "DataLoader cache hits (upstream requests saved) by loader.",
    labelNames: ["loader"],
  });

  readonly operationsInFlight = this.gauge({
    name: "chatql_graphql_operations_in_flight",
    help:
      "GraphQL operations executing now (over HTTP, and subscriptions while they start); " +
      "at CHATQL_MAX_OPERATIONS_IN_FLIGHT new ones are refused (503, or SERVICE_UNAVAILABLE for a subscribe).",
  });

  readonly connectionsDropped = this.counter({
    name: "chatql_connections_dropped_total",
    help: "TCP connections closed as soon as they were accepted: CHATQL_MAX_CONNECTIONS were open.",
  });

  readonly httpRefusals = this.counter({
    name: "chatql_graphql_refusals_total",
    help:
      "Requests to /graphql refused before any operation ran, by HTTP status and code: no token or a wrong one (401), " +
      "a body too large (413), malformed JSON, CSRF prevention, batches, unknown persisted documents (400), " +
      "CHATQL_MAX_OPERATIONS_IN_FLIGHT reached (503).",
    labelNames: ["status", "code"],
  });

  readonly unreadResponsesDropped = this.counter({
    name: "chatql_unread_responses_dropped_total",
    help:
      "Connections closed with a response their client had not read: not taken within CHATQL_RESPONSE_TIMEOUT_MS (timeout), " +
      "or the connection holding the most when all of them together passed CHATQL_MAX_UNREAD_RESPONSE_BYTES (unread_bytes); " +
      "a WebSocket whose unread messages passed CHATQL_MAX_RESPONSE_BYTES (websocket_unread_bytes).",
    labelNames: ["reason"],
  });

  readonly webhookRequests = this.counter({
    name: "chatql_webhook_requests_total",
    help:
      "Requests to /twilio/events by outcome: published, duplicate, ignored, unsigned, bad_signature, unknown_account, too_large, " +
      "bad_request, unavailable.",
    labelNames: ["outcome"],
  });

  readonly websocketConnections = this.gauge({
    name: "chatql_websocket_connections",
    help: "WebSocket connections open now (accepted ones, after connection_init).",
  });

  readonly websocketRefused = this.counter({
    name: "chatql_websocket_refused_total",
    help: "WebSocket connections refused, by reason: path, origin, draining, unauthenticated, too_many_connections.",
    labelNames: ["reason"],
  });

  readonly subscriptionsRefused = this.counter({
    name: "chatql_subscriptions_refused_total",
    help:
      "Subscribes refused before they started, by reason: too_many_subscriptions, too_many_starting, operations_in_flight, " +
      "id_too_long, id_in_use.",
    labelNames: ["reason"],
  });

  readonly subscriptions = this.gauge({
    name: "chatql_subscriptions",
    help: "GraphQL subscriptions active now.",
  });

  readonly subscriptionEvents = this.counter({
    name: "chatql_subscription_events_total",
    help: "Events delivered to subscribers, by subscription field and outcome (ok, or the first error code).",
    labelNames: ["subscription", "outcome"],
  });

  readonly redisUp = this.gauge({
    name: "chatql_redis_up",
    help: "With CHATQL_REDIS_URL: 1 while live events flow through Redis, 0 while it is down (subscriptions refused, webhooks 503).",
  });

  readonly upstreamConcurrencyShared = this.gauge({
    name: "chatql_upstream_concurrency_shared",
    help: "1 while CHAT_API_MAX_CONCURRENCY is enforced across replicas through Redis; 0 while only within this replica (no Redis, or Redis down).",
  });

  readonly upstreamSlotWaits = this.histogram({
    name: "chatql_upstream_slot_wait_seconds",
    help: "Time upstream requests waited for one of their account's CHAT_API_MAX_CONCURRENCY slots, by outcome (acquired, deadline, aborted).",
    labelNames: ["outcome"],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: "chatql_" });
  }

  /**
   * Names that keep a label of their own whatever clients send first: the trusted documents'
   * operations, so that a token holder sending 200 made-up names cannot push them into "other".
   */
  reserveOperationNames(names: readonly string[]): void {
    for (const name of names) if (LABELLED_NAME.test(name)) this.reservedOperations.add(name);
  }

  /** The label value for an operation name: bounded in shape and in number. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (!LABELLED_NAME.test(name)) return "other";
    if (this.reservedOperations.has(name) || this.knownOperations.has(name)) return name;
    if (this.knownOperations.size >= MAX_OPERATION_NAMES) return "other";
    this.knownOperations.add(name);
    return name;
  }
}
