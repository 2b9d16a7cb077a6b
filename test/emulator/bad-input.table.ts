// The bad-input tests' tables and how one is run: every row is a request that must get a
// Twilio-shaped error with the row's status and code (and message, when given), and change nothing.

import { describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { OTHER_ACCOUNT, basicAuth, call, expectTwilioError, form } from "./helpers.js";

export interface BadInputRow {
  name: string;
  method?: string;
  path: () => string;
  body?: () => string;
  headers?: Record<string, string>;
  /** false: send no Authorization header. */
  auth?: string | false;
  status: number;
  code: number;
  message?: RegExp;
}

export const NOT_FOUND = { status: 404, code: 20404 };
export const BAD = { status: 400, code: 20001 };

/** A well-formed SID of `prefix` that no row has. */
export const ZERO = (prefix: string) => prefix + "0".repeat(32);
/** A text of n characters. */
export const long = (n: number) => "x".repeat(n);
/** Credentials of another account. */
export const foreign = basicAuth(OTHER_ACCOUNT, "x");

/** A POST made while setting up, which must create: its JSON. */
export async function created(emulator: RunningEmulator, path: string, params: Record<string, string | string[]>, auth?: string) {
  const res = await call(emulator, "POST", path, { body: form(params), auth });
  expect(res.status, res.text).toBe(201);
  return res.json;
}

/**
 * One describe per table and one test per row. `snapshot` reads everything a refused request might
 * have changed; it must read the same before and after.
 */
export function describeBadInput(emulator: () => RunningEmulator, tables: Record<string, BadInputRow[]>, snapshot: () => Promise<unknown>) {
  describe.each(Object.entries(tables))("bad input: %s", (_family, rows) => {
    it.each(rows.map((r) => [r.name, r] as const))("%s", async (_name, row) => {
      const before = await snapshot();
      const res = await call(emulator(), row.method ?? "GET", row.path(), { body: row.body?.(), headers: row.headers, auth: row.auth });
      expectTwilioError(res, row.status, row.code);
      if (row.message) expect(res.json.message).toMatch(row.message);
      expect(await snapshot()).toEqual(before);
    });
  });
}
