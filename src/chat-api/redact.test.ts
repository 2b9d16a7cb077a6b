import { describe, expect, it } from "vitest";
import { encodingsOf, REDACTED, Redactor } from "./redact.js";

const SID = "AC" + "c0ffee".repeat(5) + "00";
const TOKEN = "chatql-local-auth-token";
const BASIC = "Basic " + Buffer.from(`${SID}:${TOKEN}`).toString("base64");
const redactor = new Redactor([TOKEN, BASIC, BASIC.slice(6)]);

const b64 = (text: string) => Buffer.from(text).toString("base64");
const b64url = (text: string) => Buffer.from(text).toString("base64url");

// Each row: how an upstream (or a library) could echo the token back.
const ECHOES: Array<[string, string]> = [
  ["as is", TOKEN],
  ["upper-cased", TOKEN.toUpperCase()],
  ["URL-encoded", encodeURIComponent(`${TOKEN}/x y`).slice(0, -7)],
  ["hex", Buffer.from(TOKEN).toString("hex")],
  ["hex, upper-cased", Buffer.from(TOKEN).toString("hex").toUpperCase()],
  ["base64", b64(TOKEN)],
  ["base64, upper-cased", b64(TOKEN).toUpperCase()],
  ["base64 of sid:token", b64(`${SID}:${TOKEN}`)],
  ["base64 of a longer string, offset 0", b64(`abc${TOKEN}xyz`)],
  ["base64 of a longer string, offset 1", b64(`abcd${TOKEN}xyz`)],
  ["base64 of a longer string, offset 2", b64(`abcde${TOKEN}xyz`)],
  ["base64url of a longer string", b64url(`q?${TOKEN}!`)],
  ["URL-encoded base64", encodeURIComponent(b64(`${SID}:${TOKEN}`))],
  ["the whole Basic value", BASIC],
  ["the Basic value, lower-cased", BASIC.toLowerCase()],
];

describe("Redactor", () => {
  it.each(ECHOES)("removes the token echoed %s", (_how, echo) => {
    const out = redactor.redact(`upstream said: ${echo} (end)`);
    expect(out).toContain(REDACTED);
    expect(out).not.toContain(echo);
    expect(out.toLowerCase()).not.toContain(TOKEN.toLowerCase());
    expect(out).toMatch(/^upstream said: .*\(end\)$/);
  });

  it("leaves text without secrets alone", () => {
    expect(redactor.redact("Service IS123 not found")).toBe("Service IS123 not found");
    expect(new Redactor([]).redact("anything")).toBe("anything");
  });

  it("ignores secrets too short to be one", () => {
    expect(new Redactor(["", "ab"]).redact("a b ab")).toBe("a b ab");
  });

  it("with() adds secrets and keeps the old ones", () => {
    const both = redactor.with(["other-secret-value"]);
    expect(both.redact(`${TOKEN} other-secret-value`)).toBe(`${REDACTED} ${REDACTED}`);
  });

  it("every encoding is derived from the secret alone", () => {
    expect(encodingsOf("abc")).toContain("YWJj");
  });
});
