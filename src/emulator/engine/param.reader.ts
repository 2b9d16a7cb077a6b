// Reads a request's parameters as the spec declares them (operation.spec.ts), plus the rules the
// spec cannot express (lengths, bounds, closed sets; see limits.ts). Everything is checked before
// a handler runs, so a handler never sees a malformed value and a 400 never follows a write.

import type { IncomingHttpHeaders } from "node:http";
import { ApiError, Code, invalidParam, missingParam, quoted } from "./errors.js";
import type { ParsedParams } from "./form.js";
import type { ParamSpec } from "./operation.spec.js";
import { checkJson, checkUrl, MAX_INT32, parseBoolean, parseDateTime, parseInteger, tooLong } from "./values.js";
import { longerThan } from "../../twilio/chat-v2.limits.js";

/** What the emulator checks beyond the spec's declaration of one parameter. */
export interface ParamRule {
  /** Most characters (code points) in each value. */
  maxLength?: number;
  /** Most UTF-8 bytes in each value. */
  maxBytes?: number;
  /** The Twilio error code for a value over maxLength / maxBytes (default 20001). */
  tooLongCode?: number;
  /** Bounds of an integer (default 0 … 2147483647: every Chat v2 integer is a count or index). */
  min?: number;
  max?: number;
  /** Most values of a repeated parameter. */
  maxValues?: number;
  /** The only values a string may take (empty values pass: they clear), and what they are. */
  oneOf?: { values: ReadonlySet<string>; what: string };
  /** An enum matched in any letter case, answered in the spec's spelling. */
  caseInsensitive?: boolean;
  /** The value must be a JSON text (Twilio's `Attributes`). */
  json?: boolean;
  /** The value must be an absolute http(s) URL, where the spec types it as a plain string. */
  url?: boolean;
}

export type ParamValue = string | number | boolean | null | string[];

export interface RawRequest {
  query: ParsedParams;
  form: ParsedParams;
  headers: IncomingHttpHeaders;
}

/** PageSize is bounded by the emulator's `maxPageSize` (the spec's per-list maxima vary, 5 … 1000). */
export interface ReadOptions {
  maxPageSize: number;
}

function rawValues(param: ParamSpec, raw: RawRequest): string[] {
  switch (param.in) {
    case "query":
      return raw.query.getAll(param.name);
    case "form":
      return raw.form.getAll(param.name);
    case "header": {
      const value = raw.headers[param.name.toLowerCase()];
      return value === undefined ? [] : [value].flat();
    }
    default:
      return [];
  }
}

function missing(param: ParamSpec): ApiError {
  if (param.in === "form") return missingParam(param.name);
  return new ApiError(400, Code.invalidParameter, `Missing required parameter ${param.name} in the ${param.in}`);
}

const SID_SOURCE = /^\^([A-Z]{2})\[0-9a-fA-F\]\{32\}\$$/;

function checkText(param: ParamSpec, rule: ParamRule, value: string): string {
  if (rule.maxLength !== undefined && longerThan(value, rule.maxLength)) {
    const error = tooLong(param.name, rule.maxLength);
    throw rule.tooLongCode ? new ApiError(400, rule.tooLongCode, error.message) : error;
  }
  if (rule.maxBytes !== undefined && Buffer.byteLength(value) > rule.maxBytes) {
    const message = `Invalid parameter ${param.name}: must be at most ${rule.maxBytes} bytes`;
    throw new ApiError(400, rule.tooLongCode ?? Code.invalidParameter, message);
  }
  if (param.pattern && !param.pattern.test(value)) {
    const prefix = SID_SOURCE.exec(param.pattern.source)?.[1];
    throw invalidParam(param.name, `${quoted(value)} is not a valid ${prefix ? `${prefix} SID` : "value"}`);
  }
  if (param.values) {
    const found = param.values.find((v) => (rule.caseInsensitive ? v.toLowerCase() === value.toLowerCase() : v === value));
    if (found === undefined) {
      throw invalidParam(param.name, `must be one of ${param.values.join(", ")}, got ${quoted(value)}`);
    }
    return found;
  }
  if (rule.oneOf && value !== "" && !rule.oneOf.values.has(value)) {
    throw invalidParam(param.name, `${quoted(value)} is not ${rule.oneOf.what}`);
  }
  if (rule.json) checkJson(value, param.name);
  if (rule.url) checkUrl(value, param.name);
  return value;
}

function parseValue(param: ParamSpec, rule: ParamRule, value: string, options: ReadOptions): ParamValue {
  if (param.nullable && value === "" && param.kind !== "string") return null;
  switch (param.kind) {
    case "integer": {
      const paging =
        param.name === "PageSize"
          ? { min: 1, max: options.maxPageSize }
          : param.name === "Page"
            ? { min: 0, max: Number.MAX_SAFE_INTEGER }
            : { min: param.minimum ?? 0, max: param.maximum ?? MAX_INT32 };
      return parseInteger(value, param.name, rule.min ?? paging.min, rule.max ?? paging.max);
    }
    case "boolean":
      return parseBoolean(value, param.name);
    case "date-time":
      return parseDateTime(value, param.name);
    case "uri":
      // An empty URL is how a setting is cleared.
      checkText(param, rule, value);
      return value === "" ? "" : checkUrl(value, param.name);
    case "string":
      return checkText(param, rule, value);
  }
}

/**
 * The declared parameters that the request carries, parsed and checked, by name. Unknown
 * parameters are never looked at (Twilio ignores them); of a repeated single-valued parameter
 * the first value counts.
 */
export function readParams(
  params: readonly ParamSpec[],
  rules: Readonly<Record<string, ParamRule>>,
  raw: RawRequest,
  options: ReadOptions,
): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const param of params) {
    if (param.in === "path") continue;
    const rule = rules[param.name] ?? {};
    const values = rawValues(param, raw);
    const first = values[0];
    if (first === undefined || (param.required && !param.repeated && first.trim() === "")) {
      if (param.required) throw missing(param);
      continue;
    }
    if (!param.repeated) {
      out[param.name] = parseValue(param, rule, first, options);
      continue;
    }
    if (rule.maxValues !== undefined && values.length > rule.maxValues) {
      throw invalidParam(param.name, `must have at most ${rule.maxValues} values`);
    }
    out[param.name] = values.map((v) => String(parseValue(param, rule, v, options)));
  }
  return out;
}
