// A resource family is a table of operations: for each of the spec's operation ids it serves,
// a handler and the rules its parameters follow beyond the spec. The engine does the rest once
// for every family: routing from the spec's path, authentication and account scoping, reading
// and checking parameters (as typed by the generated wire types), paging and error bodies.

import type { operations } from "../../twilio/chat-v2.generated.js";
import type { Store } from "../store/store.js";
import type { EventPlan } from "../webhook/webhook.event.js";
import type { Webhooks } from "../webhook/webhook.engine.js";
import type { HttpMethod, OperationId, ParamSpec } from "./operation.spec.js";
import type { ParamRule, ParamValue } from "./param.reader.js";

type Params<Op extends OperationId> = operations[Op]["parameters"];
/** `{}` for a part the operation does not have (the generated types spell it `never`). */
type Part<T> = [NonNullable<T>] extends [never] ? Record<never, never> : NonNullable<T>;

/** The path parameters, as the router matched them (SID-typed ones already checked). */
export type PathOf<Op extends OperationId> = Part<Params<Op>["path"]>;
/** The query parameters the request carried, parsed as the spec types them. */
export type QueryOf<Op extends OperationId> = Part<Params<Op>["query"]>;
/** The header parameters the spec names (e.g. `X-Twilio-Webhook-Enabled`), checked. */
export type HeadersOf<Op extends OperationId> = Part<Params<Op>["header"]>;
/** The form parameters the request carried, parsed as the spec types them. */
export type FormOf<Op extends OperationId> = operations[Op] extends {
  requestBody?: { content: { "application/x-www-form-urlencoded": infer F } };
}
  ? F
  : Record<never, never>;

/** What a handler gets: the authenticated account, checked input, and where we are served. */
export interface HandlerContext<Op extends OperationId = OperationId> {
  accountSid: string;
  /** e.g. http://127.0.0.1:4010 — absolute URLs in bodies are built from it. */
  origin: string;
  /** The request path, for 404 messages. */
  path: string;
  params: PathOf<Op>;
  query: QueryOf<Op>;
  form: FormOf<Op>;
  headers: HeadersOf<Op>;
  store: Store;
  /** Webhook settings the emulator's own routes read (the account-level event target). */
  webhooks: Webhooks;
}

export interface HandlerResult {
  status: 200 | 201 | 204;
  body?: unknown;
}

export interface OperationDef<Op extends OperationId> {
  handle: (ctx: HandlerContext<Op>) => HandlerResult;
  /** Checks beyond the spec, by parameter name (lengths, bounds, closed sets). */
  rules?: { [K in keyof FormOf<Op> | keyof QueryOf<Op>]?: ParamRule };
  /**
   * The webhook event the operation causes (operations with `X-Twilio-Webhook-Enabled` in the
   * spec): planned from the current rows, synchronously (see webhook/webhook.engine.ts).
   */
  events?: (ctx: HandlerContext<Op>) => EventPlan;
}

/** A family's operations, keyed by the spec's operation id. */
export type OperationTable = { [Op in OperationId]?: OperationDef<Op> };

/** Keeps each entry's handler typed by its own operation id. */
export function operationTable<T extends OperationTable>(table: T): T {
  return table;
}

/** What an operation of the emulator's own (outside the spec) gets: parameters by name, untyped. */
export interface CustomContext extends Omit<HandlerContext, "params" | "query" | "form" | "headers"> {
  params: Record<string, string>;
  query: Record<string, ParamValue | undefined>;
  form: Record<string, ParamValue | undefined>;
  headers: Record<string, ParamValue | undefined>;
}

/**
 * An operation the spec does not have (the emulator's admin routes, under `/emulator/v1`),
 * declared the way the spec declares its own, so the engine reads and checks it alike.
 */
export interface CustomOperation {
  method: HttpMethod;
  /** A path template with `{Name}` placeholders. */
  path: string;
  params: readonly ParamSpec[];
  rules?: Record<string, ParamRule>;
  handle: (ctx: CustomContext) => HandlerResult;
}
