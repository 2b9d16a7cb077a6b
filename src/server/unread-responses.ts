// CHATQL_RESPONSE_TIMEOUT_MS and CHATQL_MAX_UNREAD_RESPONSE_BYTES. A response stays in chatql's
// memory from the moment it is written until its client has taken all of it, and a client that
// stops reading (on purpose, or a phone gone quiet) held it for ever: 200 connections that each
// sent one 4.6 MB query and read nothing held 460 MB after 8 s, and nothing ended them. Now a
// response has a time to be read, and the responses waiting, all connections together, a size:
// past it the connection holding the most unread bytes is closed first, so one connection with a
// pipelined burst of large answers cannot push out the slow readers of everyone else (a response
// alone on its connection, just written, is not the one closed: it is always sent).

import type { Socket } from "node:net";
import { ServerResponse, type IncomingMessage } from "node:http";

export interface UnreadLimits {
  /** Time a client has to take a whole response once it is written. */
  timeoutMs: number;
  /** Bytes written and not yet taken, all responses together (at least the largest response allowed). */
  maxBytes: number;
}

/** Why a connection was closed with a response still unread (a metric label). */
export type UnreadDrop = "timeout" | "unread_bytes";

interface Waiting {
  bytes: number;
  timer: NodeJS.Timeout;
}

/** One connection's responses written and not yet taken (pipelined ones included, queued or not). */
interface Connection {
  bytes: number;
  responses: Map<ServerResponse, Waiting>;
}

/** The responses written and not yet taken by their clients, by connection. */
export class UnreadResponses {
  private readonly connections = new Map<Socket, Connection>();
  private readonly watched = new WeakSet<Socket>();
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
    const socket = res.req.socket;
    if (bytes === 0 || res.writableFinished || res.destroyed || socket.destroyed) return;
    let connection = this.connections.get(socket);
    if (connection?.responses.has(res)) return;
    if (!connection) this.connections.set(socket, (connection = { bytes: 0, responses: new Map() }));
    if (!this.watched.has(socket)) {
      this.watched.add(socket);
      // A pipelined response still queued when its socket goes never emits `close` of its own.
      socket.once("close", () => this.forgetConnection(socket));
    }
    const timer = setTimeout(() => this.drop(socket, res, "timeout"), this.limits.timeoutMs);
    timer.unref();
    connection.responses.set(res, { bytes, timer });
    connection.bytes += bytes;
    this.total += bytes;
    const settled = () => this.forget(socket, res);
    res.once("finish", settled);
    res.once("close", settled);
    while (this.total > this.limits.maxBytes) {
      // A response alone on its connection is always sent (the offline GraphiQL page, uncompressed,
      // is larger than CHATQL_MAX_RESPONSE_BYTES may be): the others make room for it.
      const most = this.holdingMost(this.connections.get(socket)?.responses.size === 1 ? socket : null);
      if (!most) break;
      const [victim, held] = most;
      this.drop(victim, held.responses.keys().next().value!, "unread_bytes");
    }
  }

  /** The connection holding the most unread bytes, `spared` aside (the one that has waited longest among equals). */
  private holdingMost(spared: Socket | null): [Socket, Connection] | undefined {
    let most: [Socket, Connection] | undefined;
    for (const entry of this.connections) if (entry[0] !== spared && (!most || entry[1].bytes > most[1].bytes)) most = entry;
    return most;
  }

  private forget(socket: Socket, res: ServerResponse): void {
    const connection = this.connections.get(socket);
    const waiting = connection?.responses.get(res);
    if (!connection || !waiting) return;
    clearTimeout(waiting.timer);
    connection.responses.delete(res);
    connection.bytes -= waiting.bytes;
    this.total -= waiting.bytes;
    if (connection.responses.size === 0) this.connections.delete(socket);
  }

  private forgetConnection(socket: Socket): void {
    for (const res of [...(this.connections.get(socket)?.responses.keys() ?? [])]) this.forget(socket, res);
  }

  /** Closes the connection `res` waits on; its other unread responses go with it. */
  private drop(socket: Socket, res: ServerResponse, reason: UnreadDrop): void {
    if (!this.connections.get(socket)?.responses.has(res)) return;
    this.forgetConnection(socket);
    socket.destroy();
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
