import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { chooseContentCoding, StaticPage } from "./static-page.js";

describe("chooseContentCoding", () => {
  it.each([
    [undefined, "identity"],
    ["", "identity"],
    ["identity", "identity"],
    ["gzip", "gzip"],
    ["gzip, deflate, br", "br"],
    ["gzip, deflate, br, zstd", "br"],
    ["br;q=0.5, gzip", "gzip"],
    ["br;q=0, gzip;q=0.1", "gzip"],
    ["BR", "br"],
    ["*", "br"],
    ["*;q=0.5, br;q=0", "gzip"],
    ["gzip;q=0, br;q=0", "identity"],
    ["deflate", "identity"],
    ["gzip;q=abc", "identity"],
    [["gzip", "br"], "br"],
  ])("Accept-Encoding %j → %s", (header, coding) => {
    expect(chooseContentCoding(header)).toBe(coding);
  });
});

/** A GET as node:http hands it over, and what the page wrote back. */
function exchange(page: StaticPage, headers: Record<string, string> = {}) {
  const req = { method: "GET", headers, resume() {} } as unknown as IncomingMessage;
  const sent: { status?: number; headers?: Record<string, string>; body?: Buffer } = {};
  const res = {
    getHeader: () => undefined,
    writeHead(status: number, h: Record<string, string>) {
      sent.status = status;
      sent.headers = h;
    },
    end(body?: Buffer) {
      sent.body = body;
    },
  } as unknown as ServerResponse;
  return page.serve(req, res).then(() => sent);
}

describe("StaticPage", () => {
  it("renders on the first request, not before, and once for requests that arrive together", async () => {
    let renders = 0;
    const page = new StaticPage(async () => {
      renders++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return "<p>page</p>";
    }, "text/html; charset=utf-8");
    expect(renders).toBe(0);
    const [a, b] = await Promise.all([exchange(page), exchange(page)]);
    expect(renders).toBe(1);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body?.toString()).toBe("<p>page</p>");
    expect(b.headers?.etag).toBe(a.headers?.etag);
    await exchange(page);
    expect(renders).toBe(1);
  });

  it("renders again after a render that failed", async () => {
    let renders = 0;
    const page = new StaticPage(() => {
      if (++renders === 1) throw new Error("first render fails");
      return "ok";
    }, "text/plain");
    await expect(exchange(page)).rejects.toThrow("first render fails");
    const second = await exchange(page);
    expect(renders).toBe(2);
    expect(second.body?.toString()).toBe("ok");
  });
});
