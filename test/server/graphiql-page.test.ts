// /graphiql over real HTTP: ~9 MB of HTML sent compressed (brotli or gzip, as the browser
// accepts), cacheable (ETag, 304 on If-None-Match), and, as a static page, open without a token.
// node:http is used rather than fetch, so the bytes on the wire are what the test sees.

import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_QUERY } from "../../src/server/explorer.js";
import { startHarness, type Harness } from "../graphql/harness.js";

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

let harness: Harness;
let url: string;
/** The page as sent without compression. */
let identity: RawResponse;

beforeAll(async () => {
  harness = await startHarness({ env: { CHATQL_API_TOKENS: "graphiql-test-token-0123456789" } });
  url = harness.chatql.graphqlUrl.replace(/\/graphql$/, "/graphiql");
  identity = await get(url);
});
afterAll(() => harness.close());

describe("/graphiql", () => {
  it("without Accept-Encoding: the whole page, open without a token", () => {
    expect(identity.status).toBe(200);
    expect(identity.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(Number(identity.headers["content-length"])).toBe(identity.body.length);
    expect(identity.body.toString("utf8")).toContain("<title>chatql GraphiQL</title>");
    expect(identity.body.length).toBeGreaterThan(1_000_000);
  });

  it.each([
    ["br", "gzip, deflate, br", brotliDecompressSync],
    ["gzip", "gzip, deflate", gunzipSync],
  ])("%s when the browser accepts it, much smaller, the same page", async (coding, acceptEncoding, decompress) => {
    const response = await get(url, { "accept-encoding": acceptEncoding });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe(coding);
    expect(response.headers.vary).toContain("Accept-Encoding");
    expect(Number(response.headers["content-length"])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(identity.body.length / 3);
    expect(decompress(response.body).equals(identity.body)).toBe(true);
  });

  it("is cacheable: an ETag per representation, 304 when the browser has it", async () => {
    const first = await get(url, { "accept-encoding": "gzip, br" });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers["cache-control"]).toBe("no-cache");

    const again = await get(url, { "accept-encoding": "gzip, br", "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);

    const weak = await get(url, { "accept-encoding": "gzip, br", "if-none-match": `"other", W/${etag}` });
    expect(weak.status).toBe(304);

    const otherCoding = await get(url, { "accept-encoding": "gzip", "if-none-match": etag });
    expect(otherCoding.status).toBe(200);
    expect(otherCoding.headers.etag).not.toBe(etag);
  });

  it("answers HEAD with the headers only, and refuses other methods", async () => {
    const head = await get(url, { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-encoding"]).toBe("br");
    expect(head.body.length).toBe(0);
    const post = await get(url, {}, "POST");
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
  });

  it("opens on a default query whose comment fits a narrow editor", () => {
    const comments = DEFAULT_QUERY.split("\n").filter((line) => line.startsWith("#"));
    expect(comments.length).toBeGreaterThan(0);
    for (const line of comments) expect(line.length).toBeLessThanOrEqual(40);
  });
});
