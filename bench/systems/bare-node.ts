// Starts "bare Node" (bare-node-main.ts) as a process of its own, with the Node flags chatql gets.

import { join } from "node:path";
import { BASIC_AUTH, BENCH_DIR, REPO_ROOT, freePort, waitForHttp } from "../common.js";
import { startNodeFlags } from "./chatql.js";
import { ChildSystem } from "./child.js";

export interface RunningBareNode {
  /** Base URL: POST /service/<sid> and POST /services answer the throughput scenarios. */
  url: string;
  child: ChildSystem;
}

export async function startBareNode(upstreamUrl: string): Promise<RunningBareNode> {
  const port = await freePort();
  const child = new ChildSystem({
    name: "bare-node",
    command: process.execPath,
    args: [...startNodeFlags(), "--import", "tsx", join(BENCH_DIR, "systems", "bare-node-main.ts")],
    cwd: REPO_ROOT,
    env: {
      NODE_ENV: "production",
      PORT: String(port),
      CHAT_API_BASE_URL: upstreamUrl,
      BENCH_UPSTREAM_AUTHORIZATION: BASIC_AUTH,
    },
  });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 30_000, () => child.alive);
  } catch (error) {
    await child.stop();
    throw new Error(`bare Node did not start (${child.describeExit()}): ${(error as Error).message}\n${child.output()}`);
  }
  return { url: `http://127.0.0.1:${port}`, child };
}
