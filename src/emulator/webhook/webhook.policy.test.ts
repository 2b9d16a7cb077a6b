import { describe, expect, it } from "vitest";
import { OutboundPolicy } from "./webhook.policy.js";

describe("OutboundPolicy", () => {
  const policy = new OutboundPolicy(["hooks.example.com", "api.example.org:8443"]);

  it.each([
    "http://127.0.0.1:4000/twilio/events",
    "http://127.9.9.9/x",
    "http://localhost:1/x",
    "http://[::1]:9/x",
    "http://0x7f.1/x", // 127.0.0.1 spelled in hex: the URL parser normalises it first
    "https://hooks.example.com/chat",
    "https://hooks.example.com:444/chat",
    "https://api.example.org:8443/x",
  ])("allows %s", (url) => {
    expect(policy.decide(url)).toEqual({ allowed: true });
  });

  it.each([
    ["http://169.254.169.254/latest/meta-data", /loopback/],
    ["http://10.0.0.1/x", /loopback/],
    ["https://api.example.org/x", /loopback/], // named with a port: only that port
    ["https://hooks.example.com.evil.test/x", /loopback/],
    ["http://localhost.evil.test/x", /loopback/],
    ["http://[::ffff:127.0.0.1]/x", /loopback/],
    ["http://user:pass@127.0.0.1/x", /credentials/],
    ["ftp://127.0.0.1/x", /http/],
    ["not a url", /valid URL/],
  ])("refuses %s", (url, reason) => {
    const decision = policy.decide(url);
    expect(decision.allowed).toBe(false);
    expect(decision.allowed === false && decision.reason).toMatch(reason);
  });

  it("allows an operator's target origin once told", () => {
    const own = new OutboundPolicy();
    expect(own.decide("http://10.1.2.3:4000/twilio/events").allowed).toBe(false);
    own.allowOrigin("http://10.1.2.3:4000/twilio/events");
    expect(own.decide("http://10.1.2.3:4000/twilio/events").allowed).toBe(true);
    expect(own.decide("http://10.1.2.3:4001/twilio/events").allowed).toBe(false);
  });
});
