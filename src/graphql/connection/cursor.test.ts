import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, type Cursor } from "./cursor.js";
import { SERVICE_SID_PATTERN } from "../../sids.js";

const IS = "IS" + "0123456789abcdef".repeat(2);
const cursor: Cursor = { page: { PageSize: "8", Page: "1", PageToken: "PAIS00" }, index: 3, sid: IS };
const tamper = (plain: string) => Buffer.from(plain, "utf8").toString("base64url");

describe("cursor codec", () => {
  it("round-trips", () => {
    expect(decodeCursor(encodeCursor(cursor), SERVICE_SID_PATTERN)).toEqual(cursor);
  });

  it("is opaque and URL-safe", () => {
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encoded).not.toContain(IS);
  });

  it.each([
    ["empty string", ""],
    ["not base64url", "a+b/c="],
    ["no version prefix", tamper(JSON.stringify([{}, 0, IS]))],
    ["not JSON", tamper("c1:{")],
    ["wrong arity", tamper(`c1:${JSON.stringify([{}, 0])}`)],
    ["page not an object", tamper(`c1:${JSON.stringify(["x", 0, IS])}`)],
    ["unknown page parameter", tamper(`c1:${JSON.stringify([{ Url: "http://evil" }, 0, IS])}`)],
    ["non-string page value", tamper(`c1:${JSON.stringify([{ PageSize: 5 }, 0, IS])}`)],
    ["negative index", tamper(`c1:${JSON.stringify([{}, -1, IS])}`)],
    ["fractional index", tamper(`c1:${JSON.stringify([{}, 1.5, IS])}`)],
    ["SID of another type", tamper(`c1:${JSON.stringify([{}, 0, "RL" + "0".repeat(32)])}`)],
    ["oversized", "A".repeat(5000)],
  ])("rejects %s", (_name, value) => {
    expect(decodeCursor(value, SERVICE_SID_PATTERN)).toBeNull();
  });
});
