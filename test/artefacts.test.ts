// The committed artefacts clients are built from must match the code: schema.graphql is the
// schema the server runs, examples/client/ is what graphql-codegen makes of it and of the
// operations in examples/operations (codegen also fails if an operation no longer fits), and
// src/twilio/chat-v2.generated.ts is what openapi-typescript makes of the vendored spec.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import { printChatqlSchema } from "../src/graphql/schema.js";

const root = resolve(import.meta.dirname, "..");

describe("committed artefacts", () => {
  it("schema.graphql is up to date (run `npm run schema`)", async () => {
    expect(readFileSync(resolve(root, "schema.graphql"), "utf8")).toBe(await printChatqlSchema());
  });

  it("examples/client is up to date with schema.graphql and the operations (run `npm run codegen`)", async () => {
    const { config } = await loadCodegenConfig({ configFilePath: resolve(root, "codegen.yml") });
    const outputs: Array<{ filename: string; content: string }> = await generate({ ...config, cwd: root, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect(readFileSync(resolve(root, output.filename), "utf8"), output.filename).toBe(output.content);
    }
  }, 60_000);

  it("src/twilio/chat-v2.generated.ts is up to date with spec/ (run `npm run generate`)", () => {
    const dir = mkdtempSync(join(tmpdir(), "chatql-wire-types-"));
    try {
      const script = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")).scripts.generate as string;
      const args = script
        .split(" ")
        .slice(1)
        .map((arg) => (arg === "src/twilio/chat-v2.generated.ts" ? join(dir, "out.ts") : arg));
      execFileSync(resolve(root, "node_modules/.bin/openapi-typescript"), args, { cwd: root, stdio: "pipe" });
      expect(readFileSync(join(dir, "out.ts"), "utf8")).toBe(readFileSync(resolve(root, "src/twilio/chat-v2.generated.ts"), "utf8"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("test/clients/relay/__generated__ is what relay-compiler makes of schema.graphql and the Relay operations (run `npm run relay`)", () => {
    // --validate writes nothing and exits non-zero when an artifact would change (or an operation no longer fits the schema).
    expect(() =>
      execFileSync(resolve(root, "node_modules/.bin/relay-compiler"), ["--validate", "test/clients/relay/relay.config.json"], {
        cwd: root,
        stdio: "pipe",
      }),
    ).not.toThrow();
  });

  it("every environment variable src/config.ts reads has a row in the README's configuration table", () => {
    const config = readFileSync(resolve(root, "src/config.ts"), "utf8");
    const read = new Set([...config.matchAll(/env,\s*"([A-Z][A-Z0-9_]+)"|env\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1] ?? m[2]));
    const rows = readFileSync(resolve(root, "README.md"), "utf8")
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .map((line) => line.split("|")[1] ?? "");
    expect(read.size).toBeGreaterThan(40);
    expect([...read].filter((name) => !rows.some((cell) => cell.includes("`" + name + "`")))).toEqual([]);
  });
});
