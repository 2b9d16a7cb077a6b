// A typed client for the Chat v2 Service and Role resources. Every call goes through
// `sendRequest` (http.ts); this file only knows paths, routes and response shapes.

import type { Dispatcher } from "undici";
import { ROLE_SID_PATTERN, SERVICE_SID_PATTERN } from "../sids.js";
import { basicAuthorization, secretsOf, type Credentials } from "./credentials.js";
import { ChatApiError } from "./errors.js";
import type { FormFields } from "./form.js";
import { sendRequest, type ResponseInfo, type RetryInfo, type Transport } from "./http.js";
import { pageQueryFromUrl, type PageQuery, type ResourcePage } from "./paging.js";
import { Redactor } from "./redact.js";
import { ROLE_REQUIRED, SERVICE_REQUIRED, type RoleResource, type ServiceResource } from "../twilio/resources.js";
import { resourceCheck, type ResourceCheck } from "./response-check.js";
import { checkRetryPolicy, DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry.js";
import { serviceUpdateFields, type ServiceUpdateParams } from "./service-params.js";

export const DEFAULT_TIMEOUT_MS = 10_000;
/**
 * Well above the largest page the emulator can produce (100 services at its text bounds, written
 * in six-byte JSON escapes: about 7 MiB), so no caller can make a list unreadable by filling it.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

const SERVICE = resourceCheck<ServiceResource>("chat.v2.service", SERVICE_SID_PATTERN, "/v2/Services", "services", SERVICE_REQUIRED);
const ROLE = resourceCheck<RoleResource>("chat.v2.service.role", ROLE_SID_PATTERN, "/v2/Services/{ServiceSid}/Roles", "roles", ROLE_REQUIRED);

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
  /** Largest response body read (default 16 MiB); a larger one is a bad_response. */
  maxResponseBytes?: number;
  /** More secrets to scrub from upstream text besides the credentials' own (e.g. chatql's configured ones). */
  moreSecrets?: readonly string[];
  /** Defaults to the process-wide keep-alive Agent (`sharedDispatcher()`). */
  dispatcher?: Dispatcher;
  /** Called for every upstream response, retried attempts included. */
  onResponse?: (info: ResponseInfo) => void;
  /** Called before each retry's back-off sleep. */
  onRetry?: (info: RetryInfo) => void;
}

/** What one GraphQL operation adds to a client: its own hooks, abort signal and budget. */
export type RequestScope = Pick<ChatApiClientOptions, "onResponse" | "onRetry"> & Pick<Transport, "signal" | "admit" | "settled">;

const seg = encodeURIComponent;

export class ChatApiClient {
  private transport: Transport;
  /** Path of the base URL (`""` for `https://chat.twilio.com`), to recognise paging URLs under it. */
  private readonly basePath: string;

  /**
   * The same upstream, credentials and policies, scoped to one operation: its hooks (to attribute
   * upstream calls to it), its abort signal and its budget, without re-validating the configuration.
   */
  withScope(scope: RequestScope): ChatApiClient {
    const copy: ChatApiClient = Object.create(ChatApiClient.prototype);
    Object.assign(copy, this);
    copy.transport = { ...this.transport, ...scope };
    return copy;
  }

  /** Scrubs this client's secrets (and those it was given) from text, in every encoding. */
  redact(text: string): string {
    return this.transport.redactor.redact(text);
  }

