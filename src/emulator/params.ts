import { invalidParam, missingParam, quoted } from "./errors.js";
import type { FormParams } from "./form.js";

// Typed readers for form parameters. Each returns undefined when the parameter is absent and
// throws a Twilio 400 when it is present but malformed; unknown parameters are never looked at,
// which is how Twilio ignores them.

export const MAX_INT32 = 2_147_483_647;

/**
 * Whether `value` has more than `max` code points (not UTF-16 units, so an emoji is one
 * character as a user sees it), without spreading a huge value into an array to find out.
 */
export function longerThan(value: string, max: number): boolean {
  if (value.length <= max) return false; // a code point takes one or two UTF-16 units
  if (value.length > 2 * max) return true;
  let count = 0;
  for (const _ of value) if (++count > max) return true;
  return false;
}

export const tooLong = (name: string, maxLength: number) =>
  invalidParam(name, `must be at most ${maxLength} characters`);

export function readString(form: FormParams, name: string, maxLength?: number): string | undefined {
  const value = form.get(name);
  if (value === undefined) return undefined;
  if (maxLength !== undefined && longerThan(value, maxLength)) throw tooLong(name, maxLength);
  return value;
}

export function requireString(form: FormParams, name: string, maxLength?: number): string {
  const value = readString(form, name, maxLength);
  if (value === undefined || value.trim() === "") throw missingParam(name);
  return value;
}

export function readBoolean(form: FormParams, name: string): boolean | undefined {
  const value = form.get(name);
  if (value === undefined) return undefined;
  switch (value.toLowerCase()) {
    case "true":
      return true;
    case "false":
      return false;
    default:
      throw invalidParam(name, `expected true or false, got ${quoted(value)}`);
  }
}

/** Parses a decimal integer (digits only, optional leading minus) within [min, max]. */
export function parseInteger(value: string, name: string, min: number, max: number): number {
  if (!/^-?[0-9]+$/.test(value)) throw invalidParam(name, `expected an integer, got ${quoted(value)}`);
  const n = Number(value);
  if (n < min || n > max) throw invalidParam(name, `must be between ${min} and ${max}`);
  return n;
}

export function readInteger(
  form: FormParams,
  name: string,
  min: number,
  max: number = MAX_INT32,
): number | undefined {
  const value = form.get(name);
  return value === undefined ? undefined : parseInteger(value, name, min, max);
}

/** An absolute http(s) URL; the empty string clears the setting (returns null). */
export function readUrl(form: FormParams, name: string, maxLength: number): string | null | undefined {
  const value = form.get(name);
  if (value === undefined) return undefined;
  if (value === "") return null;
  if (longerThan(value, maxLength)) throw tooLong(name, maxLength);
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

export function readEnum<T extends string>(
  form: FormParams,
  name: string,
  allowed: readonly T[],
  options: { caseInsensitive?: boolean } = {},
): T | undefined {
  const value = form.get(name);
  if (value === undefined) return undefined;
  const found = allowed.find((a) =>
    options.caseInsensitive ? a.toLowerCase() === value.toLowerCase() : a === value,
  );
  if (found === undefined) {
    throw invalidParam(name, `must be one of ${allowed.join(", ")}, got ${quoted(value)}`);
  }
  return found;
}
