import { describe, expect, it } from "vitest";
import type { Credentials } from "../chat-api/index.js";
import { PROVEN_CREDENTIALS_MAX, PROVEN_FOR_MS, ProvenCredentials } from "./proven-credentials.js";

const account = (i: number): Credentials => ({ accountSid: "AC" + i.toString(16).padStart(32, "0"), authToken: `token-${i}` });

describe(`credentials proven to work (at most ${PROVEN_CREDENTIALS_MAX}, for ${PROVEN_FOR_MS} ms)`, () => {
  it.each([
    ["at the count bound, the first proven is still remembered", PROVEN_CREDENTIALS_MAX, true],
    ["one past it, the first proven is probed again", PROVEN_CREDENTIALS_MAX + 1, false],
  ])("%s", (_name, count, remembered) => {
    const proven = new ProvenCredentials();
    for (let i = 0; i < count; i++) proven.prove(account(i));
    expect(proven.has(account(0))).toBe(remembered);
    expect(proven.has(account(count - 1))).toBe(true);
  });

  it.each([
    ["at the age bound, remembered", PROVEN_FOR_MS, true],
    ["a millisecond past it, probed again", PROVEN_FOR_MS + 1, false],
  ])("%s", (_name, age, remembered) => {
    let now = 1_000;
    const proven = new ProvenCredentials(() => now);
    proven.prove(account(1));
    now += age;
    expect(proven.has(account(1))).toBe(remembered);
  });

  it("keys on the whole credentials: the same account with another token is not proven", () => {
    const proven = new ProvenCredentials();
    proven.prove(account(1));
    expect(proven.has({ ...account(1), authToken: "another" })).toBe(false);
  });
});
