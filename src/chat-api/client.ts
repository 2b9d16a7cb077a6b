// A typed client for the Chat v2 REST API. Any operation of the spec is called by its id
// (`one`, `page`, `none`): paths, methods and response shapes come from the spec, arguments are
// typed by the generated wire types, and every answer is checked (schema, SID kinds, parents,
// page size) before it is returned. Every request goes through `sendRequest` (http.ts).

import type { Dispatcher } from "undici";
import type { ConcurrencyLimiter } from "./concurrency.limiter.js";
import { basicAuthorization, secretsOf, type Credentials } from "./credentials.js";
import { ChatApiError } from "./errors.js";
import { wellFormed, type FormFields } from "./form.js";
import { baseUrlParts, sendRequest, type ResponseInfo, type RetryInfo, type Transport } from "./http.js";
import { pageQueryFromUrl, type PageQuery, type ResourcePage } from "./paging.js";
import { Redactor } from "./redact.js";
import { REQUIRED_BEYOND_SPEC, type RoleResource, type ServiceResource } from "../twilio/resources.js";
import { resourceCheck, type ResourceCheck } from "./response-check.js";
import { operationInfo, type OperationId, type OperationInfo } from "../twilio/operation.js";
import { chatV2Spec } from "../twilio/spec.js";
import type { CallArgs, FiltersOf, FormOf, ItemOf, ResultOf } from "./operation.call.js";
import { checkRetryPolicy, DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry.js";
import { serviceUpdateFields, type ServiceUpdateParams } from "./service-params.js";

export const DEFAULT_TIMEOUT_MS = 10_000;
/**
 * Above the largest page the emulator can produce at the default CHAT_MAX_PAGE_SIZE (100), so no
 * caller can make a list unreadable by filling it: 100 messages at its text bounds (a 32 KiB body
 * of control characters, six bytes each in JSON) are about 23 MB; 100 such services about 7 MB.
 * A larger page size needs a larger cap (README, configuration).
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

export interface ChatApiClientOptions {
  /** Upstream base without `/v2`, e.g. `https://chat.twilio.com`; a trailing slash is fine. */
  baseUrl: string;
  credentials: Credentials;
  /** Deadline for each call, body included, and retries included: a call settles within it. Default 10000. */
  timeoutMs?: number;
  /**
   * When to try a failed call again (see retry.ts): 429/503/504 and network failures of
   * idempotent calls, never createService after it may have reached the upstream.
   * Default DEFAULT_RETRY_POLICY; NO_RETRY disables.
   */
  retry?: RetryPolicy;
  /** Largest response body read (default 32 MiB); a larger one is a bad_response. */
  maxResponseBytes?: number;
  /** More secrets to scrub from upstream text besides the credentials' own (e.g. chatql's configured ones). */
  moreSecrets?: readonly string[];
  /** Defaults to the process-wide keep-alive Agent (`sharedDispatcher()`). */
  dispatcher?: Dispatcher;
  /** Called for every upstream response, retried attempts included. */
  onResponse?: (info: ResponseInfo) => void;
  /** Called before each retry's back-off sleep. */
  onRetry?: (info: RetryInfo) => void;
  /** Bounds the requests in flight per account (CHAT_API_MAX_CONCURRENCY); shared by every client of the process. */
  limiter?: ConcurrencyLimiter;
}

/** What one GraphQL operation adds to a client: its own hooks, abort signal and budget. */
export type RequestScope = Pick<ChatApiClientOptions, "onResponse" | "onRetry"> & Pick<Transport, "signal" | "admit" | "settled">;

/** One path segment, encoded; a lone surrogate is sent as U+FFFD, as in a form body, so a name written through chatql is found by the same text. */
const seg = (value: string) => encodeURIComponent(wellFormed(value));

/** A transport with an operation's scope: every field named, so that a new one cannot be left out. */
function scoped(t: Transport, scope: RequestScope): Transport {
  const all: { [K in keyof Required<Transport>]: Transport[K] } = {
    baseUrl: t.baseUrl,
    authorization: t.authorization,
    redactor: t.redactor,
    timeoutMs: t.timeoutMs,
    maxResponseBytes: t.maxResponseBytes,
    signal: "signal" in scope ? scope.signal : t.signal,
    admit: "admit" in scope ? scope.admit : t.admit,
    settled: "settled" in scope ? scope.settled : t.settled,
    limiter: t.limiter,
    limitKey: t.limitKey,
    retry: t.retry,
    dispatcher: t.dispatcher,
    onResponse: "onResponse" in scope ? scope.onResponse : t.onResponse,
    onRetry: "onRetry" in scope ? scope.onRetry : t.onRetry,
    random: t.random,
  };
  return all;
}

