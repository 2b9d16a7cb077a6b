// CHATQL_MAX_RESPONSE_BYTES. The static cost counts objects and upstream requests, not bytes: 149
// aliases of a 32 KiB message body over a page of 100 cost 183 and made a 490 MB response (1.8 GB
// of memory, then a 500 when the string would not fit). The response's JSON is measured before it
// is written, stopping as soon as it is over; an oversized one is replaced by one error. Every
// string adds at least its own length, so the work is bounded by the limit, and nothing is copied.
// (No memo of sizes by string: V8 hashes strings past 16 K characters by length alone, and a Map
// of 900 distinct 32 KiB bodies took 4.5 s to fill.)

import type { ApolloServerPlugin } from "@apollo/server";
import type { ExecutionResult, GraphQLFormattedError } from "graphql";

/** Characters JSON.stringify writes as more than one byte (escapes, and everything past ASCII in UTF-8). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const NOT_PLAIN = /[\u0000-\u001f"\\\u007f-\uffff]/;

function stringBytes(text: string): number {
  return NOT_PLAIN.test(text) ? Buffer.byteLength(JSON.stringify(text)) : text.length + 2;
}

/**
 * At least the bytes JSON.stringify writes for a string, without looking at its characters: a
 * UTF-16 unit is at most six bytes (`\u001f`), and a surrogate pair's two units four.
 */
const stringBytesAtMost = (text: string): number => 6 * text.length + 2;

/** The bytes of `JSON.stringify(value)`, or a number over `limit` as soon as it is known to be over. */
export function jsonBytes(value: unknown, limit = Infinity): number {
  return walk(value, limit, stringBytes);
}

/**
 * Whether `JSON.stringify(value)` is at most `limit` bytes. An upper bound that never reads a
 * string's characters settles it for every response far under the limit (nearly all of them);
 * only one it cannot clear is measured exactly.
 */
export function jsonFits(value: unknown, limit: number): boolean {
  return walk(value, limit, stringBytesAtMost) <= limit || walk(value, limit, stringBytes) <= limit;
}

/** The walk of `jsonBytes`, with strings (values and keys) sized by `sizeOf`. */
function walk(value: unknown, limit: number, sizeOf: (text: string) => number): number {
  let total = 0;
  // A string writes at least one byte a UTF-16 unit: once that alone is over, the answer is known
  // without sizing it (and without copying a long one to do so).
  const text = (item: string): number => (total + item.length + 2 > limit ? item.length + 2 : sizeOf(item));
  const add = (item: unknown): void => {
    switch (typeof item) {
      case "string":
        total += text(item);
        return;
      case "number":
        total += Number.isFinite(item) ? String(item).length : 4;
        return;
      case "boolean":
        total += item ? 4 : 5;
        return;
      case "object": {
        if (item === null) {
          total += 4;
          return;
        }
        if (total > limit) return;
        if (typeof (item as { toJSON?: unknown }).toJSON === "function") {
          add((item as { toJSON(): unknown }).toJSON());
          return;
        }
        if (Array.isArray(item)) {
          total += item.length > 0 ? item.length + 1 : 2;
          for (const element of item) add(element === undefined || typeof element === "function" ? null : element);
          return;
        }
        total += 1;
        let first = true;
        for (const key in item) {
          const property = (item as Record<string, unknown>)[key];
          if (property === undefined || typeof property === "function" || typeof property === "symbol") continue;
          total += text(key) + (first ? 1 : 2);
          first = false;
          add(property);
        }
        total += 1;
        return;
      }
      default:
        return; // undefined, functions and symbols are left out by JSON.stringify
    }
  };
  add(value);
  return total;
}

/** The error that replaces a response (or a subscription's event) over the limit. */
export function responseTooLarge(maxBytes: number): GraphQLFormattedError {
  return {
    message: `The response would be larger than ${maxBytes} bytes (CHATQL_MAX_RESPONSE_BYTES): ask for fewer items or fields`,
    extensions: { code: "RESPONSE_TOO_LARGE", maxBytes },
  };
}

/** `result` as it may be sent: itself, or one RESPONSE_TOO_LARGE error when its JSON is over `maxBytes`. */
export function withinResponseSize<R extends ExecutionResult | { data?: unknown; errors?: readonly unknown[]; extensions?: unknown }>(
  result: R,
  maxBytes: number,
): R | { data: null; errors: GraphQLFormattedError[] } {
  return jsonFits(result, maxBytes) ? result : { data: null, errors: [responseTooLarge(maxBytes)] };
}

/** Apollo plugin: a response over `maxBytes` is replaced before it is serialized (HTTP 200, as for any execution error). */
export function responseSizePlugin(maxBytes: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const checked = withinResponseSize(response.body.singleResult, maxBytes);
          if (checked !== response.body.singleResult) response.body.singleResult = checked;
        },
      };
    },
  };
}
