// Typed arguments and results of calling a Chat v2 operation by its spec id: the path, query,
// header and form parameters exactly as the generated wire types declare them, and the resource
// (or page of resources) it answers with. The client's generic methods take these, so every
// family's calls are checked against the spec at compile time.

import type { operations } from "../twilio/chat-v2.generated.js";
import type { OperationId } from "../twilio/operation.js";
import type { Checked } from "../twilio/resources.js";

type Params<Op extends OperationId> = operations[Op]["parameters"];
/** `{}` for a part the operation does not have (the generated types spell it `never`). */
type Part<T> = [NonNullable<T>] extends [never] ? Record<never, never> : NonNullable<T>;

export type PathOf<Op extends OperationId> = Part<Params<Op>["path"]>;
export type HeaderOf<Op extends OperationId> = Part<Params<Op>["header"]>;
/** Query filters (paging parameters travel separately); arrays are sent as repeated keys. */
export type FiltersOf<Op extends OperationId> = Omit<Part<Params<Op>["query"]>, "PageSize" | "Page" | "PageToken">;
export type FormOf<Op extends OperationId> = operations[Op] extends {
  requestBody?: { content: { "application/x-www-form-urlencoded": infer F } };
}
  ? F
  : Record<never, never>;

type Json<R> = R extends { content: { "application/json": infer J } } ? J : never;
type Ok<Op extends OperationId> = operations[Op]["responses"] extends { 200: infer R }
  ? Json<R>
  : operations[Op]["responses"] extends { 201: infer R }
    ? Json<R>
    : never;

/** `links` is a `uri-map` in the spec (a map of `never` once generated): a map of URLs. */
type Linked<T> = T extends { links?: unknown } ? Omit<T, "links"> & { links?: Record<string, string> | null } : T;
/** What the client's checks guarantee of every resource: its SID (when it has one) and account. */
type Sure<T> = Checked<Linked<T>, Extract<"sid" | "account_sid", keyof Linked<T>>>;

/** The resource an operation answers with. */
export type ResultOf<Op extends OperationId> = Sure<Ok<Op>>;
/** The item type of a list operation. */
export type ItemOf<Op extends OperationId> = Sure<ListItem<Ok<Op>>>;
/** The element type of a list body's one array property (`{ channels: Channel[]; meta }` → Channel). */
type ListItem<R> = { [K in Exclude<keyof R, "meta">]-?: NonNullable<R[K]> extends Array<infer I> ? I : never }[Exclude<keyof R, "meta">];

export interface CallArgs<Op extends OperationId> {
  path: PathOf<Op>;
  header?: HeaderOf<Op>;
  form?: FormOf<Op>;
}
