// Issue #4, "Exploration page": the offline GraphiQL page, driven in headless Chromium exactly as a
// user would meet it. `node bin/chatql.js serve` runs as a child process (embedded emulator, data
// in a temp dir, PORT=0), two services are created through the GraphQL endpoint, then Chromium
// opens /graphiql, clicks the execute button on the page's default `services` query, and the
// response pane must show the seeded services. The page must request nothing but loopback origins:
// that is what "offline" means. Skipped only when Debian's Chromium (/usr/bin/chromium) is absent;
// `.ci/run` installs it.

import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { spawnChatql, type ChatqlProcess } from "../support/chatql-process.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`[test/browser] skipped: ${CHROMIUM} is absent (apt-get install -y chromium; .ci/run does this as root)`);
}

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const PAGE_MS = 60_000;

interface Server {
  process: ChatqlProcess;
  graphqlUrl: string;
  output: () => string;
}

/** `node bin/chatql.js serve` in its own process group, once it has printed its GraphQL URL. */
async function startServer(dataDir: string): Promise<Server> {
  const process = spawnChatql(["serve"], { env: { PORT: "0", CHATQL_DATA_DIR: dataDir } });
  try {
    const [, graphqlUrl] = await process.waitFor(/chatql GraphQL\s+(http:\/\/\S+\/graphql)/);
    return { process, graphqlUrl: graphqlUrl!, output: process.output };
  } catch (error) {
    await process.stop();
    throw error;
  }
}

async function graphql<T>(url: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    // application/json also satisfies Apollo's CSRF prevention
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`GraphQL request failed: HTTP ${response.status} ${JSON.stringify(body)}`);
  }
  return body.data;
}

const CREATE_SERVICE = `mutation Seed($input: CreateServiceInput!) {
  createService(input: $input) { userErrors { field message code } service { sid friendlyName } }
}`;

interface Seeded {
  sid: string;
  friendlyName: string;
}

async function seedService(graphqlUrl: string, friendlyName: string): Promise<Seeded> {
  const data = await graphql<{ createService: { userErrors: unknown[]; service: Seeded | null } }>(graphqlUrl, CREATE_SERVICE, {
    input: { friendlyName },
  });
  if (data.createService.userErrors.length || !data.createService.service) {
    throw new Error(`createService refused: ${JSON.stringify(data.createService)}`);
  }
  return data.createService.service;
}

/** The visible text of an editor pane; Monaco renders spaces as U+00A0. */
async function paneText(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).innerText()).replace(/\u00a0/g, " ");
}

function isLoopback(rawUrl: string): boolean {
  const url = new URL(rawUrl);
  if (!["http:", "https:", "ws:", "wss:", "ftp:"].includes(url.protocol)) return true; // data:, blob:, about:, chrome-extension: …
  return url.hostname === "localhost" || url.hostname === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
}

describe.skipIf(!hasChromium)("offline GraphiQL page in headless Chromium (issue #4)", () => {
  let dataDir: string;
  let profileDir: string;
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  let seeded: Seeded[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "chatql-browser-data-"));
    profileDir = await mkdtemp(join(tmpdir(), "chatql-browser-profile-"));
    server = await startServer(dataDir);
    const tag = Math.random().toString(36).slice(2, 8);
    seeded = [
      await seedService(server.graphqlUrl, `Browser test ${tag} one`),
      await seedService(server.graphqlUrl, `Browser test ${tag} two`),
    ];
    // A fresh --user-data-dir: Playwright takes it as launchPersistentContext's first argument.
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1400, height: 1000 },
      timeout: PAGE_MS,
    });
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    if (server) await server.process.stop();
    await Promise.all([dataDir, profileDir].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
  }, 30_000);

  it(
    "runs the default services query from the execute button and shows the seeded services, fetching only from loopback",
    async () => {
      const origin = new URL(server!.graphqlUrl).origin;
      const page: Page = context!.pages()[0] ?? (await context!.newPage());
      const requested: string[] = [];
      page.on("request", (request) => requested.push(request.url()));
      const consoleErrors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => consoleErrors.push(String(error)));
      page.on("requestfailed", (request) =>
        consoleErrors.push(`request failed: ${request.method()} ${request.url()}: ${request.failure()?.errorText}`),
      );

      const screenshot = join(tmpdir(), `chatql-graphiql-${Date.now()}.png`);
      try {
        const response = await page.goto(`${origin}/graphiql`, { waitUntil: "load", timeout: PAGE_MS });
        expect(response?.status()).toBe(200);

        const execute = page.locator('.graphiql-execute-button, button[aria-label^="Execute"]').first();
        await execute.waitFor({ state: "visible", timeout: PAGE_MS });
        // The query editor holds the default `services` query once the editor has loaded.
        await expect.poll(() => paneText(page, ".graphiql-query-editor"), { timeout: PAGE_MS }).toContain("services");

        const graphqlRequest = page.waitForRequest(
          (req) => new URL(req.url()).pathname === "/graphql" && req.method() === "POST" && (req.postData() ?? "").includes("services("),
          { timeout: PAGE_MS },
        );
        await execute.click();
        const sent = await graphqlRequest;
        const answer = await sent.response(); // null when the request failed in the browser
        if (!answer) throw new Error(`the page's POST /graphql failed: ${sent.failure()?.errorText ?? "no response"}`);
        expect(answer.status()).toBe(200);
        const body = (await answer.json()) as { data?: { services: { nodes: Seeded[] } }; errors?: unknown };
        expect(body.errors).toBeUndefined();
        expect(body.data!.services.nodes).toEqual(expect.arrayContaining(seeded.map((s) => expect.objectContaining(s))));

        // What the user sees: the response pane shows the seeded services.
        for (const service of seeded) {
          await expect
            .poll(() => paneText(page, ".graphiql-response"), { timeout: PAGE_MS })
            .toContain(`"friendlyName": "${service.friendlyName}"`);
          await expect.poll(() => paneText(page, ".graphiql-response"), { timeout: PAGE_MS }).toContain(`"sid": "${service.sid}"`);
        }

        const offsite = requested.filter((url) => !isLoopback(url));
        expect(offsite, "requests to non-loopback origins").toEqual([]);
        expect(requested.some((url) => url.startsWith(`${origin}/graphiql`))).toBe(true);

        if (process.env.CHATQL_BROWSER_SCREENSHOT) await page.screenshot({ path: process.env.CHATQL_BROWSER_SCREENSHOT, fullPage: true });
      } catch (error) {
        await page.screenshot({ path: screenshot, fullPage: true }).catch(() => undefined);
        throw new Error(
          `${error instanceof Error ? error.message : String(error)}\n` +
            `screenshot: ${screenshot}\nserver alive: ${server!.process.child.exitCode === null && server!.process.child.signalCode === null}\nrequests:\n  ${requested.join("\n  ")}\npage errors:\n  ${consoleErrors.join("\n  ")}\n${server!.output()}`,
          { cause: error },
        );
      }
    },
    2 * PAGE_MS,
  );
});
