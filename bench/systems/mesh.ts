// GraphQL Mesh as the peer: `mesh-compose` turns Twilio's OpenAPI spec into a supergraph pointed
// at our upstream, and `hive-gateway` serves it. Both come from bench/peers (installed on first run,
// never a chatql dependency).

import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { BASIC_AUTH, BENCH_DIR, OPENAPI_SPEC, freePort, waitForHttp } from "../common.js";
import { ChildSystem } from "./child.js";

const run = promisify(execFile);
export const PEERS_DIR = join(BENCH_DIR, "peers");
const TMP_DIR = join(BENCH_DIR, ".tmp");

/** `npm ci` of bench/peers when its node_modules is missing. Throws with a one-line reason. */
export async function ensurePeers(log: (line: string) => void): Promise<void> {
  if (existsSync(join(PEERS_DIR, "node_modules", "@graphql-hive", "gateway"))) return;
  log("installing the benchmark peers (npm ci --prefix bench/peers) …");
  try {
    await run("npm", ["ci", "--prefix", PEERS_DIR, "--no-audit", "--no-fund"], { maxBuffer: 64 * 1024 * 1024, timeout: 600_000 });
  } catch (error) {
    throw new Error(`npm ci --prefix bench/peers failed: ${firstLine(error)}`);
  }
}

export function peerVersions(): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const name of [
    "@graphql-hive/gateway",
    "@graphql-mesh/compose-cli",
    "@omnigraph/openapi",
    "@graphql-mesh/fusion-runtime",
    "graphql",
  ]) {
    try {
      versions[name] = JSON.parse(readFileSync(join(PEERS_DIR, "node_modules", name, "package.json"), "utf8")).version;
    } catch {
      // not installed: left out
    }
  }
  return versions;
}

/** Composes the supergraph for `upstreamUrl`; returns the SDL file's path. */
export async function composeSupergraph(upstreamUrl: string, name: string): Promise<string> {
  mkdirSync(TMP_DIR, { recursive: true });
  const output = join(TMP_DIR, `supergraph-${name}.graphql`);
  try {
    await run(
      process.execPath,
      [
        join(PEERS_DIR, "node_modules", "@graphql-mesh", "compose-cli", "esm", "bin.js"),
        "-c",
        join(BENCH_DIR, "mesh", "mesh.config.mjs"),
        "-o",
        output,
      ],
      {
        cwd: PEERS_DIR,
        env: {
          PATH: process.env.PATH ?? "",
          HOME: process.env.HOME ?? "/tmp",
          MESH_OPENAPI_SOURCE: OPENAPI_SPEC,
          MESH_UPSTREAM_URL: upstreamUrl,
        },
        timeout: 120_000,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
  } catch (error) {
    throw new Error(`mesh-compose failed: ${firstLine(error)}`);
  }
  return output;
}

export interface RunningMesh {
  url: string;
  child: ChildSystem;
}

export async function startMesh(supergraph: string, name = "mesh"): Promise<RunningMesh> {
  const port = await freePort();
  const child = new ChildSystem({
    name,
    command: process.execPath,
    args: [
      join(PEERS_DIR, "node_modules", "@graphql-hive", "gateway", "dist", "bin.js"),
      "supergraph",
      supergraph,
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
      // One process, like chatql (the gateway would otherwise be free to cluster).
      "--fork",
      "1",
    ],
    cwd: PEERS_DIR,
    env: {
      NODE_ENV: "production",
      MESH_UPSTREAM_AUTHORIZATION: BASIC_AUTH,
    },
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthcheck`, 60_000, () => child.alive);
  } catch (error) {
    await child.stop();
    throw new Error(`hive-gateway did not start (${child.describeExit()}): ${(error as Error).message}\n${child.output()}`);
  }
  return { url, child };
}

function firstLine(error: unknown): string {
  const e = error as { stderr?: string; message?: string };
  const text = (e.stderr && e.stderr.trim()) || e.message || String(error);
  const lines = text.split("\n");
  return lines.find((line) => /error/i.test(line))?.trim() ?? lines[0] ?? text;
}
