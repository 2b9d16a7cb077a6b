// Public surface of the Chat v2 REST client: what the rest of chatql uses. Tests of the client's
// internals import its modules directly.
export { ChatApiClient, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT_MS, type ChatApiClientOptions } from "./client.js";
export { credentialsDigest, secretsOf, type AuthTokenCredentials, type Credentials } from "./credentials.js";
export { LocalConcurrencyLimiter, SlotWaitEnded, type ConcurrencyLimiter } from "./concurrency.limiter.js";
export { SharedConcurrencyLimiter } from "./concurrency.limiter.redis.js";
export { ChatApiError, isBadRequest, isHttpStatus, isNotFound } from "./errors.js";
export { encodeForm } from "./form.js";
export { closeSharedDispatcher, type ResponseInfo, type RetryInfo } from "./http.js";
export { OperationAbort, OperationAborted, type Abortable } from "./operation.abort.js";
export { DEFAULT_RETRY_POLICY, NO_RETRY } from "./retry.js";
export { Redactor } from "./redact.js";
export type { PageQuery, ResourcePage } from "./paging.js";
export type * from "../twilio/resources.js";
export { SERVICE_UPDATE_FIELDS, serviceUpdateFields, type ServiceUpdateParams } from "./service-params.js";
