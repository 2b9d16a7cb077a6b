// Tests print nothing but vitest's own report unless asked: `LOG_LEVEL=debug npm test` turns
// chatql's JSON logs on (at that level) and the robustness tests' measurements with them.
// Tests that assert on logs capture them in memory (test/graphql/harness.ts) whatever the level.

/** The LOG_LEVEL every chatql a test starts should use, unless the test is about logs. */
export const TEST_LOG_LEVEL = process.env.LOG_LEVEL?.trim() || "silent";

/** Whether the person running the tests asked for logs. */
export const LOGS_ASKED = TEST_LOG_LEVEL !== "silent";

/** A measurement worth reading when logs are asked for; nothing otherwise. */
export function reportIfAsked(label: string, ...values: unknown[]): void {
  if (LOGS_ASKED) console.log(label, ...values);
}