export class ChatApiClient {
  private transport: Transport;
  /** Path of the base URL (`""` for `https://chat.twilio.com`), to recognise paging URLs under it. */
  private readonly basePath: string;
  /**
   * One operation's list pages by their URL (scoped clients only: a shared client keeps none). Two
   * parts of one operation asking for the same page (aliases, fragments of two components) share
   * one fetch, as datasource-rest shares a GET; any write through this client forgets them all.
   */
  private readonly pages: Map<string, Promise<ResourcePage<unknown>>> | null;

  /**
   * The same upstream, credentials and policies, scoped to one operation: its hooks (to attribute
   * upstream calls to it), its abort signal and its budget, without re-validating the configuration.
   */
  withScope(scope: RequestScope): ChatApiClient {
    return new ChatApiClient(this, scope);
  }

  /** Scrubs this client's secrets (and those it was given) from text, in every encoding. */
  redact(text: string): string {
    return this.transport.redactor.redact(text);
  }

  constructor(options: ChatApiClientOptions);
  /** @internal withScope's copy: every field set here, in one shape (a spread of the transport made each copy cost ~7 µs). */
  constructor(of: ChatApiClient, scope: RequestScope);
  constructor(options: ChatApiClientOptions | ChatApiClient, scope?: RequestScope) {
    if (options instanceof ChatApiClient) {
      this.basePath = options.basePath;
      this.transport = scoped(options.transport, scope ?? {});
      this.pages = new Map();
      return;
    }
    this.pages = null;
    const baseUrl = normalizeBaseUrl(options.baseUrl);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new RangeError("timeoutMs must be a positive number");
    this.basePath = baseUrlParts(baseUrl).basePath;
    const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes <= 0)
      throw new RangeError("maxResponseBytes must be a positive whole number");
    this.transport = {
      baseUrl,
      authorization: basicAuthorization(options.credentials),
      redactor: new Redactor([...secretsOf(options.credentials), ...(options.moreSecrets ?? []), baseUrl, new URL(baseUrl).host]),
      timeoutMs,
      maxResponseBytes,
      retry: checkRetryPolicy(options.retry ?? DEFAULT_RETRY_POLICY),
      dispatcher: options.dispatcher,
      onResponse: options.onResponse,
      onRetry: options.onRetry,
      limiter: options.limiter,
      limitKey: options.credentials.accountSid,
    };
  }

  // ---- any operation of the spec, by its id (every family but the first two goes through these) ----

  /** An operation answering one resource (a fetch, a create, an update), checked against its schema. */
  async one<Op extends OperationId>(id: Op, args: CallArgs<Op>): Promise<ResultOf<Op>> {
    const info = operationInfo(id);
    if (info.response.kind !== "one") throw new TypeError(`${id} does not answer one resource`);
    const { route, body } = await this.send(info, args);
    const resource = checkOf(info.response.schema).one(body, route);
    checkParents([resource], parentsOf(info, args.path as Record<string, string>), route);
    return resource as ResultOf<Op>;
  }

  /** One page of a list operation, checked; `filters` are its query parameters (arrays repeat). Read once per operation. */
  async page<Op extends OperationId>(
    id: Op,
    args: CallArgs<Op> & { filters?: FiltersOf<Op> },
    query: PageQuery,
  ): Promise<ResourcePage<ItemOf<Op>>> {
    const info = operationInfo(id);
    if (info.response.kind !== "list") throw new TypeError(`${id} does not answer a list`);
    const path = pathOf(info, args.path as Record<string, string>);
    const params = { ...(args.filters as Record<string, string | string[]> | undefined), ...query };
    const list = info.response;
    const read = () => this.readPage<ItemOf<Op>>(info, list, args, path, params, query);
    if (!this.pages) return read();
    const key = `${path}?${JSON.stringify(params)}`;
    let pending = this.pages.get(key) as Promise<ResourcePage<ItemOf<Op>>> | undefined;
    if (!pending) this.pages.set(key, (pending = read()));
    return pending;
  }

  private async readPage<T>(
    info: OperationInfo,
    list: { key: string; schema: string },
    args: { path: unknown },
    path: string,
    params: Record<string, string | string[]>,
    query: PageQuery,
  ): Promise<ResourcePage<T>> {
    const { route, body } = await this.send(info, args, params);
    const { items, meta } = checkOf(list.schema, list.key).page(body, route);
    const asked = Number(query.PageSize ?? TWILIO_DEFAULT_PAGE_SIZE);
    if (items.length > asked)
      throw new ChatApiError({ kind: "bad_response", route, message: `upstream sent ${items.length} items for a page of ${asked}` });
    checkParents(items, parentsOf(info, args.path as Record<string, string>), route);
    // A list asked for by name (a user's channels by identity) pages by the SID its items name.
    const bySid = pathBySids(info, args.path as Record<string, string>, items);
    const accepted = [path, this.basePath + path, ...(bySid ? [bySid, this.basePath + bySid] : [])];
    return {
      items: items as T[],
      query: { ...query },
      nextQuery: pageQueryFromUrl(meta.next_page_url, accepted, route),
      previousQuery: pageQueryFromUrl(meta.previous_page_url, accepted, route),
    };
  }

  /** An operation answering nothing (a delete). */
  async none<Op extends OperationId>(id: Op, args: CallArgs<Op>): Promise<void> {
    await this.send(operationInfo(id), args);
  }

  /** The untyped core of one/page/none: their public signatures carry the spec's types. */
  private async send(
    info: OperationInfo,
    args: { path: unknown; header?: unknown; form?: unknown },
    query?: Record<string, string | string[]>,
  ): Promise<{ route: string; body: unknown }> {
    const route = `${info.method} ${info.path}`;
    const path = pathOf(info, args.path as Record<string, string>);
    // A POST to an existing item sets absolute values: safe to resend. A POST to a collection creates.
    const idempotent = info.method !== "POST" || info.path.endsWith("}");
    const headers = args.header as Record<string, string> | undefined;
    const request = { method: info.method, route, path, query, form: args.form as FormFields | undefined, headers, idempotent };
    // A write: pages read before it (or while it runs) may no longer be what the upstream lists.
    const write = info.method !== "GET";
    if (write) this.pages?.clear();
    try {
      return { route, body: (await sendRequest(this.transport, request)).body };
    } finally {
      if (write) this.pages?.clear();
    }
  }

  // ---- Services and Roles (the first two families) ----

  /** Never retried once the POST may have reached the upstream (only a refused connection is). */
  async createService(friendlyName: string): Promise<ServiceResource> {
    return (await this.one("CreateService", { path: {}, form: { FriendlyName: friendlyName } })) as ServiceResource;
  }

  async fetchService(sid: string): Promise<ServiceResource> {
    return (await this.one("FetchService", { path: { Sid: sid } })) as ServiceResource;
  }

  /** A POST, but to an existing resource with absolute values: idempotent, so retried like a GET. */
  async updateService(sid: string, params: ServiceUpdateParams): Promise<ServiceResource> {
    return (await this.one("UpdateService", {
      path: { Sid: sid },
      form: serviceUpdateFields(params) as FormOf<"UpdateService">,
    })) as ServiceResource;
  }

  async deleteService(sid: string): Promise<void> {
    await this.none("DeleteService", { path: { Sid: sid } });
  }

  async listServices(query: PageQuery): Promise<ResourcePage<ServiceResource>> {
    return (await this.page("ListService", { path: {} }, query)) as ResourcePage<ServiceResource>;
  }

  async listRoles(serviceSid: string, query: PageQuery): Promise<ResourcePage<RoleResource>> {
    return (await this.page("ListRole", { path: { ServiceSid: serviceSid } }, query)) as ResourcePage<RoleResource>;
  }

  async fetchRole(serviceSid: string, roleSid: string): Promise<RoleResource> {
    return (await this.one("FetchRole", { path: { ServiceSid: serviceSid, Sid: roleSid } })) as RoleResource;
  }
}
/**
 * The concrete path of an operation: its template with each parameter encoded. A parameter that
 * is empty, `.` or `..` would name another resource once the URL is normalised (`/Channels/..`
 * is the service), so it names none: a not-found, as Twilio answers for a name that does not
 * exist, and nothing is sent.
 */
