import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readBody } from "../http/read-body.js";
import { Authenticator, type AccountCredential } from "./auth.js";
import {
  ApiError,
  badRequest,
  internalError,
  methodNotAllowed,
  notFound,
  payloadTooLarge,
  unsupportedMediaType,
} from "./errors.js";
import { FormParams, parseForm } from "./form.js";
import { MAX_BODY_BYTES } from "./limits.js";
import { roleRoutes } from "./roles.js";
import { Router } from "./router.js";
import { serviceRoutes } from "./services.js";
import { newSid } from "./sid.js";
import { Store } from "./store.js";

export interface ServerConfig {
  host: string;
  port: number;
  store: Store;
  maxPageSize: number;
  accounts?: AccountCredential[];
  onRequest?: (req: { method: string; path: string; query: string; status: number }) => void;
}

const router = new Router([...serviceRoutes, ...roleRoutes]);

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
  return header?.split(";")[0].trim().toLowerCase() === "application/x-www-form-urlencoded";
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
    this.http = createServer((req, res) => {
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
    res.setHeader("Twilio-Request-Id", newSid("RQ"));
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

  private async dispatch(req: IncomingMessage, method: string, path: string, rawQuery: string) {
    const accountSid = this.auth.authenticate(req.headers.authorization);
    const match = router.match(method, decodeSegments(path));
    if (match.kind === "none") throw notFound(path);
    if (match.kind === "wrongMethod") throw methodNotAllowed(method, match.allowed);

    const query = parseForm(rawQuery);
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) throw payloadTooLarge(MAX_BODY_BYTES);
    let form = new FormParams();
    if (method === "POST") {
      const contentType = req.headers["content-type"];
      // A bodiless POST without a Content-Type is an empty form (e.g. `curl -X POST`).
      if (contentType !== undefined || body.length > 0) {
        if (!isFormContentType(contentType)) throw unsupportedMediaType();
        form = parseForm(body);
      }
    }
    return match.handler({
      accountSid,
      origin: this.origin(req),
      path,
      params: match.params,
      query,
      form,
      store: this.config.store,
      maxPageSize: this.config.maxPageSize,
    });
  }
}
