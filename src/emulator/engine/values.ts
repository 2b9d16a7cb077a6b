import { invalidParam, quoted } from "./errors.js";

// Parsers for single parameter values. Each returns the parsed value or throws a Twilio 400 that
// names the parameter and quotes the value (cut short: see `quoted`).

export const MAX_INT32 = 2_147_483_647;

export const tooLong = (name: string, maxLength: number) => invalidParam(name, `must be at most ${maxLength} characters`);

/** A decimal integer (digits only, optional leading minus) within [min, max]. */
export function parseInteger(value: string, name: string, min: number, max: number): number {
  if (!/^-?[0-9]+$/.test(value)) throw invalidParam(name, `expected an integer, got ${quoted(value)}`);
  const n = Number(value);
  if (n < min || n > max) throw invalidParam(name, `must be between ${min} and ${max}`);
  return n;
}

/** `true` or `false`, in any letter case, as Twilio's own clients send them. */
export function parseBoolean(value: string, name: string): boolean {
  switch (value.toLowerCase()) {
    case "true":
      return true;
    case "false":
      return false;
    default:
      throw invalidParam(name, `expected true or false, got ${quoted(value)}`);
  }
}

/** An absolute http(s) URL. */
export function checkUrl(value: string, name: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalidParam(name, `${quoted(value)} is not a valid URL`);
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "") {
    throw invalidParam(name, "must be an absolute http or https URL");
  }
  return value;
}

/** Twilio's date format: ISO 8601 in GMT, whole seconds. */
export function twilioDate(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

// ISO 8601 date-time with a zone: `2015-07-30T20:00:00Z`, `…T20:00:00.123+02:00` (the twilio
// client sends `YYYY-MM-DDTHH:mm:ssZ`).
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})$/;

const FIRST_RFC3339_MS = Date.parse("0000-01-01T00:00:00Z");
const LAST_RFC3339_MS = Date.parse("9999-12-31T23:59:59.999Z");

/** An ISO 8601 date-time, returned in Twilio's own format (GMT, whole seconds). */
export function parseDateTime(value: string, name: string): string {
  const m = DATE_TIME.exec(value);
  const [year, month, day, hour, minute, second] = (m?.slice(1) ?? []).map(Number);
  const valid =
    m !== null &&
    month !== undefined &&
    month >= 1 &&
    month <= 12 &&
    day !== undefined &&
    year !== undefined &&
    day >= 1 &&
    day <= new Date(Date.UTC(year, month, 0)).getUTCDate() &&
    hour !== undefined &&
    hour <= 23 &&
    minute !== undefined &&
    minute <= 59 &&
    second !== undefined &&
    second <= 59;
  const time = valid ? Date.parse(value) : NaN;
  // A zone offset can carry 0000-01-01 or 9999-12-31 out of four-digit years, which RFC 3339 (the
  // spec's `date-time`) cannot write: refused, not stored as `-000001-…` or `+010000-…`.
  if (Number.isNaN(time) || time < FIRST_RFC3339_MS || time > LAST_RFC3339_MS)
    throw invalidParam(name, `expected an ISO 8601 date-time, got ${quoted(value)}`);
  return twilioDate(new Date(time));
}

/** A JSON text (Twilio's `Attributes`: "A valid JSON string"). */
export function checkJson(value: string, name: string): string {
  try {
    JSON.parse(value);
  } catch {
    throw invalidParam(name, `must be valid JSON, got ${quoted(value)}`);
  }
  return value;
}
