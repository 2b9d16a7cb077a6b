import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

// Three tiers, so a change can be checked in seconds and the whole suite still runs in CI:
//   unit: pure, in-process tests beside the code they check (src/**);
//   e2e:  real servers over HTTP on loopback (the emulator, chatql, fake upstreams);
//   slow: load, crash, property-based fuzzing, headless Chromium, codegen drift, spawned CLIs.
// `npm test` runs all three; `npm run test:fast` runs the unit tier (~10 s); `npx vitest run
// --project e2e` (or slow) runs one more.
const SLOW = [
  "test/robustness/**/*.test.ts",
  "test/browser/**/*.test.ts",
  "test/cli/**/*.test.ts",
  "test/artefacts.test.ts",
  "test/server/shutdown.test.ts",
];

export default defineConfig({
  resolve: {
    // One copy of graphql only: a second one breaks schema building ("another module or realm").
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    setupFiles: ["reflect-metadata"],
    // `npm test` measures what the suite covers of src/ and fails when it falls below these floors
    // (each about a point under what the suite covers now), so coverage cannot quietly drop.
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/**/*.test.ts", "src/**/*.generated.ts"],
      reporter: ["text-summary"],
      thresholds: { statements: 94, branches: 86, functions: 95, lines: 95 },
    },
    projects: [
      // Unit tests share one module graph per worker (no per-file isolation): importing type-graphql
      // and the schema once per worker instead of once per file takes the tier from ~30 s to ~8 s.
      // No unit test may depend on module state another file leaves (checked with shuffled orders).
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.test.ts"], isolate: false, testTimeout: 5_000, hookTimeout: 10_000 },
      },
      { extends: true, test: { name: "e2e", include: ["test/**/*.test.ts"], exclude: SLOW, testTimeout: 15_000, hookTimeout: 30_000 } },
      { extends: true, test: { name: "slow", include: SLOW, testTimeout: 120_000, hookTimeout: 120_000 } },
    ],
  },
});
