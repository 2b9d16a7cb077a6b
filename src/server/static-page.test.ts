import { describe, expect, it } from "vitest";
import { chooseContentCoding } from "./static-page.js";

describe("chooseContentCoding", () => {
  it.each([
    [undefined, "identity"],
    ["", "identity"],
    ["identity", "identity"],
    ["gzip", "gzip"],
    ["gzip, deflate, br", "br"],
    ["gzip, deflate, br, zstd", "br"],
    ["br;q=0.5, gzip", "gzip"],
    ["br;q=0, gzip;q=0.1", "gzip"],
    ["BR", "br"],
    ["*", "br"],
    ["*;q=0.5, br;q=0", "gzip"],
    ["gzip;q=0, br;q=0", "identity"],
    ["deflate", "identity"],
    ["gzip;q=abc", "identity"],
    [["gzip", "br"], "br"],
  ])("Accept-Encoding %j → %s", (header, coding) => {
    expect(chooseContentCoding(header)).toBe(coding);
  });
});
