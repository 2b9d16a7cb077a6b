import { describe, expect, it } from "vitest";
import { ApiError } from "./errors.js";
import { ParsedParams, parseForm } from "./form.js";
import { operationSpec } from "./operation.spec.js";
import { buildMeta, decodePageToken, encodePageToken, pageRequest } from "./paging.js";
import { readParams } from "./param.reader.js";

const IS = "IS" + "a".repeat(32);
const RL = "RL" + "b".repeat(32);

describe("page tokens", () => {
  it.each([
    { raw: `PA${IS}`, prefix: "IS" as const, token: { direction: "after", anchorSid: IS } },
    { raw: `PB${IS}`, prefix: "IS" as const, token: { direction: "before", anchorSid: IS } },
    { raw: `PA${RL}`, prefix: "RL" as const, token: { direction: "after", anchorSid: RL } },
  ])("$raw round-trips", ({ raw, prefix, token }) => {
    expect(decodePageToken(raw, prefix)).toEqual(token);
    expect(encodePageToken(decodePageToken(raw, prefix))).toBe(raw);
  });

  it.each([["garbage"], ["PA"], [`PC${IS}`], [`PA${RL}`], [`PA${IS}x`], [`pa${IS}`]])("rejects %s", (raw) => {
    expect(() => decodePageToken(raw, "IS")).toThrow(ApiError);
  });
});

/** The paging parameters of `query`, read as ListService declares them, then positioned. */
const request = (query: string, maxPageSize = 1000) => {
  const raw = { query: parseForm(query), form: new ParsedParams(), headers: {} };
  return pageRequest(readParams(operationSpec("ListService").params, {}, raw, { maxPageSize }), "IS");
};

describe("pageRequest", () => {
  it.each([
    { query: "", expected: { pageSize: 50, page: 0, token: null } },
    { query: "PageSize=1&Page=7", expected: { pageSize: 1, page: 7, token: null } },
    { query: "PageSize=1000", expected: { pageSize: 1000, page: 0, token: null } },
    { query: `PageToken=PB${IS}`, expected: { pageSize: 50, page: 0, token: { direction: "before", anchorSid: IS } } },
    { query: "PageToken=", expected: { pageSize: 50, page: 0, token: null } },
  ])("'$query'", ({ query, expected }) => {
    expect(request(query)).toEqual(expected);
  });

  it.each([["PageSize=0"], ["PageSize=1001"], ["PageSize=abc"], ["PageSize=1.5"], ["PageSize="], ["Page=-1"], ["Page=x"]])(
    "rejects %s",
    (query) => {
      expect(() => request(query)).toThrow(ApiError);
    },
  );

  it("honours a smaller maximum", () => {
    expect(() => request("PageSize=101", 100)).toThrow(ApiError);
  });
});

describe("buildMeta", () => {
  it("links the neighbours with PA/PB tokens", () => {
    const meta = buildMeta(
      "http://h/v2/Services",
      "services",
      { pageSize: 2, page: 3, token: { direction: "after", anchorSid: IS } },
      { firstSid: "IS1", lastSid: "IS2", hasNext: true, hasPrevious: true },
    );
    expect(meta).toEqual({
      first_page_url: "http://h/v2/Services?PageSize=2&Page=0",
      key: "services",
      next_page_url: "http://h/v2/Services?PageSize=2&Page=4&PageToken=PAIS2",
      page: 3,
      page_size: 2,
      previous_page_url: "http://h/v2/Services?PageSize=2&Page=2&PageToken=PBIS1",
      url: `http://h/v2/Services?PageSize=2&Page=3&PageToken=PA${IS}`,
    });
  });
});

describe("buildMeta with the list's filters", () => {
  it("carries them, encoded, into every URL before the paging parameters", () => {
    const meta = buildMeta(
      "http://h/v2/Services/IS1/Channels",
      "channels",
      { pageSize: 2, page: 0, token: null },
      { firstSid: "CH1", lastSid: "CH2", hasNext: true, hasPrevious: false },
      [
        ["Type", ["public", "private"]],
        ["Identity", "a b&c"],
        ["Order", undefined],
      ],
    );
    expect(meta.first_page_url).toBe("http://h/v2/Services/IS1/Channels?Type=public&Type=private&Identity=a%20b%26c&PageSize=2&Page=0");
    expect(meta.next_page_url).toBe(
      "http://h/v2/Services/IS1/Channels?Type=public&Type=private&Identity=a%20b%26c&PageSize=2&Page=1&PageToken=PACH2",
    );
  });
});
