import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readBody } from "./read-body.js";

/** A request stand-in: the chunks as a stream, with the headers readBody looks at. */
function request(chunks: Array<string | Buffer>, contentLength?: number): IncomingMessage {
  const stream = Readable.from(
    chunks.map((c) => Buffer.from(c)),
    { objectMode: false },
  );
  return Object.assign(stream, {
    headers: contentLength === undefined ? {} : { "content-length": String(contentLength) },
  }) as unknown as IncomingMessage;
}

describe("readBody", () => {
  it.each<{ name: string; chunks: Array<string | Buffer>; declared?: number; max: number; expected: string | null }>([
    { name: "an empty body", chunks: [], max: 4, expected: "" },
    { name: "one chunk under the limit", chunks: ["abc"], max: 4, expected: "abc" },
    { name: "chunks exactly at the limit", chunks: ["ab", "cd"], max: 4, expected: "abcd" },
    { name: "chunks one byte past the limit", chunks: ["ab", "cde"], max: 4, expected: null },
    { name: "a first chunk past the limit", chunks: ["abcdefgh", "ij"], max: 4, expected: null },
    { name: "a declared length past the limit, refused unread", chunks: ["a"], declared: 5, max: 4, expected: null },
    { name: "a declared length at the limit", chunks: ["abcd"], declared: 4, max: 4, expected: "abcd" },
    { name: "multi-byte characters counted in bytes", chunks: ["😀"], max: 3, expected: null },
    { name: "a character split across chunks", chunks: [Buffer.from([0xc3]), Buffer.from([0xa9])], max: 2, expected: "é" },
  ])("$name", async ({ chunks, declared, max, expected }) => {
    const body = await readBody(request(chunks, declared), max);
    expect(body === null ? null : body.toString("utf8")).toBe(expected);
  });

  it("rejects when the stream fails", async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error("socket hang up"));
      },
    });
    await expect(readBody(Object.assign(failing, { headers: {} }) as unknown as IncomingMessage, 10)).rejects.toThrow("socket hang up");
  });
});
