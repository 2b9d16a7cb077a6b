// The caches Apollo Server keeps, held at their named bounds: the parsed documents
// (DOCUMENT_CACHE_MAX_BYTES, sized as Apollo sizes them: the bytes of each AST's JSON). A document
// found there skips parsing, so a plugin that counts parsings tells a kept document from a dropped one.

import type { ApolloServerPlugin } from "@apollo/server";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { chatqlSchema } from "../graphql/schema.js";
import { createApolloServer, DOCUMENT_CACHE_MAX_BYTES } from "./apollo.js";
import type { RequestContext } from "./request-context.js";

const jsonBytes = (query: string) => Buffer.byteLength(JSON.stringify(parse(query)));

/** `{ <alias>: __typename }` whose parsed JSON is exactly `bytes` long: the alias grows until it fits. */
function documentOf(tag: string, bytes: number): string {
  let pad = 0;
  // A few steps: each changes the size by the pad's change, plus a digit where a location grows.
  for (let step = 0; step < 10; step++) {
    const query = `{ ${tag}${"x".repeat(pad)}: __typename }`;
    const size = jsonBytes(query);
    if (size === bytes) return query;
    pad = Math.max(0, pad + bytes - size);
  }
  throw new Error(`no document of ${bytes} bytes for ${tag}`);
}

describe(`parsed documents (DOCUMENT_CACHE_MAX_BYTES = ${DOCUMENT_CACHE_MAX_BYTES})`, () => {
  it.each([
    ["filled to the bound, the first parsed is still kept", 0, 0],
    ["a byte past it, the first parsed is dropped and parsed again", 1, 1],
  ])("%s", async (_name, over, parsedAgain) => {
    let parsings = 0;
    const counter: ApolloServerPlugin<RequestContext> = {
      async requestDidStart() {
        return {
          async parsingDidStart() {
            parsings++;
          },
        };
      },
    };
    const server = createApolloServer(await chatqlSchema(), {
      introspection: false,
      apq: false,
      plugins: [counter],
      validationRules: [],
      parseOptions: {},
    });
    await server.start();
    try {
      const parts = 8;
      const queries = Array.from({ length: parts }, (_, i) =>
        documentOf(`d${i}_`, DOCUMENT_CACHE_MAX_BYTES / parts + (i === parts - 1 ? over : 0)),
      );
      expect(queries.reduce((sum, query) => sum + jsonBytes(query), 0)).toBe(DOCUMENT_CACHE_MAX_BYTES + over);
      const run = async (query: string) => {
        const response = await server.executeOperation({ query }, { contextValue: {} as RequestContext });
        expect(response.body.kind === "single" && response.body.singleResult.errors).toBeUndefined();
      };
      for (const query of queries) await run(query);
      expect(parsings).toBe(parts);
      await run(queries[1]!); // the second first: running the first would make it the most recently used
      await run(queries[0]!);
      expect(parsings).toBe(parts + parsedAgain);
    } finally {
      await server.stop();
    }
  });
});
