import { describe, expect, it } from "vitest";
import { matchesAnyDigest, parseBasicAuth, sameSecret, secretDigest } from "./basic-auth.js";

const basic = (userAndPassword: string) => "Basic " + Buffer.from(userAndPassword).toString("base64");

describe("parseBasicAuth", () => {
  it.each([
    { name: "user and password", header: basic("user:pw"), expected: { username: "user", password: "pw" } },
    { name: "a colon inside the password", header: basic("user:a:b"), expected: { username: "user", password: "a:b" } },
    { name: "an empty password", header: basic("user:"), expected: { username: "user", password: "" } },
    { name: "a lower-case scheme", header: "basic " + Buffer.from("u:p").toString("base64"), expected: { username: "u", password: "p" } },
    { name: "trailing spaces", header: basic("u:p") + "  ", expected: { username: "u", password: "p" } },
    { name: "UTF-8 in the password", header: basic("u:pässwörd"), expected: { username: "u", password: "pässwörd" } },
    { name: "no header", header: undefined, expected: null },
    { name: "an empty header", header: "", expected: null },
    { name: "a bearer token", header: "Bearer abc", expected: null },
    { name: "no colon", header: basic("user"), expected: null },
    { name: "not base64", header: "Basic ***", expected: null },
    { name: "padding in the middle", header: "Basic YQ==YQ==", expected: null },
    { name: "no credentials after the scheme", header: "Basic ", expected: null },
  ])("$name", ({ header, expected }) => {
    expect(parseBasicAuth(header)).toEqual(expected);
  });
});

describe("secret comparison", () => {
  it.each([
    { a: "secret", b: "secret", same: true },
    { a: "secret", b: "secreT", same: false },
    { a: "secret", b: "secret-but-longer", same: false },
    { a: "", b: "", same: true },
    { a: "", b: "x", same: false },
  ])("'$a' vs '$b' → $same", ({ a, b, same }) => {
    expect(sameSecret(a, b)).toBe(same);
    expect(matchesAnyDigest(b, [secretDigest("other"), secretDigest(a)])).toBe(same);
  });

  it("matches nothing against no digests", () => {
    expect(matchesAnyDigest("x", [])).toBe(false);
  });
});
