// Typed arguments and results of calling a Chat v2 operation by its spec id: the path, query,
// header and form parameters exactly as the generated wire types declare them, and the resource
// (or page of resources) it answers with. The client's generic methods take these, so every
// family's calls are checked against the spec at compile time.

import type { components, operations } from "../twilio/chat-v2.generated.js";
import type { OperationId } from "../twilio/operation.js";
import type { Checked, REQUIRED_BEYOND_SPEC } from "../twilio/resources.js";

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
/** Whether two types are the very same (assignability is not enough: the spec's properties are all optional). */
type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;
type Beyond = typeof REQUIRED_BEYOND_SPEC;
type Named = keyof Beyond & keyof components["schemas"];
/** The properties REQUIRED_BEYOND_SPEC adds for the spec schema `T` is (a member's `identity`…). */
type RequiredBeyond<T> = { [K in Named]: Same<T, components["schemas"][K]> extends true ? Beyond[K][number] : never }[Named];
/** What the client's checks guarantee of every resource: its SID (when it has one) and account, and what REQUIRED_BEYOND_SPEC adds. */
type Sure<T> = Checked<Linked<T>, Extract<"sid" | "account_sid" | RequiredBeyond<T>, keyof Linked<T>>>;

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
