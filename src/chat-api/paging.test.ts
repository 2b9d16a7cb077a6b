import { describe, expect, it } from "vitest";
import { ChatApiError } from "./errors.js";
import { pageQueryFromUrl } from "./paging.js";

const route = "GET /v2/Services";
const accepted = ["/v2/Services"];

describe("pageQueryFromUrl", () => {
  it.each<[string | null | undefined, Record<string, string> | null]>([
    [null, null],
    [undefined, null],
    ["", null],
    ["https://chat.twilio.com/v2/Services?PageSize=50&Page=1&PageToken=PT1", { PageSize: "50", Page: "1", PageToken: "PT1" }],
    ["https://evil.example.com/v2/Services?PageSize=2&Page=1&PageToken=PAxx", { PageSize: "2", Page: "1", PageToken: "PAxx" }],
    ["http://127.0.0.1:9/v2/Services?PageToken=a%20b%2Bc", { PageToken: "a b+c" }],
    ["/v2/Services?Page=2", { Page: "2" }],
    ["https://chat.twilio.com/v2/Services", {}],
    // Filters are the caller's to send with each page; a repeated one would not survive a plain object.
    [
      "/v2/Services?Type=private&Type=public&Identity=a&PageSize=2&Order=desc&PageToken=PB1",
      { PageSize: "2", Order: "desc", PageToken: "PB1" },
    ],
  ])("%j → %j", (url, query) => {
    expect(pageQueryFromUrl(url, accepted, route)).toEqual(query);
  });

  it.each(["https://chat.twilio.com/v2/Services/IS1/Roles?Page=1", "https://chat.twilio.com/v1/Services?Page=1", "http://[::1"])(
    "rejects %s as bad_response",
    (url) => {
      expect(() => pageQueryFromUrl(url, accepted, route)).toThrow(ChatApiError);
      try {
        pageQueryFromUrl(url, accepted, route);
      } catch (e) {
        expect((e as ChatApiError).kind).toBe("bad_response");
        expect((e as ChatApiError).message).not.toContain("chat.twilio.com");
      }
    },
  );
});
