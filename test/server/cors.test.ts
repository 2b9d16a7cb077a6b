// CORS over real HTTP, as a browser would exercise it: preflights answered without credentials
// and without executing anything, allowed origins read responses, refused origins get no CORS
// headers, and Apollo's CSRF prevention still refuses the requests a page could send unasked.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../graphql/harness.js";

const TOKEN = "cors-test-token-0123456789";
const QUERY = JSON.stringify({ query: "{ services(first: 1) { nodes { sid } } }" });

function preflight(url: string, origin: string | undefined, headers = "content-type, authorization"): Promise<Response> {
  return fetch(url, {
    method: "OPTIONS",
    headers: { ...(origin ? { origin } : {}), "access-control-request-method": "POST", "access-control-request-headers": headers },
  });
}

/** The page's query, POSTed with the endpoint token from `origin`, as a browser would send it. */
function postQuery(harness: Harness, origin: string): Promise<Response> {
  return fetch(harness.chatql.graphqlUrl, {
    method: "POST",
    headers: { origin, "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: QUERY,
  });
}

function corsHeaders(response: Response): Record<string, string> {
  return Object.fromEntries([...response.headers].filter(([name]) => name.startsWith("access-control-")));
}

describe("development defaults, with endpoint tokens", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ env: { CHATQL_API_TOKENS: TOKEN } });
  });
  afterAll(() => harness.close());

  it("answers a loopback page's preflight without a token and without calling the upstream", async () => {
    const calls = await harness.countUpstream(async () => {
      const response = await preflight(harness.chatql.graphqlUrl, "http://localhost:5173");
      expect(response.status).toBe(204);
      expect(corsHeaders(response)).toEqual({
        "access-control-allow-origin": "http://localhost:5173",
        "access-control-allow-credentials": "true",
        "access-control-allow-methods": "GET, POST, OPTIONS",
        "access-control-allow-headers": expect.stringContaining("content-type, authorization, apollo-require-preflight"),
        "access-control-max-age": "600",
      });
      expect(response.headers.get("vary")).toBe("Origin");
    });
    expect(calls).toEqual([]);
  });

  it("lets the loopback page read the answer of its POST", async () => {
    const response = await postQuery(harness, "http://127.0.0.1:3000");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("http://127.0.0.1:3000");
    expect(response.headers.get("access-control-expose-headers")).toBe("x-request-id");
    expect(response.headers.get("vary")).toContain("Origin"); // caches keep one answer per origin
    expect(await response.json()).toEqual({ data: { services: { nodes: expect.any(Array) } } });
  });

  it("refuses another origin's preflight with 403 and no CORS header", async () => {
    const response = await preflight(harness.chatql.graphqlUrl, "https://evil.example");
    expect(response.status).toBe(403);
    expect(corsHeaders(response)).toEqual({});
  });

  it("gives another origin's request no CORS header", async () => {
    const response = await postQuery(harness, "https://evil.example");
    expect(corsHeaders(response)).toEqual({});
  });

  it("answers OPTIONS without Origin with what is allowed, never the CSRF error", async () => {
    const response = await preflight(harness.chatql.graphqlUrl, undefined);
    expect(response.status).toBe(204);
    expect(response.headers.get("allow")).toBe("GET, POST, OPTIONS");
  });

  it.each([
    ["a GET with no preflight header", { method: "GET", headers: {} }, "?query=%7B__typename%7D"],
    ["a text/plain POST", { method: "POST", headers: { "content-type": "text/plain" }, body: QUERY }, ""],
  ])("keeps Apollo's CSRF prevention: %s from an allowed origin is refused", async (_name, init, search) => {
    const calls = await harness.countUpstream(async () => {
      const response = await fetch(harness.chatql.graphqlUrl + search, {
        ...init,
        headers: { ...init.headers, origin: "http://localhost:5173", authorization: `Bearer ${TOKEN}` },
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("Cross-Site Request Forgery");
    });
    expect(calls).toEqual([]);
  });
});

describe("production", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({
      env: { NODE_ENV: "production", CHATQL_API_TOKENS: TOKEN, CHATQL_CORS_ORIGINS: "https://app.example.com" },
    });
  });
  afterAll(() => harness.close());

  it("allows a listed origin", async () => {
    const response = await preflight(harness.chatql.graphqlUrl, "https://app.example.com");
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
  });

  it("refuses a loopback origin that is not listed", async () => {
    const response = await preflight(harness.chatql.graphqlUrl, "http://localhost:5173");
    expect(response.status).toBe(403);
    expect(corsHeaders(response)).toEqual({});
  });
});

describe("CHATQL_CORS_ORIGINS=*", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ env: { NODE_ENV: "production", CHATQL_API_TOKENS: TOKEN, CHATQL_CORS_ORIGINS: "*" } });
  });
  afterAll(() => harness.close());

  it("lets any origin read, never with credentials", async () => {
    const response = await postQuery(harness, "https://anything.example");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });
});
