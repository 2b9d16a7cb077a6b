import twilio from "twilio";
import { describe, expect, it } from "vitest";
import { signatureMatches, signedUrlCandidates, twilioSignature } from "./twilio-signature.js";

const TOKEN = "12345";

// The example of Twilio's "Webhooks security" page: a URL with a query, and call parameters.
const TWILIO_EXAMPLE = {
  url: "https://mycompany.com/myapp.php?foo=1&bar=2",
  params: { CallSid: "CA1234567890ABCDE", Caller: "+12349013030", Digits: "1234", From: "+12349013030", To: "+18005551212" },
};

describe("twilioSignature", () => {
  it("is the signature the twilio package expects for Twilio's documented example", () => {
    const expected = twilio.getExpectedTwilioSignature(TOKEN, TWILIO_EXAMPLE.url, TWILIO_EXAMPLE.params);
    expect(twilioSignature(TOKEN, TWILIO_EXAMPLE.url, TWILIO_EXAMPLE.params)).toBe(expected);
  });

  it.each([
    [
      "POST form parameters",
      "http://127.0.0.1:4000/twilio/events",
      { EventType: "onMessageSent", Body: "héllo wörld & more=1", Index: "0", Attributes: '{"a":[1,2]}' },
    ],
    ["names that sort by code unit (upper before lower case)", "http://127.0.0.1:4000/x", { b: "1", B: "2", a: "3", A: "4", _: "5" }],
    ["a GET whose parameters are in the URL", "http://localhost:9/hook?EventType=onMemberAdded&Identity=alice%20b", {}],
    ["an emoji and an empty value", "https://example.com/hook", { Body: "👋", Attributes: "" }],
  ])("is accepted by the twilio package's validateRequest: %s", (_name, url, params) => {
    const signature = twilioSignature(TOKEN, url, params);
    expect(twilio.validateRequest(TOKEN, signature, url, params)).toBe(true);
    expect(twilio.validateRequest("another-token", signature, url, params)).toBe(false);
    expect(twilio.validateRequest(TOKEN, signature, url, { ...params, Extra: "1" })).toBe(false);
  });
});

describe("signatureMatches (what chatql's /twilio/events checks)", () => {
  const params = { EventType: "onMessageSent", Body: "hi" };

  it.each([
    ["the URL as signed", "http://127.0.0.1:4000/twilio/events", "http://127.0.0.1:4000/twilio/events"],
    ["a default port the proxy dropped", "https://chat.example.com:443/twilio/events", "https://chat.example.com/twilio/events"],
    ["a default port the proxy added", "https://chat.example.com/twilio/events?x=1", "https://chat.example.com:443/twilio/events?x=1"],
  ])("accepts a signature of %s", (_name, signedUrl, seenUrl) => {
    const signature = twilio.getExpectedTwilioSignature(TOKEN, signedUrl, params);
    expect(signatureMatches(TOKEN, signature, seenUrl, params)).toBe(true);
  });

  it.each([
    ["another token", (s: string) => s, "another-token", params],
    ["another parameter value", (s: string) => s, TOKEN, { ...params, Body: "hi!" }],
    ["one character changed", (s: string) => (s[0] === "A" ? "B" : "A") + s.slice(1), TOKEN, params],
    ["an empty signature", () => "", TOKEN, params],
    ["a much longer one", (s: string) => s.repeat(100), TOKEN, params],
  ])("refuses %s", (_name, tamper, token, seenParams) => {
    const url = "http://127.0.0.1:4000/twilio/events";
    const signature = tamper(twilio.getExpectedTwilioSignature(TOKEN, url, params));
    expect(signatureMatches(token, signature, url, seenParams)).toBe(false);
  });

  it("lists the spellings Twilio's validator tries", () => {
    expect(signedUrlCandidates("https://a.example/x?y=1")).toEqual(["https://a.example/x?y=1", "https://a.example:443/x?y=1"]);
    expect(signedUrlCandidates("http://127.0.0.1:4000/t")).toEqual(["http://127.0.0.1:4000/t"]);
    expect(signedUrlCandidates("http://[::1]:80/t")).toEqual(["http://[::1]:80/t", "http://[::1]/t"]);
  });
});
