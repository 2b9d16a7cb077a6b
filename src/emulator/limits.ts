// Every bound the emulator puts on what a caller can send or store. What a resource may hold is
// in ../twilio/chat-v2.limits.ts (shared with chatql's inputs), re-exported here; together they cap
// the size of one stored service, and so of every list page (docs/emulator.md, "Bounds", gives
// each bound's source).

/** Twilio bodies are small form posts; a bigger one is a 413, refused without buffering it. Ours. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Time a client has to send a whole request, headers and body; past it a 408 and the connection
 * is dropped, so a slow sender (slow-loris) does not hold it for Node's default 300 s. Ours, as
 * chatql's own CHATQL_REQUEST_TIMEOUT_MS default.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Most `key=value` pairs in one form body or query string, repeats of a parameter included. Ours:
 * the longest real request (a service update with every parameter and every webhook event) has
 * 53; this stops a 1 MiB body of `a&a&a…` from becoming half a million values.
 */
export const FORM_PAIRS_MAX = 256;

/** Most characters of a caller's value quoted back in an error message. Ours. */
export const QUOTED_VALUE_MAX = 64;

// What a resource may hold (names, bodies, filters, …) is shared with chatql's inputs.
export * from "../twilio/chat-v2.limits.js";

// ---- webhooks (issue #13) ----

/**
 * One webhook attempt, connection to answer. Twilio's spec: a call is retried "if the request
 * times out (after 5 seconds)".
 */
export const WEBHOOK_TIMEOUT_MS = 5_000;

/**
 * Retries of one webhook, whatever a service's `Pre/PostWebhookRetryCount` says (the spec lets it
 * be any 32-bit integer). Ours: 3, the most a channel webhook's `RetryCount` may ask for.
 */
export const WEBHOOK_RETRIES_MAX = 3;

/** Wait before the first retry, doubled for each next one. Ours: Twilio does not document its back-off. */
export const WEBHOOK_RETRY_DELAY_MS = 250;

/**
 * Post-event deliveries waiting or under way at once, retries included; past it new ones are
 * dropped (and reported), so a dead target cannot make the emulator hold events without bound. Ours.
 */
export const WEBHOOK_QUEUE_MAX = 1_000;

/** Webhook requests in flight at once (post-events; pre-events run in the request that causes them). Ours. */
export const WEBHOOK_CONCURRENCY = 8;

/** Bytes of a webhook's answer read (its status is all that counts); the rest is discarded. Ours. */
export const WEBHOOK_RESPONSE_MAX_BYTES = 64 * 1024;

/** Retries of a delivery to the account-level event target (emulator only). Ours. */
export const EVENT_TARGET_RETRIES = 2;
