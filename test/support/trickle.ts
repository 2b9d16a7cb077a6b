// A slow sender (slow-loris) for the request-time bounds of chatql's and the emulator's HTTP
// servers: a POST's headers at once, then its body in parts, one every `everyMs`.

import { connect } from "node:net";

/** Sends `parts` as one POST body to `url`, a part every `everyMs`; resolves with the answer's status line. */
export function trickle(url: string, parts: string[], everyMs: number, headers: Record<string, string> = {}): Promise<string> {
  const { hostname, port, pathname } = new URL(url);
  const body = parts.join("");
  const extra = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`POST ${pathname} HTTP/1.1\r\nHost: ${hostname}\r\n${extra.join("")}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n`);
      parts.forEach((part, i) => setTimeout(() => socket.writable && socket.write(part), everyMs * (i + 1)));
    });
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString()));
    socket.on("close", () => resolve(answer.split("\r\n")[0] ?? ""));
    socket.on("error", reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error("no answer")));
    // Close our side once an answer is complete, so "close" fires for a served request too.
    socket.on("data", () => answer.includes("\r\n\r\n{") && answer.trimEnd().endsWith("}") && socket.end());
  });
}
