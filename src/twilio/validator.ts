// Checks upstream bodies against the spec's schemas before chatql trusts them: types, SID
// patterns, formats. Compiled once per schema with ajv (the spec's own JSON Schema, not a
// hand-written copy), so each new resource family is checked the moment it is named.

import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import { chatV2Spec, normalise } from "./spec.js";

// ajv and ajv-formats are CommonJS; require() gives their constructors without ESM interop quirks.
const require = createRequire(import.meta.url);
const Ajv = require("ajv") as typeof import("ajv").default;
const addFormats = require("ajv-formats") as typeof import("ajv-formats").default;

const SPEC_ID = "twilio_chat_v2.json";

/**
 * How strictly `format`s are checked: `full` (ajv-formats' default: real dates, RFC 3986 URIs) for
 * the emulator's conformance tests; `fast` (the same shapes by simpler patterns) for the client,
 * which checks every upstream answer and only needs to know a value is of the kind the spec says.
 */
export type FormatMode = "full" | "fast";

const ajvs = new Map<FormatMode, InstanceType<typeof Ajv>>();

/** One ajv per format mode holding the spec's components, so `$ref`s resolve. */
export function specAjv(formats: FormatMode = "full"): InstanceType<typeof Ajv> {
  let ajv = ajvs.get(formats);
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: false });
    addFormats(ajv, { mode: formats });
    // Twilio-specific formats the spec names but JSON Schema does not define.
    ajv.addFormat("uri-map", true);
    ajv.addFormat("http-method", true);
    ajv.addSchema({ $id: SPEC_ID, components: normalise(chatV2Spec().components) });
    ajvs.set(formats, ajv);
  }
  return ajv;
}

/** A `$ref` to a component schema, usable in schemas compiled with specAjv(). */
export function componentRef(name: string): { $ref: string } {
  if (!chatV2Spec().components.schemas[name]) throw new Error(`the spec has no schema ${name}`);
  return { $ref: `${SPEC_ID}#/components/schemas/${name}` };
}

/** The 200 response schema of `GET path`, its refs pointing into the spec. */
export function listResponseSchema(path: string): object {
  const schema = chatV2Spec().paths[path]?.get?.responses?.["200"]?.content?.["application/json"]?.schema;
  if (!schema) throw new Error(`the spec has no list response for GET ${path}`);
  return JSON.parse(JSON.stringify(normalise(schema)).replaceAll('"#/components', `"${SPEC_ID}#/components`));
}

export function compile(schema: object, formats: FormatMode = "full"): ValidateFunction {
  return specAjv(formats).compile(schema);
}

/** The first complaint, short and free of the value itself (it may be anything). */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  const first = errors?.[0];
  if (!first) return "does not match the spec";
  return `${first.instancePath || "the body"} ${first.message ?? "does not match the spec"}`.slice(0, 200);
}
