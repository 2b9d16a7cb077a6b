// The bound on the time a client has to send a whole request, as node:http's server options, for
// both of chatql's HTTP servers (the API and the emulator): past it a 408 and the connection is
// dropped, so a slow sender (slow-loris) cannot hold a connection for Node's default 300 s.

import type { ServerOptions } from "node:http";

export function requestTimeOptions(timeoutMs: number): ServerOptions {
  return {
    requestTimeout: timeoutMs,
    headersTimeout: timeoutMs,
    // How often Node looks for requests past their time: often enough for the bound to hold.
    connectionsCheckingInterval: Math.max(50, Math.min(timeoutMs / 4, 30_000)),
  };
}
