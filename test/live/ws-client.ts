// A bare graphql-ws protocol client over `ws`, for what a library client hides: close codes and
// reasons, refused upgrades, raw message sizes, a client that stops reading.

import WebSocket from "ws";

export interface RawSocket {
  ws: WebSocket;
  /** Resolves with the next message (parsed), or rejects when the socket closes first. */
  next(): Promise<{ type: string; id?: string; payload?: any }>;
  /** Resolves when the socket closes, with its code and reason. */
  closed: Promise<{ code: number; reason: string }>;
  send(message: unknown): void;
}

/** Opens a socket; rejects with the HTTP status when the upgrade is refused. */
export function connectRaw(url: string, headers: Record<string, string> = {}): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, "graphql-transport-ws", { headers });
    const messages: Array<{ type: string }> = [];
    const readers: Array<{ resolve: (m: any) => void; reject: (e: Error) => void }> = [];
    const closed = new Promise<{ code: number; reason: string }>((done) => {
      ws.on("close", (code, reason) => {
        for (const reader of readers.splice(0)) reader.reject(new Error(`closed ${code} ${reason}`));
        done({ code, reason: String(reason) });
      });
    });
    ws.on("message", (data) => {
      const message = JSON.parse(String(data));
      const reader = readers.shift();
      if (reader) reader.resolve(message);
      else messages.push(message);
    });
    ws.on("unexpected-response", (_req, res) => {
      reject(Object.assign(new Error(`upgrade refused: ${res.statusCode}`), { status: res.statusCode }));
    });
    ws.on("error", () => {});
    ws.on("open", () =>
      resolve({
        ws,
        closed,
        send: (message) => ws.send(typeof message === "string" ? message : JSON.stringify(message)),
        next: () => {
          const message = messages.shift();
          if (message) return Promise.resolve(message);
          if (ws.readyState !== ws.OPEN) return Promise.reject(new Error("closed"));
          return new Promise((resolveMessage, rejectMessage) => {
            readers.push({ resolve: resolveMessage, reject: rejectMessage });
          });
        },
      }),
    );
  });
}

type Answer = { type: string } | { code: number; reason: string };

/** connection_init with `payload`; resolves with the server's first answer (ack) or the close. */
export async function init(socket: RawSocket, payload: Record<string, unknown> = {}): Promise<Answer> {
  socket.send({ type: "connection_init", payload });
  return Promise.race([socket.next(), socket.closed]).catch(() => socket.closed);
}

/** A socket past connection_init with `payload`, added to `opened` (the test closes them); rejects unless acknowledged. */
export async function connectAcked(url: string, payload: Record<string, unknown>, opened: RawSocket[]): Promise<RawSocket> {
  const socket = await connectRaw(url);
  opened.push(socket);
  const answer = await init(socket, payload);
  if (!("type" in answer) || answer.type !== "connection_ack")
    throw new Error(`connection_init not acknowledged: ${JSON.stringify(answer)}`);
  return socket;
}
