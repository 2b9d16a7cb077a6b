// Reads an HTTP request body with a size limit. Shared by chatql's GraphQL front door and the
// emulator, which both refuse a body over their limit with 413 (the caller's answer) and must
// never buffer more than the limit to find out.

import type { IncomingMessage } from "node:http";

/**
 * The body's bytes, or null when it is larger than `maxBytes`: a declared `Content-Length` over
 * the limit is refused before anything is read, a streamed body as soon as it passes the limit.
 * Either way what follows is drained unbuffered, so the caller can still answer (413, and
 * `Connection: close` so the rest of an oversized upload is not read).
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  if (Number(req.headers["content-length"] ?? 0) > maxBytes) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off("data", onData);
        chunks.length = 0;
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("end", () => resolve(size > maxBytes ? null : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