  constructor(options: ChatApiClientOptions) {
    const baseUrl = normalizeBaseUrl(options.baseUrl);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new RangeError("timeoutMs must be a positive number");
    this.basePath = new URL(baseUrl).pathname.replace(/\/+$/, "");
    const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes <= 0) throw new RangeError("maxResponseBytes must be a positive whole number");
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
    };
  }

  /** Never retried once the POST may have reached the upstream (only a refused connection is). */
  async createService(friendlyName: string): Promise<ServiceResource> {
    return this.resource(SERVICE, "POST", "/v2/Services", "/v2/Services", { FriendlyName: friendlyName });
  }

  async fetchService(sid: string): Promise<ServiceResource> {
    return this.resource(SERVICE, "GET", "/v2/Services/{Sid}", `/v2/Services/${seg(sid)}`);
  }

  /** A POST, but to an existing resource with absolute values: idempotent, so retried like a GET. */
  async updateService(sid: string, params: ServiceUpdateParams): Promise<ServiceResource> {
    return this.resource(
      SERVICE,
      "POST",
      "/v2/Services/{Sid}",
      `/v2/Services/${seg(sid)}`,
      serviceUpdateFields(params),
      true,
    );
  }

  async deleteService(sid: string): Promise<void> {
    await sendRequest(this.transport, {
      method: "DELETE",
      route: "DELETE /v2/Services/{Sid}",
      path: `/v2/Services/${seg(sid)}`,
    });
  }

  async listServices(query: PageQuery): Promise<ResourcePage<ServiceResource>> {
    return this.list(SERVICE, "/v2/Services", "/v2/Services", query);
  }

  async listRoles(serviceSid: string, query: PageQuery): Promise<ResourcePage<RoleResource>> {
    return this.list(ROLE, "/v2/Services/{ServiceSid}/Roles", `/v2/Services/${seg(serviceSid)}/Roles`, query, { service_sid: serviceSid });
  }

  async fetchRole(serviceSid: string, roleSid: string): Promise<RoleResource> {
    const route = "GET /v2/Services/{ServiceSid}/Roles/{Sid}";
    const role = await this.resource(ROLE, "GET", "/v2/Services/{ServiceSid}/Roles/{Sid}", `/v2/Services/${seg(serviceSid)}/Roles/${seg(roleSid)}`);
    checkParents([role], { service_sid: serviceSid, sid: roleSid }, route);
    return role;
  }

  /** One resource in, one resource out, checked against its schema. */
  private async resource<T>(check: ResourceCheck<T>, method: "GET" | "POST", template: string, path: string, form?: FormFields, idempotent?: boolean): Promise<T> {
    const route = `${method} ${template}`;
    const { body } = await sendRequest(this.transport, { method, route, path, form, idempotent });
    return check.one(body, route);
  }

  /** `parents`: properties every item must have (its parent's SID), else the page is a bad_response. */
  private async list<T>(check: ResourceCheck<T>, template: string, path: string, query: PageQuery, parents: Record<string, string> = {}): Promise<ResourcePage<T>> {
    const route = `GET ${template}`;
    const { body } = await sendRequest(this.transport, { method: "GET", route, path, query });
    const { items, meta } = check.page(body, route);
    // More than asked for is not a page of this list (and would cost memory and CPU we never budgeted).
    const asked = Number(query.PageSize ?? TWILIO_DEFAULT_PAGE_SIZE);
    if (items.length > asked) {
      throw new ChatApiError({ kind: "bad_response", route, message: `upstream sent ${items.length} items for a page of ${asked}` });
    }
    checkParents(items, parents, route);
    // The upstream may or may not include our base URL's path prefix in its own URLs.
    const accepted = [path, this.basePath + path];
    return {
      items,
      query: { ...query },
      nextQuery: pageQueryFromUrl(meta.next_page_url, accepted, route),
      previousQuery: pageQueryFromUrl(meta.previous_page_url, accepted, route),
    };
  }
}

/** Twilio's page size when a request names none. */
const TWILIO_DEFAULT_PAGE_SIZE = 50;

/** Each item belongs where it was asked for: a role listed under service A names service A. */
function checkParents(items: readonly unknown[], expected: Record<string, string>, route: string): void {
  for (const item of items) {
    for (const [property, value] of Object.entries(expected)) {
      // SIDs' hex digits may come back in another case than they were asked in.
      if (String((item as Record<string, unknown>)[property]).toLowerCase() !== value.toLowerCase()) {
        throw new ChatApiError({ kind: "bad_response", route, message: `upstream sent an item whose ${property} is not the one asked for` });
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
