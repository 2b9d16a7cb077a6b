import { describe, expect, it } from "vitest";
import { AccessControl, basicCredentials } from "./access.js";

const AC = "AC" + "a".repeat(32);
const basic = (user: string, pass: string) => "Basic " + Buffer.from(`${user}:${pass}`).toString("base64");
const tokens = ["token-one-0123456789", "token-two-0123456789"];

describe("endpoint tokens", () => {
  const access = new AccessControl({ apiTokens: tokens, credentials: "configured", allowAnonymous: false });

  it.each([
    ["the first token", "Bearer token-one-0123456789", true],
    ["the second token", "Bearer token-two-0123456789", true],
    ["a lower-case scheme", "bearer token-two-0123456789", true],
    ["no header", undefined, false],
    ["a wrong token", "Bearer token-three-0123456789", false],
    ["a token prefix", "Bearer token-one", false],
    ["a token with a suffix", "Bearer token-one-0123456789x", false],
    ["Basic instead of Bearer", basic(AC, "token-one-0123456789"), false],
    ["an empty bearer", "Bearer ", false],
  ])("%s → allowed: %s", (_name, authorization, allowed) => {
    expect(access.decide(authorization === undefined ? {} : { authorization }).allowed).toBe(allowed);
  });

  it("asks for a bearer token when refusing", () => {
    expect(access.decide({})).toMatchObject({ allowed: false, challenge: 'Bearer realm="chatql"' });
  });
});

describe("without tokens", () => {
  it("lets every request in with chatql's own credentials", () => {
    const access = new AccessControl({ apiTokens: [], credentials: "configured", allowAnonymous: true });
    expect(access.decide({})).toEqual({ allowed: true, credentials: null });
  });
});

describe("credential pass-through", () => {
  const access = new AccessControl({ apiTokens: [], credentials: "passthrough", allowAnonymous: false });

  it("uses the caller's Basic credentials for this request", () => {
    expect(access.decide({ authorization: basic(AC, "s3cret") })).toEqual({
      allowed: true,
      credentials: { accountSid: AC, authToken: "s3cret" },
    });
  });

  it.each([
    ["no header", undefined],
    ["a bearer token", "Bearer abc"],
    ["a non-AC user", basic("SK" + "a".repeat(32), "x")],
    ["an empty secret", basic(AC, "")],
    ["no colon", "Basic " + Buffer.from(AC).toString("base64")],
    ["not base64", "Basic ***"],
  ])("refuses %s", (_name, authorization) => {
    expect(access.decide(authorization === undefined ? {} : { authorization })).toMatchObject({
      allowed: false,
      challenge: 'Basic realm="chatql"',
    });
  });

  it("keeps a colon inside the secret", () => {
    expect(basicCredentials(basic(AC, "a:b"))).toEqual({ accountSid: AC, authToken: "a:b" });
  });
});
