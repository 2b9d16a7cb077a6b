// Issue #9, "A browser app cannot call chatql": pages served from another loopback port call
// chatql's /graphql from headless Chromium, which enforces CORS as it does for a real app.
// Allowed origins get their data; a refused origin's fetch fails in the page ("blocked by CORS
// policy") and its mutation never reaches the upstream. `evil.test` is mapped to 127.0.0.1 inside
// Chromium only, so a non-loopback origin can be tried without leaving the machine.

import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser } from "playwright-core";
import { startHarness, type Harness } from "../graphql/harness.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--host-resolver-rules=MAP evil.test 127.0.0.1",
];
const TOKEN = "browser-cors-token-0123456789";
const QUERY = "{ services(first: 5) { nodes { sid friendlyName } } }";
const CREATE = 'mutation { createService(input: { friendlyName: "from a page" }) { service { sid } userErrors { code } } }';

interface PageResult {
  status?: number;
  body?: { data?: unknown; errors?: unknown };
  error?: string;
}

let browser: Browser;
let pageServer: Server;
let pagePort: number;

/** Serves an empty page on any path: all the test needs is an origin to run fetch from. */
async function startPageServer(): Promise<Server> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end("<!doctype html><title>another app</title><p>another app");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

/** Opens `origin` in a fresh browser context and runs fetch(graphqlUrl) from that page. */
async function fetchFromPage(origin: string, graphqlUrl: string, query: string, headers: Record<string, string> = {}) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const messages: string[] = [];
    page.on("console", (message) => messages.push(message.text()));
    const opened = await page.goto(origin);
    expect(opened?.status()).toBe(200);
    const result: PageResult = await page.evaluate(
      async ({ url, query, headers }) => {
        try {
          const response = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json", ...headers },
            body: JSON.stringify({ query }),
          });
          return { status: response.status, body: await response.json() };
        } catch (error) {
          return { error: String(error) };
        }
      },
      { url: graphqlUrl, query, headers },
    );
    return { result, messages };
  } finally {
    await context.close();
  }
}

beforeAll(async () => {
  if (!hasChromium) return;
  pageServer = await startPageServer();
  pagePort = (pageServer.address() as AddressInfo).port;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => pageServer?.close(resolve));
});

describe.skipIf(!hasChromium)("a page on another origin calls chatql (development defaults)", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it.each(["127.0.0.1", "localhost"])("a page on http://%s:<another port> gets the data", async (host) => {
    const { result } = await fetchFromPage(`http://${host}:${pagePort}/`, harness.chatql.graphqlUrl, QUERY);
    expect(result).toEqual({ status: 200, body: { data: { services: { nodes: expect.any(Array) } } } });
  });

  it("a page on a non-loopback origin is refused by the browser, and its mutation never runs", async () => {
    const calls = await harness.countUpstream(async () => {
      const { result, messages } = await fetchFromPage(`http://evil.test:${pagePort}/`, harness.chatql.graphqlUrl, CREATE);
      expect(result.error).toMatch(/TypeError: Failed to fetch/);
      expect(messages.join("\n")).toMatch(/from origin 'http:\/\/evil\.test:\d+' has been blocked by CORS policy/);
    });
    expect(calls).toEqual([]);
  });
});

describe.skipIf(!hasChromium)("a page on another origin calls chatql (production, listed origin, token)", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({
      env: { NODE_ENV: "production", CHATQL_API_TOKENS: TOKEN, CHATQL_CORS_ORIGINS: `http://127.0.0.1:${pagePort}` },
    });
  });
  afterAll(() => harness.close());

  it("the listed origin runs a mutation with its bearer token", async () => {
    const { result } = await fetchFromPage(`http://127.0.0.1:${pagePort}/`, harness.chatql.graphqlUrl, CREATE, {
      authorization: `Bearer ${TOKEN}`,
    });
    expect(result).toEqual({
      status: 200,
      body: { data: { createService: { service: { sid: expect.stringMatching(/^IS/) }, userErrors: [] } } },
    });
  });

  it("an origin that is not listed is refused, loopback or not", async () => {
    const calls = await harness.countUpstream(async () => {
      const { result, messages } = await fetchFromPage(`http://localhost:${pagePort}/`, harness.chatql.graphqlUrl, CREATE, {
        authorization: `Bearer ${TOKEN}`,
      });
      expect(result.error).toMatch(/TypeError: Failed to fetch/);
      expect(messages.join("\n")).toMatch(/blocked by CORS policy/);
    });
    expect(calls).toEqual([]);
  });
});
