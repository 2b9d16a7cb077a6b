import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmulatorServer } from "./server.js";
import type { Store } from "./store.js";

// A store that fails the way a broken disk would, to check that internals never leak.
const brokenStore = {
  getService() {
    throw new Error("SQLITE_IOERR: secret detail at /var/lib/thing");
  },
  listServices() {
    throw new TypeError("cannot read properties of undefined");
  },
} as unknown as Store;

describe("unexpected errors", () => {
  const seen: Array<{ method: string; path: string; status: number }> = [];
  const server = new EmulatorServer({
    host: "127.0.0.1",
    port: 0,
    store: brokenStore,
    maxPageSize: 1000,
    onRequest: (r) => seen.push(r),
  });
  let base = "";
  beforeAll(async () => {
    base = `http://127.0.0.1:${(await server.listen()).port}`;
  });
  afterAll(() => server.close());

  const auth = { authorization: "Basic " + Buffer.from("AC" + "1".repeat(32) + ":x").toString("base64") };

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

  it("reports every finished request once to onRequest", () => {
    expect(seen.map((r) => r.status)).toEqual([500, 404, 500, 404]);
    expect(seen[2]).toMatchObject({ method: "GET", path: "/v2/Services" });
  });
});
