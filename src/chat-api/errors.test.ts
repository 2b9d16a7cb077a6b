import { describe, expect, it } from "vitest";
import { asTwilioErrorBody, ChatApiError, httpError, parseRetryAfter } from "./errors.js";
import { Redactor } from "./redact.js";

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  it.each<[string | undefined, number | null]>([
    [undefined, null],
    ["", null],
    ["0", 0],
    ["  30 ", 30],
    ["1.5", null],
    ["-1", null],
    ["soon", null],
    ["Thu, 01 Jan 2026 00:00:10 GMT", 10],
    ["Wed, 31 Dec 2025 23:59:00 GMT", 0],
  ])("%j → %j", (header, seconds) => {
    expect(parseRetryAfter(header, now)).toBe(seconds);
  });
});

describe("asTwilioErrorBody", () => {
  it.each<[unknown, boolean]>([
    [{ code: 20404, message: "nope", more_info: "m", status: 404 }, true],
    [{ code: 20404, message: "nope" }, true],
    [{ code: "20404", message: "nope" }, false],
    [{ message: "nope" }, false],
    [null, false],
    ["text", false],
    [undefined, false],
  ])("%j → %s", (body, isTwilio) => {
    expect(asTwilioErrorBody(body) !== null).toBe(isTwilio);
  });
});

describe("httpError", () => {
  const base = { route: "GET /v2/Services/{Sid}", retryAfter: 5, redactor: new Redactor(["s3cret"]) };

  it("keeps Twilio's fields, scrubbed", () => {
    const err = httpError({
      ...base,
      status: 429,
      body: { code: 20429, message: "Too many s3cret", more_info: "https://www.twilio.com/docs/errors/20429", status: 429 },
    });
    expect(err.toJSON()).toEqual({
      name: "ChatApiError",
      kind: "http",
      message: "Too many [redacted]",
      route: "GET /v2/Services/{Sid}",
      status: 429,
      twilioCode: 20429,
      moreInfo: "https://www.twilio.com/docs/errors/20429",
      retryAfter: 5,
      causeCode: null,
    });
  });

  it("drops Retry-After outside 429/503", () => {
    expect(httpError({ ...base, status: 500, body: undefined }).retryAfter).toBeNull();
    expect(httpError({ ...base, status: 503, body: undefined }).retryAfter).toBe(5);
  });

  it("has a fixed message without a Twilio body", () => {
    const err = httpError({ ...base, status: 502, body: "<html>" });
    expect(err.message).toBe("upstream answered HTTP 502 without a Twilio error body");
    expect(err.twilioCode).toBeNull();
  });
});

describe("ChatApiError", () => {
  it("is an Error whose JSON form has no stack", () => {
    const err = new ChatApiError({ kind: "timeout", route: "GET /v2/Services", message: "late" });
    expect(err).toBeInstanceOf(Error);
    expect(String(err)).toBe("ChatApiError: late");
    expect(JSON.stringify(err)).not.toContain("stack");
  });
});
