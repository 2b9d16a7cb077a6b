// What the upstream sends is checked before chatql trusts it: a resource must match its schema in
// Twilio's spec (types, SID patterns, formats) and carry a SID of its own kind, a list its items
// and `meta`. Anything else is a `bad_response` (UPSTREAM_ERROR), so a SID of "../" or a service
// handed back as a role never reaches a URL, a cache key or a resolver.

import type { ValidateFunction } from "ajv";
import { chatV2Spec } from "../twilio/spec.js";
import { compile, componentRef, describeErrors, listResponseSchema } from "../twilio/validator.js";
import { ChatApiError } from "./errors.js";
import type { ListMeta } from "../twilio/resources.js";

export interface ResourceCheck<T> {
  /** One resource body, checked. */
  one(body: unknown, route: string): T;
  /** A list body `{ [key]: T[], meta }`, checked. */
  page(body: unknown, route: string): { items: T[]; meta: ListMeta };
}

/** Every list's `meta` has the same shape; chatql reads only its next/previous URLs (and checks them itself). */
const META_OF = "/v2/Services";

/**
 * A check for the spec's component `schemaName`, listed under `key`. Compiled on first use. The
 * SID (when the schema has one) must match the spec's pattern for it; the SID, the account and
 * `required` must be present and non-null (the spec allows null for all of them).
 */
export function resourceCheck<T>(schemaName: string, key: string, required: readonly string[] = []): ResourceCheck<T> {
  let validators: { one: ValidateFunction; page: ValidateFunction } | undefined;
  const compiled = () => {
    if (!validators) {
      const properties = chatV2Spec().components.schemas[schemaName]?.properties ?? {};
      const sid = properties.sid as { pattern?: string } | undefined;
      const must = [...new Set([...["sid", "account_sid"].filter((name) => name in properties), ...required])];
      const nonNull = Object.fromEntries(must.map((name) => [name, { not: { type: "null" } }]));
      const item = {
        allOf: [componentRef(schemaName)],
        type: "object",
        required: must,
        properties: { ...nonNull, ...(sid?.pattern ? { sid: { type: "string", pattern: sid.pattern } } : {}) },
      };
      // `meta` as the spec has it, minus `format: uri`: relative paging URLs are fine too.
      const meta = withoutFormats((listResponseSchema(META_OF) as { properties: { meta: object } }).properties.meta);
      validators = {
        one: compile(item, "fast"),
        page: compile({ type: "object", required: [key, "meta"], properties: { [key]: { type: "array", items: item }, meta } }, "fast"),
      };
    }
    return validators;
  };
  return {
    one(body, route) {
      const validate = compiled().one;
      if (!validate(body)) throw badResponse(route, `a ${schemaName} resource that ${describeErrors(validate.errors)}`);
      return body as T;
    },
    page(body, route) {
      const validate = compiled().page;
      if (!validate(body)) throw badResponse(route, `a ${key} list that ${describeErrors(validate.errors)}`);
      const list = body as Record<string, unknown>;
      return { items: list[key] as T[], meta: list.meta as ListMeta };
    },
  };
}

function withoutFormats(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutFormats);
  if (typeof node !== "object" || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== "format")
      .map(([key, value]) => [key, withoutFormats(value)]),
  );
}

function badResponse(route: string, what: string): ChatApiError {
  return new ChatApiError({ kind: "bad_response", route, message: `upstream sent ${what}` });
}
