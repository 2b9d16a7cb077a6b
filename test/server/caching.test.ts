// Every GraphQL answer is the caller's own (their credentials, their account): no browser or
// shared cache may keep one, whatever the method, the outcome or the way the answer was made.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../graphql/harness.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

const query = "{ services(first: 1) { nodes { sid } } }";

describe("GraphQL answers are never stored", () => {
  it.each([
    ["a POST", () => post({ query })],
    [
      "a GET",
      () => fetch(`${harness.chatql.graphqlUrl}?query=${encodeURIComponent(query)}`, { headers: { "apollo-require-preflight": "1" } }),
    ],
    ["a validation error", () => post({ query: "{ nope }" })],
    ["a parse error", () => post({ query: "{" })],
    ["a body that is not JSON (refused before Apollo)", () => postRaw("{", "application/json")],
    [
      "a body over CHATQL_MAX_BODY_BYTES (413)",
      () => postRaw(JSON.stringify({ query: " ".repeat(200 * 1024) + query }), "application/json"),
    ],
    ["a GET refused by CSRF prevention (Apollo's own 400)", () => fetch(`${harness.chatql.graphqlUrl}?query=${encodeURIComponent(query)}`)],
  ])("%s answers with Cache-Control: no-store", async (_, send) => {
    const response = await send();
    await response.text();
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});

describe("the HTML landing page on GET /graphql (static, the same for everyone)", () => {
  it("is Cache-Control: no-cache, not no-store", async () => {
    const response = await fetch(harness.chatql.graphqlUrl, { headers: { accept: "text/html" } });
    expect(await response.text()).toContain("<html");
    expect(response.headers.get("cache-control")).toBe("no-cache");
  });
});

function post(body: object): Promise<Response> {
  return fetch(harness.chatql.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

function postRaw(body: string, contentType: string): Promise<Response> {
  return fetch(harness.chatql.graphqlUrl, { method: "POST", headers: { "content-type": contentType }, body });
}
