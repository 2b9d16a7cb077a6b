import type { FormParams } from "./form.js";
import type { Store } from "./store.js";

export type Method = "GET" | "POST" | "DELETE";

/** What a handler gets: the authenticated account, decoded input, and where we are served. */
export interface RequestContext {
  accountSid: string;
  /** e.g. http://127.0.0.1:4010 — absolute URLs in bodies are built from it. */
  origin: string;
  /** The request path, for error messages. */
  path: string;
  params: Record<string, string>;
  query: FormParams;
  form: FormParams;
  store: Store;
  maxPageSize: number;
}

export interface HandlerResult {
  status: number;
  body?: unknown;
}

export type Handler = (ctx: RequestContext) => HandlerResult;

export interface Route {
  /** Literal segments and `:name` placeholders, e.g. `/v2/Services/:sid`. */
  pattern: string;
  methods: Partial<Record<Method, Handler>>;
}

export type RouteMatch =
  | { kind: "found"; handler: Handler; params: Record<string, string> }
  | { kind: "wrongMethod"; allowed: string[] }
  | { kind: "none" };

/** A table of routes matched segment by segment (paths are case-sensitive, as Twilio's are). */
export class Router {
  private readonly compiled: Array<{ segments: string[]; route: Route }>;

  constructor(routes: Route[]) {
    this.compiled = routes.map((route) => ({ segments: route.pattern.split("/").slice(1), route }));
  }

  /** `segments` are the already percent-decoded path segments. */
  match(method: string, segments: string[]): RouteMatch {
    for (const { segments: pattern, route } of this.compiled) {
      if (pattern.length !== segments.length) continue;
      const params: Record<string, string> = {};
      const ok = pattern.every((p, i) => {
        if (p.startsWith(":")) {
          params[p.slice(1)] = segments[i];
          return segments[i] !== "";
        }
        return p === segments[i];
      });
      if (!ok) continue;
      const handler = route.methods[method as Method];
      if (handler) return { kind: "found", handler, params };
      return { kind: "wrongMethod", allowed: Object.keys(route.methods) };
    }
    return { kind: "none" };
  }
}