function pathOf(info: OperationInfo, params: Record<string, string>): string {
  return info.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (typeof value !== "string") throw new TypeError(`${info.id} needs the path parameter ${name}`);
    if (value === "" || value === "." || value === "..") throw notFoundLocally(info);
    return seg(value);
  });
}

function notFoundLocally(info: OperationInfo): ChatApiError {
  return new ChatApiError({
    kind: "http",
    route: `${info.method} ${info.path}`,
    status: 404,
    twilioCode: 20404,
    message: "The requested resource was not found",
    moreInfo: "https://www.twilio.com/docs/errors/20404",
  });
}

/** A path parameter that each answered item names as a property of its own, and the shape of its SIDs. */
interface ParentParam {
  param: string;
  property: string;
  /** The property's SID pattern in the spec (`^CH[0-9a-fA-F]{32}$`): a path value of that shape is a SID, any other a name. */
  sid: RegExp;
}

/**
 * The path parameters each answered item names as a property of its own (`ServiceSid` →
 * `service_sid`), per operation: read from the spec once, not on every call.
 */
const namedParents = new Map<OperationInfo, readonly ParentParam[]>();
function parentParams(info: OperationInfo): readonly ParentParam[] {
  let named = namedParents.get(info);
  if (!named) {
    const schema = info.response.kind === "none" ? undefined : info.response.schema;
    const properties = ((schema && chatV2Spec().components.schemas[schema]?.properties) || {}) as Record<
      string,
      { pattern?: string } | undefined
    >;
    named = info.pathParams.flatMap((param) => {
      const property = param.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase(); // ServiceSid → service_sid
      const pattern = properties[property]?.pattern;
      return pattern ? [{ param, property, sid: new RegExp(pattern) }] : [];
    });
    namedParents.set(info, named);
  }
  return named;
}

