// What an operation tells the webhook engine about the event it causes (docs/emulator.md,
// "Webhooks"): its service and channel (whose webhooks apply), the pre-event it fires before the
// action, and how to describe the action's result as the post-event. Plans are made synchronously
// from the current rows, so one made right before the action sees exactly what the action acts on.

import type { ChannelRow } from "../channel/channel.table.js";
import type { HandlerResult } from "../engine/operation.js";
import type { ServiceRow } from "../service/service.table.js";

/** An event's own parameters, by Twilio's names; undefined and null values are left out. */
export type EventParams = Record<string, string | number | boolean | null | undefined>;

/** A resource field as an event parameter: `friendly_name` → `FriendlyName`, or `[name, field]` where Twilio names it otherwise. */
export type ParamField<W> = (keyof W & string) | readonly [string, keyof W & string];

/** The event parameters that describe a resource (a webhook's form carries its fields under Twilio's PascalCase names). */
export function paramsOf<W extends object>(wire: W, fields: ReadonlyArray<ParamField<W>>): EventParams {
  const params: EventParams = {};
  for (const field of fields) {
    const [name, key]: readonly [string, keyof W] = typeof field === "string" ? [pascalCase(field), field] : field;
    params[name] = wire[key] as EventParams[string];
  }
  return params;
}

const pascalCase = (snake: string) => snake.replace(/(?:^|_)([a-z])/g, (_, letter: string) => letter.toUpperCase());

export interface PlannedEvent {
  /** Twilio's event name (`EventType`), e.g. `onMessageSend`. */
  type: string;
  params: EventParams;
}

export interface EventPlan {
  service: ServiceRow;
  /** The channel the event is about (its channel-scoped webhooks apply), if it exists yet. */
  channel: ChannelRow | null;
  /** The pre-event, or null when the action has none (creating a user). */
  pre: PlannedEvent | null;
  /** The post-event's name, known before the action (it decides the targets). */
  postType: string;
  /** The post-event's own parameters, from the action's result. */
  post(result: HandlerResult): EventParams;
}

/** A plan whose post-event describes the action's response body (a `W`) with `describe`. */
export function eventPlan<W>(
  service: ServiceRow,
  channel: ChannelRow | null,
  pre: PlannedEvent | null,
  postType: string,
  describe: (after: W) => EventParams,
): EventPlan {
  return { service, channel, pre, postType, post: (result) => describe(result.body as W) };
}

/** A removal's plan: both events describe the row as it was, since nothing of it is left after. */
export function removalPlan(
  service: ServiceRow,
  channel: ChannelRow | null,
  preType: string,
  postType: string,
  params: EventParams,
): EventPlan {
  return { service, channel, pre: { type: preType, params }, postType, post: () => params };
}

/** Parameters every event carries (besides RetryCount, set per attempt). */
export function commonParams(service: ServiceRow, type: string): EventParams {
  return {
    EventType: type,
    AccountSid: service.account_sid,
    // Twilio's Chat webhooks name the service "InstanceSid" (a Chat service was an "instance").
    InstanceSid: service.sid,
    // The same SID under the name Conversations and chatql's issue #13 use; an emulator addition.
    ServiceSid: service.sid,
    // A REST API action; Twilio's SDK actions say "SDK" and carry ClientIdentity, which REST never does.
    Source: "API",
  };
}

/** The form a request carries: names with string values, empty ones dropped. */
export function formParams(params: EventParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null) out[name] = String(value);
  }
  return out;
}
