import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { encodeForm, encodeFormComponent, type FormFields } from "./form.js";

// qs is what twilio's RequestClient uses to build bodies; compare against it directly.
const qs = createRequire(import.meta.url)("qs") as {
  stringify(data: unknown, options: { arrayFormat: "repeat" }): string;
};
const twilioBody = (fields: FormFields) => qs.stringify(fields, { arrayFormat: "repeat" });

const cases: Array<[name: string, fields: FormFields, body: string]> = [
  ["empty", {}, ""],
  ["plain string", { FriendlyName: "chat" }, "FriendlyName=chat"],
  ["space is %20, never +", { FriendlyName: "my chat service" }, "FriendlyName=my%20chat%20service"],
  ["plus sign is escaped", { FriendlyName: "a+b" }, "FriendlyName=a%2Bb"],
  ["& and = in a value", { FriendlyName: "a&b=c" }, "FriendlyName=a%26b%3Dc"],
  ["unicode is UTF-8", { FriendlyName: "café ☕ 😀" }, "FriendlyName=caf%C3%A9%20%E2%98%95%20%F0%9F%98%80"],
  ["lone surrogate becomes U+FFFD", { FriendlyName: "x\ud800" }, "FriendlyName=x%EF%BF%BD"],
  ["RFC 3986 reserved marks", { T: "!'()*~-._" }, "T=%21%27%28%29%2A~-._"],
  ["slash, colon, query in URLs", { PreWebhookUrl: "https://h.example/p?q=1#f" }, "PreWebhookUrl=https%3A%2F%2Fh.example%2Fp%3Fq%3D1%23f"],
  ["dotted key stays literal", { "Notifications.NewMessage.Enabled": true }, "Notifications.NewMessage.Enabled=true"],
  ["false boolean is sent", { ReadStatusEnabled: false }, "ReadStatusEnabled=false"],
  ["zero integer is sent", { TypingIndicatorTimeout: 0 }, "TypingIndicatorTimeout=0"],
  ["negative zero is 0", { TypingIndicatorTimeout: -0 }, "TypingIndicatorTimeout=0"],
  ["empty string is sent", { FriendlyName: "" }, "FriendlyName="],
  ["null is an empty value", { PreWebhookUrl: null }, "PreWebhookUrl="],
  ["undefined is omitted", { FriendlyName: undefined, ReadStatusEnabled: true }, "ReadStatusEnabled=true"],
  [
    "array repeats the key",
    { WebhookFilters: ["onMessageSend", "onChannelAdd"] },
    "WebhookFilters=onMessageSend&WebhookFilters=onChannelAdd",
  ],
  ["array values are encoded", { WebhookFilters: ["a b", "c&d"] }, "WebhookFilters=a%20b&WebhookFilters=c%26d"],
  ["empty array sends nothing", { WebhookFilters: [], FriendlyName: "x" }, "FriendlyName=x"],
  ["undefined inside an array is skipped", { WebhookFilters: ["a", undefined, null] }, "WebhookFilters=a&WebhookFilters="],
  ["keys are encoded too", { "a b": "1" }, "a%20b=1"],
  ["insertion order is kept", { B: 1, A: 2 }, "B=1&A=2"],
];

describe("encodeForm", () => {
  it.each(cases)("%s", (_name, fields, body) => {
    expect(encodeForm(fields)).toBe(body);
  });

  it.each(cases)("matches qs.stringify(arrayFormat: repeat) as twilio sends it: %s", (_name, fields) => {
    expect(encodeForm(fields)).toBe(twilioBody(fields));
  });

  it("matches qs on every BMP code point and a few astral ones", () => {
    let text = "";
    for (let c = 0; c < 0x10000; c += 7) text += String.fromCharCode(c);
    text += "\u{1F600}\u{10FFFF}\u{20000}";
    expect(encodeForm({ T: text })).toBe(twilioBody({ T: text }));
  });
});

describe("encodeFormComponent", () => {
  it("leaves only unreserved characters literal", () => {
    expect(encodeFormComponent("AZaz09-._~")).toBe("AZaz09-._~");
    expect(encodeFormComponent(" +/?#[]@$,;")).toBe("%20%2B%2F%3F%23%5B%5D%40%24%2C%3B");
  });
});
