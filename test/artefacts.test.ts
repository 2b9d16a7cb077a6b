// The committed artefacts clients are built from must match the code: schema.graphql is the
// schema the server runs, and examples/client/ is what graphql-codegen makes of it and of the
// operations in examples/operations (codegen also fails if an operation no longer fits).

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
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
});
