// Shared pieces of the robustness tests: raw GraphQL over HTTP (status and body text kept, so a
// 5xx or a stack trace cannot hide behind a parsed body), the checks every response must pass,
// and Basic auth for talking to the emulator directly.

export interface GraphQLErrorShape {
  message: string;
  locations?: Array<{ line: number; column: number }>;
  path?: Array<string | number>;
  extensions?: Record<string, unknown>;
}

export interface RawResponse {
  status: number;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: GraphQLErrorShape[] };
}

/** POSTs one GraphQL operation; never throws on a GraphQL-level failure, only on transport. */
export async function postRaw(url: string, query: string, variables?: unknown, signal?: AbortSignal): Promise<RawResponse> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  const text = await response.text();
  let body: RawResponse["body"];
  try {
    body = JSON.parse(text) as RawResponse["body"];
  } catch {
    throw new Error(`status ${response.status}: response body is not JSON: ${text.slice(0, 200)}`);
  }
  return { status: response.status, text, body };
}

// A V8 stack frame ("    at fn (file.ts:12:3)") or Apollo's `stacktrace` extension.
const STACK_FRAME = /\n\s+at .+:\d+:\d+|\bat (?:async )?[\w.<>]+ \((?:file:\/\/|\/|node:)[^)]*:\d+:\d+\)/;

/** What no response may ever contain, whatever the input. */
export function assertNoLeak(response: RawResponse): void {
  if (response.status >= 500) throw new Error(`HTTP ${response.status}: ${response.text.slice(0, 500)}`);
  if (STACK_FRAME.test(response.text)) throw new Error(`stack trace in response: ${response.text.slice(0, 500)}`);
  for (const error of response.body.errors ?? []) {
    if (error.extensions && "stacktrace" in error.extensions) throw new Error(`stacktrace extension in ${JSON.stringify(error)}`);
    if (error.extensions?.code === "INTERNAL_SERVER_ERROR") throw new Error(`INTERNAL_SERVER_ERROR: ${JSON.stringify(error)}`);
  }
}

/**
 * Every error must be a rejection of the input that names the field at fault: a validation or
 * coercion error whose message mentions one of `names`, or a BAD_USER_INPUT whose message or
 * `extensions.argument` does. `extraCodes` admits further codes the caller expects (e.g.
 * NOT_FOUND for a well-formed SID that does not exist).
 */
export function assertErrorsNameField(response: RawResponse, names: readonly string[], extraCodes: readonly string[] = []): void {
  for (const error of response.body.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code === "string" && extraCodes.includes(code)) continue;
    if (code !== "GRAPHQL_VALIDATION_FAILED" && code !== "BAD_USER_INPUT") {
      throw new Error(`unexpected error code ${String(code)}: ${JSON.stringify(error).slice(0, 500)}`);
    }
    const argument = error.extensions?.argument;
    const named = names.some((name) => mentions(error.message, name) || argument === name);
    if (!named) throw new Error(`error does not name any of ${names.join(", ")}: ${JSON.stringify(error).slice(0, 500)}`);
  }
}

/** The message names `name` as a word (e.g. `$first`, `"input.limits.channelMembers"`, `"sid"`). */
function mentions(message: string, name: string): boolean {
  return new RegExp(`(?<![A-Za-z0-9_])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9_])`, "i").test(message);
}

/** The server still answers: the process did not crash and its event loop is not wedged. */
export async function assertAlive(graphqlUrl: string): Promise<void> {
  const response = await postRaw(graphqlUrl, "{ __typename }");
  if (response.status !== 200 || response.body.data?.__typename !== "Query") {
    throw new Error(`server not answering after the previous request: ${response.status} ${response.text.slice(0, 200)}`);
  }
}

export function basicAuth(accountSid: string, secret: string): string {
  return "Basic " + Buffer.from(`${accountSid}:${secret}`).toString("base64");
}