/**
 * What each answered item must say of where it lives: `ServiceSid` in the path means its
 * `service_sid` is that SID (and `Sid` its `sid`). A path value that is not a SID of that kind (a
 * unique name or an identity, which Twilio accepts in its place, even one shaped like another
 * kind's SID) is not compared.
 */
function parentsOf(info: OperationInfo, params: Record<string, string>): Record<string, string> {
  const expected: Record<string, string> = {};
  for (const { param, property, sid } of parentParams(info)) {
    const value = params[param];
    if (value !== undefined && sid.test(value)) expected[property] = value;
  }
  return expected;
}

/**
 * The list path with each parameter given by name (not a SID) replaced by the one SID its items
 * name for it (`…/Users/alice/Channels` → `…/Users/US…/Channels`, as Twilio's paging URLs write
 * it); null when no parameter was a name, or the items do not name one SID for it.
 */
function pathBySids(info: OperationInfo, params: Record<string, string>, items: readonly unknown[]): string | null {
  const bySid = { ...params };
  let named = false;
  for (const { param, property, sid: shape } of parentParams(info)) {
    const value = params[param];
    if (value === undefined || shape.test(value)) continue;
    const sids = new Set(items.map((item) => String((item as Record<string, unknown>)[property])));
    const [sid] = sids;
    if (sids.size !== 1 || !sid || !shape.test(sid)) return null;
    bySid[param] = sid;
    named = true;
  }
  return named ? pathOf(info, bySid) : null;
}

/** One check per schema (and list key), compiled on first use. */
const checks = new Map<string, ResourceCheck<unknown>>();
function checkOf(schema: string, key = ""): ResourceCheck<unknown> {
  let check = checks.get(`${schema}|${key}`);
  if (!check)
    checks.set(
      `${schema}|${key}`,
      (check = resourceCheck(schema, key, (REQUIRED_BEYOND_SPEC as Readonly<Record<string, readonly string[]>>)[schema])),
    );
  return check;
}

/** Twilio's page size when a request names none. */
const TWILIO_DEFAULT_PAGE_SIZE = 50;

/** Each item belongs where it was asked for: a role listed under service A names service A. */
function checkParents(items: readonly unknown[], expected: Record<string, string>, route: string): void {
  for (const item of items) {
    for (const [property, value] of Object.entries(expected)) {
      // SIDs' hex digits may come back in another case than they were asked in.
      if (String((item as Record<string, unknown>)[property]).toLowerCase() !== value.toLowerCase()) {
        throw new ChatApiError({
          kind: "bad_response",
          route,
          message: `upstream sent an item whose ${property} is not the one asked for`,
        });
      }
    }
  }
}

/** `https://host/` → `https://host`; rejects what cannot be an API base. Configuration errors, so plain Errors. */
function normalizeBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TypeError("baseUrl is not a valid URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError("baseUrl must be http or https");
  if (url.username || url.password) throw new TypeError("baseUrl must not carry credentials");
  if (url.search || url.hash) throw new TypeError("baseUrl must not have a query or fragment");
  return url.origin + url.pathname.replace(/\/+$/, "");
}
