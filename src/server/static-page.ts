// A page that never changes while the process runs (the offline GraphiQL is ~9 MB of inline
// scripts), rendered on its first request and served compressed and cacheable: brotli or gzip as
// Accept-Encoding allows, each compressed once, on first demand, off the event loop; an ETag per
// representation, and 304 when the browser already has it. `Cache-Control: no-cache` makes
// browsers revalidate on each visit, which costs one 304 and picks up a new chatql version at once.

import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

export type ContentCoding = "br" | "gzip" | "identity";

const compressors: Record<Exclude<ContentCoding, "identity">, (body: Buffer) => Promise<Buffer>> = {
  // Quality 5: 9 MB in about a second for ~80% of quality 11's gain, which takes half a minute.
  br: (body) =>
    promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => promisify(gzip)(body),
};

export class StaticPage {
  /** The rendered page and its ETag hash, made together on the first request. */
  private page: Promise<{ body: Buffer; hash: string }> | undefined;
  private readonly encoded = new Map<ContentCoding, Promise<Buffer>>();

  constructor(
    private readonly render: () => string | Promise<string>,
    private readonly contentType: string,
  ) {}

  async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    req.resume();
    if (method !== "GET" && method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" });
      res.end("Method not allowed\n");
      return;
    }
    this.page ??= this.rendered();
    const { body, hash } = await this.page;
    const coding = chooseContentCoding(req.headers["accept-encoding"]);
    const etag = coding === "identity" ? `"${hash}"` : `"${hash}-${coding}"`;
    const headers: Record<string, string> = { etag, "cache-control": "no-cache", vary: varyWith(res, "Accept-Encoding") };
    if (ifNoneMatch(req.headers["if-none-match"], etag)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const payload = await this.encode(body, coding);
    Object.assign(headers, { "content-type": this.contentType, "content-length": String(payload.length) });
    if (coding !== "identity") headers["content-encoding"] = coding;
    res.writeHead(200, headers);
    res.end(method === "HEAD" ? undefined : payload);
  }

  private rendered(): Promise<{ body: Buffer; hash: string }> {
    const page = Promise.resolve()
      .then(() => this.render())
      .then((html) => {
        const body = Buffer.from(html, "utf8");
        return { body, hash: createHash("sha256").update(body).digest("base64url").slice(0, 27) };
      });
    // A failed render is not cached: the next request renders again.
    page.catch(() => {
      if (this.page === page) this.page = undefined;
    });
    return page;
  }

  private encode(body: Buffer, coding: ContentCoding): Promise<Buffer> {
    if (coding === "identity") return Promise.resolve(body);
    let encoded = this.encoded.get(coding);
    if (!encoded) {
      encoded = compressors[coding](body);
      // A failed compression is not cached: the next request tries again.
      encoded.catch(() => this.encoded.delete(coding));
      this.encoded.set(coding, encoded);
    }
    return encoded;
  }
}

/** The coding to answer with: the acceptable one with the highest q, brotli before gzip on a tie. */
export function chooseContentCoding(acceptEncoding: string | string[] | undefined): ContentCoding {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : (acceptEncoding ?? "");
  const q = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qParam === undefined ? 1 : Number(qParam.slice(2));
    q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const qOf = (coding: string) => q.get(coding) ?? q.get("*") ?? 0;
  const best = (["br", "gzip"] as const).filter((coding) => qOf(coding) > 0).sort((a, b) => qOf(b) - qOf(a))[0];
  return best ?? "identity";
}

/** If-None-Match (weak comparison, as RFC 9110 asks for it): does any listed tag match? */
function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** Adds `value` to a Vary header set earlier (CORS sets `Vary: Origin`). */
function varyWith(res: ServerResponse, value: string): string {
  const existing = res.getHeader("vary");
  return existing === undefined ? value : `${String(existing)}, ${value}`;
}
