import { describe, expect, it } from "vitest";
import { AccessControl, basicCredentials, PASSTHROUGH_SECRET_MAX } from "./access.js";

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

describe("the principal: one caller however the header spells it", () => {
  const principal = (access: AccessControl, authorization: string) => {
    const decision = access.decide({ authorization });
    return decision.allowed ? decision.principal : "refused";
  };
  const byToken = new AccessControl({ apiTokens: tokens, credentials: "configured", allowAnonymous: false });
  const passthrough = new AccessControl({ apiTokens: [], credentials: "passthrough", allowAnonymous: false });
  const unpadded = basic(AC, "s3cret").replace(/=+$/, "");

  it.each([
    ["a token, lower-case scheme", byToken, "Bearer token-one-0123456789", "bearer token-one-0123456789"],
    ["a token, extra spaces", byToken, "Bearer token-one-0123456789", "Bearer    token-one-0123456789   "],
    ["credentials, lower-case scheme", passthrough, basic(AC, "s3cret"), basic(AC, "s3cret").replace("Basic", "basic")],
    ["credentials, base64 without padding", passthrough, basic(AC, "s3cret"), unpadded],
  ])("%s: the same principal", (_name, access, one, other) => {
    expect(principal(access, one)).toEqual(expect.any(String));
    expect(principal(access, other)).toBe(principal(access, one));
  });

  it.each([
    ["two tokens", byToken, "Bearer token-one-0123456789", "Bearer token-two-0123456789"],
    ["two secrets of one account", passthrough, basic(AC, "s3cret"), basic(AC, "other")],
  ])("%s: different principals", (_name, access, one, other) => {
    expect(principal(access, other)).not.toBe(principal(access, one));
  });

  it("is null without access control, whatever the header says", () => {
    const open = new AccessControl({ apiTokens: [], credentials: "configured", allowAnonymous: true });
    expect(principal(open, "Bearer anything")).toBeNull();
  });
});

describe("without tokens", () => {
  it("lets every request in with chatql's own credentials", () => {
    const access = new AccessControl({ apiTokens: [], credentials: "configured", allowAnonymous: true });
    expect(access.decide({})).toEqual({ allowed: true, credentials: null, principal: null });
  });
});

describe("credential pass-through", () => {
  const access = new AccessControl({ apiTokens: [], credentials: "passthrough", allowAnonymous: false });

  it("uses the caller's Basic credentials for this request", () => {
    expect(access.decide({ authorization: basic(AC, "s3cret") })).toEqual({
      allowed: true,
      credentials: { accountSid: AC, authToken: "s3cret" },
      principal: expect.any(String),
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

  it(`takes a secret of PASSTHROUGH_SECRET_MAX (${PASSTHROUGH_SECRET_MAX}) characters, and not one more`, () => {
    const secret = (n: number) => "s".repeat(n);
    expect(basicCredentials(basic(AC, secret(PASSTHROUGH_SECRET_MAX)))).toEqual({
      accountSid: AC,
      authToken: secret(PASSTHROUGH_SECRET_MAX),
    });
    expect(basicCredentials(basic(AC, secret(PASSTHROUGH_SECRET_MAX + 1)))).toBeNull();
  });

  it("keeps a colon inside the secret", () => {
    expect(basicCredentials(basic(AC, "a:b"))).toEqual({ accountSid: AC, authToken: "a:b" });
  });
});
