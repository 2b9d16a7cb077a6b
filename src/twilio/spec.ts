// Twilio's OpenAPI description of Chat v2, vendored in spec/ (see spec/SOURCE.md): the one source
// of the response shapes that both the REST client (which checks what it receives) and the
// emulator's conformance tests go by. Read once, on first use.

import { readFileSync } from "node:fs";

export interface OpenApiSpec {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

let spec: OpenApiSpec | undefined;

export function chatV2Spec(): OpenApiSpec {
  // src/twilio/spec.ts and dist/twilio/spec.js both sit two levels below the repository root.
  spec ??= JSON.parse(readFileSync(new URL("../../spec/twilio_chat_v2.json", import.meta.url), "utf8")) as OpenApiSpec;
  return spec;
}

/** The range of GraphQL's Int: an upstream integer outside it could not be served. */
const INT32 = { minimum: -(2 ** 31), maximum: 2 ** 31 - 1 };

/**
 * The spec made into the JSON Schema chatql checks against:
 * - OpenAPI 3.0's quirk made valid for ajv: a property with `nullable` and no `type` (a service's
 *   `limits`, `notifications`, `media`; a webhook's `configuration`) is, by its description, an
 *   object: typed as one, so a string there is refused;
 * - every `integer` bounded to 32 bits (GraphQL's Int), so 2^40 is an upstream error, not a
 *   serialisation failure half-way through a response.
 */
export function normalise<T>(node: T): T {
  if (Array.isArray(node)) return node.map(normalise) as T;
  if (node && typeof node === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[key] = normalise(value);
    if (out.nullable === true && !("type" in out) && !("$ref" in out)) out.type = "object";
    if (out.type === "integer") Object.assign(out, INT32);
    return out as T;
  }
  return node;
}
