// Parameter rules more than one family applies (see engine/param.reader.ts, limits.ts).

import type { ParamRule } from "./engine/param.reader.js";
import { ATTRIBUTES_MAX_BYTES, IDENTITY_MAX, WEBHOOK_EVENTS } from "./limits.js";

/** `Attributes`: "A valid JSON string" (the spec), of bounded size. */
export const ATTRIBUTES_RULE: ParamRule = { json: true, maxBytes: ATTRIBUTES_MAX_BYTES };

/** Anything that names a user by identity. */
export const IDENTITY_RULE: ParamRule = { maxLength: IDENTITY_MAX };

/** A list of Twilio's Chat webhook events (service `WebhookFilters`, channel `Configuration.Filters`). */
export const webhookEventsRule = (maxValues: number): ParamRule => ({
  maxValues,
  oneOf: { values: WEBHOOK_EVENTS, what: "a Chat webhook event (see https://www.twilio.com/docs/chat/webhook-events)" },
});
