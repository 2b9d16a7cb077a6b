// Public surface of the Chat v2 REST client.
export { ChatApiClient, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT_MS, type ChatApiClientOptions, type RequestScope } from "./client.js";
export {
  basicAuthorization,
  secretsOf,
  type ApiKeyCredentials,
  type AuthTokenCredentials,
  type Credentials,
} from "./credentials.js";
export {
  ChatApiError,
  isChatApiError,
  parseRetryAfter,
  type ChatApiErrorInit,
  type ChatApiErrorKind,
} from "./errors.js";
export { encodeForm, encodeFormComponent, type FormFields, type FormScalar, type FormValue } from "./form.js";
export {
  OperationAborted,
  USER_AGENT,
  closeSharedDispatcher,
  sendRequest,
  sharedDispatcher,
  type ResponseInfo,
  type RetryInfo,
  type Transport,
  type UpstreamRequest,
  type UpstreamResponse,
} from "./http.js";
export {
  DEFAULT_RETRY_POLICY,
  NO_RETRY,
  backoffDelayMs,
  decideRetry,
  retryReason,
  type FailedAttempt,
  type RetryDecision,
  type RetryPolicy,
} from "./retry.js";
export { pageQueryFromUrl, type PageQuery, type ResourcePage } from "./paging.js";
export { Redactor } from "./redact.js";
export type * from "../twilio/resources.js";
export {
  SERVICE_UPDATE_FIELDS,
  serviceUpdateFields,
  type ChannelNotificationParams,
  type NewMessageNotificationParams,
  type NotificationsParams,
  type ServiceUpdateParams,
} from "./service-params.js";
