// A typed client for the Chat v2 Service and Role resources. Every call goes through
// `sendRequest` (http.ts); this file only knows paths, routes and response shapes.

import type { Dispatcher } from "undici";
import { basicAuthorization, secretsOf, type Credentials } from "./credentials.js";
import { ChatApiError } from "./errors.js";
import type { FormFields } from "./form.js";
import { sendRequest, type ResponseInfo, type RetryInfo, type Transport } from "./http.js";
import { pageQueryFromUrl, readListBody, type PageQuery, type ResourcePage } from "./paging.js";
import type { RoleResource, ServiceResource } from "./resources.js";
import { checkRetryPolicy, DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry.js";
import { serviceUpdateFields, type ServiceUpdateParams } from "./service-params.js";

export const DEFAULT_TIMEOUT_MS = 10_000;

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
  /** Defaults to the process-wide keep-alive Agent (`sharedDispatcher()`). */
  dispatcher?: Dispatcher;
  /** Called for every upstream response, retried attempts included. */
  onResponse?: (info: ResponseInfo) => void;
  /** Called before each retry's back-off sleep. */
  onRetry?: (info: RetryInfo) => void;
}

const seg = encodeURIComponent;

export class ChatApiClient {
  private transport: Transport;
  /** Path of the base URL (`""` for `https://chat.twilio.com`), to recognise paging URLs under it. */
  private readonly basePath: string;

  /**
   * The same upstream, credentials and policies, reporting to other hooks: what a server needs
   * per request (to attribute upstream calls to it) without re-validating the configuration.
   */
  withHooks(hooks: Pick<ChatApiClientOptions, "onResponse" | "onRetry">): ChatApiClient {
    const copy: ChatApiClient = Object.create(ChatApiClient.prototype);
    Object.assign(copy, this);
    copy.transport = { ...this.transport, onResponse: hooks.onResponse, onRetry: hooks.onRetry };
    return copy;
  }

  constructor(options: ChatApiClientOptions) {
    const baseUrl = normalizeBaseUrl(options.baseUrl);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new RangeError("timeoutMs must be a positive number");
    this.basePath = new URL(baseUrl).pathname.replace(/\/+$/, "");
    this.transport = {
      baseUrl,
      authorization: basicAuthorization(options.credentials),
      secrets: [...secretsOf(options.credentials), baseUrl, new URL(baseUrl).host],
      timeoutMs,
      retry: checkRetryPolicy(options.retry ?? DEFAULT_RETRY_POLICY),
      dispatcher: options.dispatcher,
      onResponse: options.onResponse,
      onRetry: options.onRetry,
    };
  }

  /** Never retried once the POST may have reached the upstream (only a refused connection is). */
  async createService(friendlyName: string): Promise<ServiceResource> {
    return this.resource<ServiceResource>("POST", "/v2/Services", "/v2/Services", { FriendlyName: friendlyName });
  }

  async fetchService(sid: string): Promise<ServiceResource> {
    return this.resource<ServiceResource>("GET", "/v2/Services/{Sid}", `/v2/Services/${seg(sid)}`);
  }

  /** A POST, but to an existing resource with absolute values: idempotent, so retried like a GET. */
  async updateService(sid: string, params: ServiceUpdateParams): Promise<ServiceResource> {
    return this.resource<ServiceResource>(
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
    return this.list<ServiceResource>("/v2/Services", "/v2/Services", "services", query);
  }

  async listRoles(serviceSid: string, query: PageQuery): Promise<ResourcePage<RoleResource>> {
    return this.list<RoleResource>(
      "/v2/Services/{ServiceSid}/Roles",
      `/v2/Services/${seg(serviceSid)}/Roles`,
      "roles",
      query,
    );
  }

  async fetchRole(serviceSid: string, roleSid: string): Promise<RoleResource> {
    return this.resource<RoleResource>(
      "GET",
      "/v2/Services/{ServiceSid}/Roles/{Sid}",
      `/v2/Services/${seg(serviceSid)}/Roles/${seg(roleSid)}`,
    );
  }

  /** One resource in, one resource out; anything without a `sid` is a bad response. */
  private async resource<T>(method: "GET" | "POST", template: string, path: string, form?: FormFields, idempotent?: boolean): Promise<T> {
    const route = `${method} ${template}`;
    const { body } = await sendRequest(this.transport, { method, route, path, form, idempotent });
    if (typeof body !== "object" || body === null || typeof (body as { sid?: unknown }).sid !== "string") {
      throw new ChatApiError({ kind: "bad_response", route, message: "upstream sent a resource without a sid" });
    }
    return body as T;
  }

  private async list<T>(template: string, path: string, key: string, query: PageQuery): Promise<ResourcePage<T>> {
    const route = `GET ${template}`;
    const { body } = await sendRequest(this.transport, { method: "GET", route, path, query });
    const { items, meta } = readListBody<T>(body, key, route);
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
