import twilio from "twilio";
import { describe, expect, it } from "vitest";
import { twilioSignature } from "./webhook.signature.js";

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
