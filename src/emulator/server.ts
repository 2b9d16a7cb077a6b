import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readBody } from "../http/read-body.js";
import { requestTimeOptions } from "../http/request-time.js";
import { Authenticator, type AccountCredential } from "./auth.js";
import {
  ApiError,
  badRequest,
  internalError,
  methodNotAllowed,
  payloadTooLarge,
  resourceNotFound,
  unsupportedMediaType,
} from "./engine/errors.js";
import { ParsedParams, parseForm } from "./engine/form.js";
import type { HandlerContext, HandlerResult } from "./engine/operation.js";
import { readParams, type ParamValue } from "./engine/param.reader.js";
import { Router } from "./engine/router.js";
import { mintSid } from "./engine/sid.mint.js";
import { ROUTES } from "./families.js";
import { MAX_BODY_BYTES } from "./limits.js";
import type { Store } from "./store/store.js";
import type { Webhooks } from "./webhook/webhook.engine.js";

/** One finished request, as the emulator reports it (tests count upstream calls with it). */
export interface ObservedRequest {
  method: string;
  path: string;
  query: string;
  status: number;
}

export type RequestObserver = (request: ObservedRequest) => void;

export interface ServerConfig {
  host: string;
  port: number;
  store: Store;
  maxPageSize: number;
  accounts?: AccountCredential[];
  onRequest?: RequestObserver;
  webhooks: Webhooks;
  /** Time a client has to send a whole request, headers and body (408 past it). */
  requestTimeoutMs: number;
}

const router = new Router(ROUTES);

// Host header values we are willing to echo into absolute URLs (host, IPv4, [IPv6], port).
const SAFE_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;

function splitTarget(target: string): { path: string; query: string } {
  const q = target.indexOf("?");
  return q < 0 ? { path: target, query: "" } : { path: target.slice(0, q), query: target.slice(q + 1) };
}

function decodeSegments(path: string): string[] {
  try {
    return path.split("/").slice(1).map(decodeURIComponent);
  } catch {
    throw badRequest("Malformed percent-encoding in the request path");
  }
}

function isFormContentType(header: string | undefined): boolean {
  return header?.split(";")[0]?.trim().toLowerCase() === "application/x-www-form-urlencoded";
}

function send(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}) {
  for (const [k, v] of Object.entries(extraHeaders)) res.setHeader(k, v);
  if (status === 204 || body === undefined) {
    res.writeHead(status);
    res.end();
    return;
  }
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(json),
  });
  res.end(json);
}

export class EmulatorServer {
  private readonly http: Server;
  private readonly auth: Authenticator;

  constructor(private readonly config: ServerConfig) {
    this.auth = new Authenticator(config.accounts);
    this.http = createServer(requestTimeOptions(config.requestTimeoutMs), (req, res) => {
      this.handle(req, res).catch(() => {
        // handle() answers every error itself; this is only a last line of defence.
        if (!res.headersSent) send(res, 500, internalError().toBody());
        else res.destroy();
      });
    });
  }

  listen(): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      this.http.once("error", reject);
      this.http.listen(this.config.port, this.config.host, () => {
        this.http.off("error", reject);
        resolve(this.http.address() as AddressInfo);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.http.close((err) => (err ? reject(err) : resolve()));
      // Keep-alive sockets (the twilio client pools them) would otherwise hold close() open.
      this.http.closeAllConnections();
    });
  }

  private origin(req: IncomingMessage): string {
    const host = req.headers.host;
    if (host && SAFE_HOST.test(host)) return `http://${host}`;
    const { address, port } = this.http.address() as AddressInfo;
    return `http://${address.includes(":") ? `[${address}]` : address}:${port}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? "GET";
    const { path, query } = splitTarget(req.url ?? "/");
    res.setHeader("Twilio-Request-Id", mintSid("RQ"));
    let reported = false;
    const report = () => {
      if (reported) return;
      reported = true;
      try {
        this.config.onRequest?.({ method, path, query, status: res.statusCode });
      } catch {
        // A faulty observer must not break the emulator.
      }
    };
    res.on("finish", report);
    res.on("close", report);

    try {
      const result = await this.dispatch(req, method, path, query);
      send(res, result.status, result.body);
    } catch (err) {
      const apiError = err instanceof ApiError ? err : internalError();
      if (apiError.status === 413) res.setHeader("Connection", "close");
      send(res, apiError.status, apiError.toBody(), apiError.headers);
    }
  }

  private async dispatch(req: IncomingMessage, method: string, path: string, rawQuery: string): Promise<HandlerResult> {
    const { accountSid, authToken } = this.auth.authenticate(req.headers.authorization);
    const match = router.match(method, decodeSegments(path));
    if (match.kind === "none") throw resourceNotFound(path);
    if (match.kind === "wrongMethod") throw methodNotAllowed(method, match.allowed);
    const operation = match.operation;
    // A path SID of the wrong shape names nothing: 404, as Twilio answers (not 400).
    for (const param of operation.params) {
      if (param.in === "path" && param.pattern && !param.pattern.test(match.params[param.name] ?? "")) {
        throw resourceNotFound(path);
      }
    }

    const query = parseForm(rawQuery);
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) throw payloadTooLarge(MAX_BODY_BYTES);
    let form = new ParsedParams();
    if (method === "POST") {
      const contentType = req.headers["content-type"];
      // A bodiless POST without a Content-Type is an empty form (e.g. `curl -X POST`).
      if (contentType !== undefined || body.length > 0) {
        if (!isFormContentType(contentType)) throw unsupportedMediaType();
        form = parseForm(body);
      }
    }
    const values = readParams(operation.params, operation.rules, { query, form, headers: req.headers }, this.config);
    const byPlace = { query: {}, form: {}, header: {} } as Record<"query" | "form" | "header", Record<string, ParamValue>>;
    for (const param of operation.params) {
      const value = values[param.name];
      if (param.in !== "path" && value !== undefined) byPlace[param.in][param.name] = value;
    }
    const ctx = {
      accountSid,
      origin: this.origin(req),
      path,
      params: match.params,
      query: byPlace.query,
      form: byPlace.form,
      headers: byPlace.header,
      store: this.config.store,
      webhooks: this.config.webhooks,
    } as unknown as HandlerContext;
    if (operation.events) return this.config.webhooks.run(ctx, operation.events, operation.handle, authToken);
    return operation.handle(ctx);
  }
}
