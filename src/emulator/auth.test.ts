import { describe, expect, it } from "vitest";
import { Authenticator } from "./auth.js";

const AC = "AC" + "1".repeat(32);
const basic = (user: string, pass: string) => "Basic " + Buffer.from(`${user}:${pass}`).toString("base64");

describe("Authenticator", () => {
  const open = new Authenticator();
  const strict = new Authenticator([{ accountSid: AC, authToken: "secret" }]);

  it.each([
    { name: "any AC SID with a password", auth: open, header: basic(AC, "x"), ok: true },
    { name: "uppercase hex SID", auth: open, header: basic("AC" + "F".repeat(32), "x"), ok: true },
    { name: "password containing a colon", auth: open, header: basic(AC, "a:b"), ok: true },
    { name: "no header", auth: open, header: undefined, ok: false },
    { name: "empty password", auth: open, header: basic(AC, ""), ok: false },
    { name: "API key SID", auth: open, header: basic("SK" + "1".repeat(32), "x"), ok: false },
    { name: "short SID", auth: open, header: basic("AC123", "x"), ok: false },
    { name: "not Basic", auth: open, header: "Bearer abc", ok: false },
    { name: "no colon", auth: open, header: "Basic " + Buffer.from(AC).toString("base64"), ok: false },
    { name: "configured pair", auth: strict, header: basic(AC, "secret"), ok: true },
    { name: "configured SID, wrong token", auth: strict, header: basic(AC, "secreT"), ok: false },
    { name: "unconfigured SID", auth: strict, header: basic("AC" + "2".repeat(32), "secret"), ok: false },
  ])("$name", ({ auth, header, ok }) => {
    if (ok) expect(auth.authenticate(header)).toEqual({ accountSid: expect.stringMatching(/^AC/), authToken: expect.any(String) });
    else expect(() => auth.authenticate(header)).toThrow(expect.objectContaining({ status: 401, code: 20003 }));
  });
});
