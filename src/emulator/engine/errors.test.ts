import { describe, expect, it } from "vitest";
import { badRequest, internalError, methodNotAllowed, missingParam, quoted, resourceNotFound, unauthorized } from "./errors.js";

describe("Twilio error bodies", () => {
  it.each([
    { error: missingParam("FriendlyName"), status: 400, code: 20001, message: "Missing required parameter FriendlyName in the post body" },
    { error: badRequest("nope"), status: 400, code: 20001, message: "nope" },
    { error: unauthorized(), status: 401, code: 20003, message: "Authenticate" },
    { error: resourceNotFound("/v2/X"), status: 404, code: 20404, message: "The requested resource /v2/X was not found" },
    { error: methodNotAllowed("PUT", ["GET"]), status: 405, code: 20004, message: "Method PUT not allowed" },
    { error: internalError(), status: 500, code: 20500, message: "Internal Server Error" },
  ])("$status $code", ({ error, status, code, message }) => {
    expect(error.toBody()).toEqual({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
  });
});

describe("quoted", () => {
  it.each([
    { label: "short value, whole", value: "abc", expected: "'abc'" },
    { label: "64 characters, whole", value: "x".repeat(64), expected: `'${"x".repeat(64)}'` },
    { label: "65 characters, cut with an ellipsis", value: "x".repeat(65), expected: `'${"x".repeat(64)}…'` },
    { label: "a million characters, cut", value: "x".repeat(1_000_000), expected: `'${"x".repeat(64)}…'` },
    // 64 emoji are 128 UTF-16 units: still whole, and a longer run is never cut inside a pair.
    { label: "64 emoji, whole", value: "😀".repeat(64), expected: `'${"😀".repeat(64)}'` },
    { label: "65 emoji, cut between characters", value: "😀".repeat(65), expected: `'${"😀".repeat(64)}…'` },
  ])("$label", ({ value, expected }) => {
    expect(quoted(value)).toBe(expected);
  });
});
