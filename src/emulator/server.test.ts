import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { EmulatorServer, type ObservedRequest } from "./server.js";
import type { Store } from "./store/store.js";
import type { Webhooks } from "./webhook/webhook.engine.js";

// A store that fails the way a broken disk would, to check that internals never leak.
const brokenStore = {
  services: {
    get() {
      throw new Error("SQLITE_IOERR: secret detail at /var/lib/thing");
    },
    list: {
      page() {
        throw new TypeError("cannot read properties of undefined");
      },
    },
  },
} as unknown as Store;

const seen: ObservedRequest[] = [];
const server = new EmulatorServer({
  host: "127.0.0.1",
  port: 0,
  store: brokenStore,
  maxPageSize: 1000,
  onRequest: (r) => seen.push(r),
  // GET routes cause no webhook event: nothing here reaches it.
  webhooks: {} as Webhooks,
  requestTimeoutMs: 30_000,
});
let base = "";
beforeAll(async () => {
  base = `http://127.0.0.1:${(await server.listen()).port}`;
});
afterAll(() => server.close());

const auth = { authorization: "Basic " + Buffer.from("AC" + "1".repeat(32) + ":x").toString("base64") };

describe("unexpected errors", () => {
  it.each([["/v2/Services/IS" + "1".repeat(32)], ["/v2/Services"]])("GET %s → opaque 500", async (path) => {
    const res = await fetch(base + path, { headers: auth });
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toEqual({
      code: 20500,
      message: "Internal Server Error",
      more_info: "https://www.twilio.com/docs/errors/20500",
      status: 500,
    });
    // And the server keeps serving.
    expect((await fetch(base + "/v2/Nope", { headers: auth })).status).toBe(404);
  });
});

describe("onRequest", () => {
  it("reports every finished request once, with its method, path, query and status", async () => {
    seen.length = 0;
    await fetch(base + "/v2/Services?PageSize=5", { headers: auth });
    await fetch(base + "/v2/Nope", { method: "POST", headers: auth });
    // Reports come from the response's "finish" event, which may follow the client's read.
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen).toEqual([
      { method: "GET", path: "/v2/Services", query: "PageSize=5", status: 500 },
      { method: "POST", path: "/v2/Nope", query: "", status: 404 },
    ]);
  });
});
