// Starts chatql: the embedded emulator when no upstream is configured, the REST client, Apollo,
// and the HTTP server. `close()` stops them in reverse order.

import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { AddressInfo } from "node:net";
import { ChatApiClient } from "../chat-api/index.js";
import type { Config } from "../config.js";
import { createContext } from "../graphql/context.js";
import { chatqlSchema } from "../graphql/schema.js";
import { createApolloServer } from "./apollo.js";
import { createHttpServer } from "./http-server.js";

export const MAX_BODY_BYTES = 100 * 1024;

export interface RunningChatql {
  graphqlUrl: string;
  /** Set when the embedded emulator serves as the upstream. */
  emulatorUrl: string | null;
  dataFile: string | null;
  /** Origin of the upstream in use (no credentials). */
  upstreamOrigin: string;
  close(): Promise<void>;
}

export async function startChatql(config: Config): Promise<RunningChatql> {
  const upstream = config.upstream;
  let emulator: { url: string; close(): Promise<void> } | null = null;
  if (upstream.kind === "embedded") {
    if (upstream.dataFile !== ":memory:") mkdirSync(dirname(upstream.dataFile), { recursive: true });
    const { startEmulator } = await import("../emulator/index.js");
    emulator = await startEmulator({ host: "127.0.0.1", port: 0, dataFile: upstream.dataFile });
  }
  const baseUrl = upstream.kind === "remote" ? upstream.baseUrl : emulator!.url;
  try {
    const client = new ChatApiClient({ baseUrl, credentials: upstream.credentials, timeoutMs: config.upstreamTimeoutMs });
    const apollo = createApolloServer(await chatqlSchema(), { landingPage: !config.production });
    await apollo.start();
    const server = createHttpServer({
      apollo,
      context: async () => createContext(client, config.maxUpstreamPageSize),
      maxBodyBytes: MAX_BODY_BYTES,
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const host = config.host.includes(":") ? `[${config.host}]` : config.host;
    return {
      graphqlUrl: `http://${host}:${port}/graphql`,
      emulatorUrl: emulator?.url ?? null,
      dataFile: upstream.kind === "embedded" ? upstream.dataFile : null,
      upstreamOrigin: new URL(baseUrl).origin,
      async close() {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await apollo.stop();
        await emulator?.close();
      },
    };
  } catch (error) {
    await emulator?.close();
    throw error;
  }
}
