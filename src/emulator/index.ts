// The embedded upstream: a Twilio-compatible emulator of the Chat v2 REST API.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { REQUEST_TIMEOUT_MS } from "./limits.js";
import { EmulatorServer, type RequestObserver } from "./server.js";
import { Store } from "./store/store.js";
import { Webhooks, type EventTargetOption, type WebhookOptions } from "./webhook/webhook.engine.js";

export type { ObservedRequest, RequestObserver } from "./server.js";
export type { AttemptReport as WebhookAttempt } from "./webhook/webhook.delivery.js";
export type { EventTargetOption, WebhookOptions } from "./webhook/webhook.engine.js";

export interface EmulatorOptions {
  /** Default 0: a random free port. */
  port?: number;
  /** Default "127.0.0.1". */
  host?: string;
  /** SQLite file path, or ":memory:" (the default). */
  dataFile?: string;
  /** Largest accepted PageSize. Default 1000 (the seed document); 100 mimics today's live API. */
  maxPageSize?: number;
  /** When given, only these exact pairs authenticate. */
  accounts?: Array<{ accountSid: string; authToken: string }>;
  /** Called once per finished request (tests count upstream calls with it). */
  onRequest?: RequestObserver;
  /** Webhooks: where they may go, the account-level event target, bounds (docs/emulator.md, "Webhooks"). */
  webhooks?: WebhookOptions;
  /** Time a client has to send a whole request (408 past it). Default REQUEST_TIMEOUT_MS (30 s). */
  requestTimeoutMs?: number;
}

export interface RunningEmulator {
  /** e.g. http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  port: number;
  /**
   * Sets (null: removes) the account-level event target of every account that has not set its own,
   * e.g. once the app that receives the events knows its own URL.
   */
  setEventTarget(target: EventTargetOption | null): void;
  /** Stops HTTP and webhook deliveries (those under way are abandoned) and closes the database cleanly. */
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? "127.0.0.1";
  const maxPageSize = options.maxPageSize ?? 1000;
  if (!Number.isInteger(maxPageSize) || maxPageSize < 1) {
    throw new RangeError(`maxPageSize must be a positive integer, got ${maxPageSize}`);
  }
  const dataFile = options.dataFile ?? ":memory:";
  // The data file's folder is made here, once, for every way the emulator is started.
  if (dataFile !== ":memory:") mkdirSync(dirname(dataFile), { recursive: true });
  const store = new Store(dataFile);
  const webhooks = new Webhooks(store, options.webhooks);
  const server = new EmulatorServer({
    host,
    port: options.port ?? 0,
    store,
    maxPageSize,
    accounts: options.accounts,
    onRequest: options.onRequest,
    webhooks,
    requestTimeoutMs: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
  });
  let address;
  try {
    address = await server.listen();
  } catch (err) {
    await webhooks.close();
    store.close();
    throw err;
  }
  const urlHost = address.address.includes(":") ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    setEventTarget: (target) => webhooks.setEventTarget(target),
    close() {
      closing ??= server
        .close()
        .finally(() => webhooks.close())
        .finally(() => store.close());
      return closing;
    },
  };
}
