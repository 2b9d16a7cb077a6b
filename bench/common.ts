// Shared constants and small helpers of the benchmark.

import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "node:net";
import { request, type Dispatcher } from "undici";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const BENCH_DIR = join(REPO_ROOT, "bench");
/** Twilio's official Chat v2 OpenAPI spec, vendored in spec/ (see spec/SOURCE.md). */
export const OPENAPI_SPEC = join(REPO_ROOT, "spec", "twilio_chat_v2.json");

/** A fixed test account of the emulator: not a real Twilio credential, and never printed. */
export const ACCOUNT = { accountSid: "AC" + "be".repeat(16), authToken: "chatql-bench-token" } as const;
/** chatql's own endpoint token in the benchmark (CHATQL_API_TOKENS); equally fake. */
export const CHATQL_TOKEN = "chatql-bench-endpoint-token";
export const BASIC_AUTH = "Basic " + Buffer.from(`${ACCOUNT.accountSid}:${ACCOUNT.authToken}`).toString("base64");

/** `xs[i]`, for an index the caller has computed to be in range: a RangeError says otherwise. */
export function at<T>(xs: readonly T[], i: number): T {
  if (!Number.isInteger(i) || i < 0 || i >= xs.length) throw new RangeError(`index ${i} outside 0..${xs.length - 1}`);
  return xs[i] as T;
}

/**
 * POSTs a form to the emulator as the benchmark's account, for seeding: the answer's JSON when it
 * has the `expected` status, else an error that starts with `failure` and names the request.
 */
export function seedingPost(url: string, dispatcher: Dispatcher, failure: string) {
  return async (path: string, form: Record<string, string>, expected = 201): Promise<Record<string, unknown>> => {
    const res = await request(`${url}${path}`, {
      method: "POST",
      dispatcher,
      headers: { authorization: BASIC_AUTH, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form).toString(),
    });
    const body = (await res.body.json()) as Record<string, unknown>;
    if (res.statusCode !== expected) throw new Error(`${failure}: POST ${path} → HTTP ${res.statusCode} ${JSON.stringify(body)}`);
    return body;
  };
}

/** A string field of an upstream answer the benchmark seeded (a SID), or an error naming what is missing. */
export function stringField(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== "string") throw new Error(`seeding: the upstream's answer has no "${name}": ${JSON.stringify(body).slice(0, 200)}`);
  return value;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A free loopback port (closed again before it is handed out; the race is harmless on loopback). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers (any status), or throws after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number, isAlive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`process exited before ${url} answered`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      return;
    } catch (error) {
      lastError = error;
      await sleep(100);
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${String(lastError)})`);
}
