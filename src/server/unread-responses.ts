// CHATQL_RESPONSE_TIMEOUT_MS and CHATQL_MAX_UNREAD_RESPONSE_BYTES. A response stays in chatql's
// memory from the moment it is written until its client has taken all of it, and a client that
// stops reading (on purpose, or a phone gone quiet) held it for ever: 200 connections that each
// sent one 4.6 MB query and read nothing held 460 MB after 8 s, and nothing ended them. Now a
// response has a time to be read, and the responses waiting, all connections together, a size:
// past it the connections that have waited longest are closed, so the newest answers still go out.

import { ServerResponse, type IncomingMessage } from "node:http";

export interface UnreadLimits {
  /** Time a client has to take a whole response once it is written. */
  timeoutMs: number;
  /** Bytes written and not yet taken, all responses together. */
  maxBytes: number;
}

/** Why a connection was closed with a response still unread (a metric label). */
export type UnreadDrop = "timeout" | "unread_bytes";

/** The responses written and not yet taken by their clients, oldest first. */
export class UnreadResponses {
  private readonly waiting = new Map<ServerResponse, { bytes: number; timer: NodeJS.Timeout }>();
  private total = 0;

  constructor(
    private readonly limits: UnreadLimits,
    private readonly onDrop: (res: ServerResponse, reason: UnreadDrop) => void = () => {},
  ) {}

  /** Bytes written and not yet taken, all responses together. */
  get unreadBytes(): number {
    return this.total;
  }

  /** `res` has just been ended: what of it the socket has not taken yet is watched until it is, or the connection goes. */
  ended(res: ServerResponse): void {
    const bytes = res.writableLength;
    if (bytes === 0 || res.writableFinished || res.destroyed || this.waiting.has(res)) return;
    const timer = setTimeout(() => this.drop(res, "timeout"), this.limits.timeoutMs);
    timer.unref();
    this.waiting.set(res, { bytes, timer });
    this.total += bytes;
    const settled = () => this.forget(res);
    res.once("finish", settled);
    res.once("close", settled);
    // Over the bound: the responses that have waited longest go first; the newest is always sent.
    for (const older of this.waiting.keys()) {
      if (this.total <= this.limits.maxBytes || older === res) break;
      this.drop(older, "unread_bytes");
    }
  }

  private forget(res: ServerResponse): boolean {
    const entry = this.waiting.get(res);
    if (!entry) return false;
    clearTimeout(entry.timer);
    this.waiting.delete(res);
    this.total -= entry.bytes;
    return true;
  }

  /** Closes the connection `res` waits on (a pipelined response not yet on the socket has only its request's). */
  private drop(res: ServerResponse, reason: UnreadDrop): void {
    if (!this.forget(res)) return;
    res.req.socket.destroy();
    this.onDrop(res, reason);
  }
}

/** node:http's response class, telling `unread` each time a response is ended (`createServer`'s `ServerResponse` option). */
export function watchedResponse(unread: UnreadResponses): typeof ServerResponse<IncomingMessage> {
  return class WatchedResponse extends ServerResponse<IncomingMessage> {
    override end(...args: unknown[]): this {
      (ServerResponse.prototype.end as (...rest: unknown[]) => unknown).apply(this, args);
      unread.ended(this);
      return this;
    }
  };
}
