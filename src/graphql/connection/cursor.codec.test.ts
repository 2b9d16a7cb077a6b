import { describe, expect, it } from "vitest";
import { CursorCodec, type Cursor } from "./cursor.codec.js";
import { SERVICE_SID_PATTERN } from "../../sids.js";

const IS = "IS" + "0123456789abcdef".repeat(2);
const cursor: Cursor = { page: { PageSize: "8", Page: "1", PageToken: "PAIS00" }, index: 3, sid: IS };
const codec = new CursorCodec("a-cursor-secret-of-at-least-32-chars", 100);

/** A cursor for `payload` signed with the codec's own key: what an attacker cannot make, to test the checks behind the signature. */
const signedByUs = (payload: string) => {
  const body = Buffer.from(payload, "utf8");
  const mac = (codec as unknown as { mac(b: Buffer): Buffer }).mac(body);
  return body.toString("base64url") + "." + mac.toString("base64url");
};

describe("cursor codec", () => {
  it("round-trips", () => {
    expect(codec.decode(codec.encode(cursor), SERVICE_SID_PATTERN)).toEqual(cursor);
  });

  it("is URL-safe and does not show the SID or the page query as text", () => {
    const encoded = codec.encode(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(encoded).not.toContain(IS);
    expect(encoded).not.toContain("PageToken");
  });

  it("is accepted by another codec with the same secret (another replica) and by no other", () => {
    const encoded = codec.encode(cursor);
    expect(new CursorCodec("a-cursor-secret-of-at-least-32-chars", 100).decode(encoded, SERVICE_SID_PATTERN)).toEqual(cursor);
    expect(new CursorCodec("another-secret-of-at-least-32-chars", 100).decode(encoded, SERVICE_SID_PATTERN)).toBeNull();
    expect(new CursorCodec(null, 100).decode(encoded, SERVICE_SID_PATTERN)).toBeNull();
  });

  it("refuses a valid cursor whose payload was edited (PageSize raised past the limit)", () => {
    const [body, mac] = codec.encode(cursor).split(".") as [string, string];
    const edited = Buffer.from(Buffer.from(body, "base64url").toString("utf8").replace('"PageSize":"8"', '"PageSize":"100000"')).toString("base64url");
    expect(codec.decode(`${edited}.${mac}`, SERVICE_SID_PATTERN)).toBeNull();
  });

  it.each([
    ["empty string", ""],
    ["no signature", Buffer.from(`c2:${JSON.stringify([{}, 0, IS])}`).toString("base64url")],
    ["not base64url", "a+b/c=.abc"],
    ["a truncated signature", codec.encode(cursor).slice(0, -4)],
    ["the old unsigned format", Buffer.from(`c1:${JSON.stringify([{}, 0, IS])}`).toString("base64url")],
    ["oversized", "A".repeat(5000) + ".A"],
  ])("rejects %s", (_name, value) => {
    expect(codec.decode(value, SERVICE_SID_PATTERN)).toBeNull();
  });

  // Even correctly signed, a payload is checked again before it reaches an upstream request.
  it.each([
    ["no version prefix", JSON.stringify([{}, 0, IS])],
    ["not JSON", "c2:{"],
    ["wrong arity", `c2:${JSON.stringify([{}, 0])}`],
    ["page not an object", `c2:${JSON.stringify(["x", 0, IS])}`],
    ["unknown page parameter", `c2:${JSON.stringify([{ Url: "http://evil" }, 0, IS])}`],
    ["non-string page value", `c2:${JSON.stringify([{ PageSize: 5 }, 0, IS])}`],
    ["PageSize above CHAT_MAX_PAGE_SIZE", `c2:${JSON.stringify([{ PageSize: "101" }, 0, IS])}`],
    ["PageSize of zero", `c2:${JSON.stringify([{ PageSize: "0" }, 0, IS])}`],
    ["negative index", `c2:${JSON.stringify([{}, -1, IS])}`],
    ["fractional index", `c2:${JSON.stringify([{}, 1.5, IS])}`],
    ["SID of another type", `c2:${JSON.stringify([{}, 0, "RL" + "0".repeat(32)])}`],
  ])("rejects a signed payload with %s", (_name, payload) => {
    expect(codec.decode(signedByUs(payload), SERVICE_SID_PATTERN)).toBeNull();
  });

  it("accepts a signed payload at the PageSize limit", () => {
    expect(codec.decode(signedByUs(`c2:${JSON.stringify([{ PageSize: "100" }, 0, IS])}`), SERVICE_SID_PATTERN)).not.toBeNull();
  });
});
