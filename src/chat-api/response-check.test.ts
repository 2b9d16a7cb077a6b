import { describe, expect, it } from "vitest";
import { ChatApiError } from "./errors.js";
import { resourceCheck } from "./response-check.js";
import { REQUIRED_BEYOND_SPEC } from "../twilio/resources.js";

const route = "GET /v2/Services/{ServiceSid}/Roles/{Sid}";
const roles = resourceCheck("chat.v2.service.role", "roles");
const services = resourceCheck("chat.v2.service", "services");

const RL = "RL" + "a".repeat(32);
const IS = "IS" + "b".repeat(32);
const AC = "AC" + "c".repeat(32);
const role = {
  sid: RL,
  account_sid: AC,
  service_sid: IS,
  friendly_name: "channel user",
  type: "channel",
  permissions: ["sendMessage"],
  date_created: "2026-01-02T03:04:05Z",
  date_updated: null,
  url: "https://chat.twilio.com/v2/Services/x/Roles/y",
};
const meta = {
  first_page_url: "https://chat.twilio.com/v2/Services?PageSize=50&Page=0",
  key: "roles",
  next_page_url: null,
  page: 0,
  page_size: 50,
  previous_page_url: null,
  url: "https://chat.twilio.com/v2/Services?PageSize=50&Page=0",
};

function failure(run: () => unknown): ChatApiError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChatApiError);
    return error as ChatApiError;
  }
  throw new Error("expected a bad_response");
}

describe("resourceCheck: one resource", () => {
  it("accepts what the spec describes, with nulls where it allows them", () => {
    expect(roles.one(role, route)).toBe(role);
    expect(roles.one({ sid: RL, account_sid: AC }, route)).toEqual({ sid: RL, account_sid: AC });
  });

  // Each row was something an upstream sent that chatql then used as if it were fine.
  it.each<[string, unknown]>([
    ["a SID that is a path", { ...role, sid: "../" }],
    ["a SID of 42", { ...role, sid: 42 }],
    ["no SID", { ...role, sid: undefined }],
    ["a null SID", { ...role, sid: null }],
    ["a service handed back as a role", { sid: IS, account_sid: AC, friendly_name: "svc" }],
    ["a service SID of the wrong shape", { ...role, service_sid: "IS../Roles" }],
    ["permissions that are not strings", { ...role, permissions: [1, 2] }],
    ["a type outside the enum", { ...role, type: "admin" }],
    ["a date that is not a date", { ...role, date_created: "yesterday" }],
    ["a string", "RL"],
    ["an array", [role]],
    ["null", null],
  ])("refuses %s as a bad_response", (_name, body) => {
    const error = failure(() => roles.one(body, route));
    expect(error.kind).toBe("bad_response");
    expect(error.route).toBe(route);
    expect(error.message).toMatch(/^upstream sent a chat\.v2\.service\.role resource that /);
  });

  it("checks a service's nested objects and default role SIDs", () => {
    const service = { sid: IS, account_sid: AC, default_service_role_sid: RL, limits: { channel_members: 10 } };
    expect(services.one(service, route)).toBe(service);
    expect(failure(() => services.one({ ...service, default_service_role_sid: "42" }, route)).kind).toBe("bad_response");
    expect(failure(() => services.one({ ...service, limits: "many" }, route)).kind).toBe("bad_response");
    expect(failure(() => services.one({ ...service, typing_indicator_timeout: "5" }, route)).kind).toBe("bad_response");
  });

  it("never echoes the offending value", () => {
    const secret = "s3cret-value-echoed";
    expect(failure(() => roles.one({ ...role, sid: secret }, route)).message).not.toContain(secret);
  });
});

describe("resourceCheck: a list page", () => {
  it("returns items and meta", () => {
    expect(roles.page({ roles: [role], meta }, route)).toEqual({ items: [role], meta });
  });

  it.each<[string, unknown]>([
    ["null", null],
    ["an array", []],
    ["items that are not an array", { roles: {}, meta }],
    ["an item that is not an object", { roles: [1], meta }],
    ["an item with a bad SID", { roles: [{ ...role, sid: "RL1" }], meta }],
    ["no meta", { roles: [] }],
    ["the wrong key", { services: [], meta }],
    ["a next page that is not a URL", { roles: [], meta: { ...meta, next_page_url: 7 } }],
  ])("refuses %s", (_name, body) => {
    expect(failure(() => roles.page(body, route)).kind).toBe("bad_response");
  });
});

describe("resourceCheck: what chatql requires beyond the spec (REQUIRED_BEYOND_SPEC)", () => {
  const prefixes: Record<string, string> = {
    "chat.v2.service": "IS",
    "chat.v2.service.role": "RL",
    "chat.v2.service.channel.member": "MB",
    "chat.v2.service.channel.invite": "IN",
    "chat.v2.service.user": "US",
  };
  const complete: Record<string, Record<string, unknown>> = {
    "chat.v2.service.role": { service_sid: IS, type: "channel" },
    "chat.v2.service.channel.member": { identity: "ann" },
    "chat.v2.service.channel.invite": { identity: "ann" },
    "chat.v2.service.user": { identity: "ann" },
  };
  const rows = Object.entries(REQUIRED_BEYOND_SPEC).flatMap(([schema, required]) =>
    required
      .filter((name) => name !== "sid" && name !== "account_sid")
      .flatMap((name) => [[schema, name, "missing"] as const, [schema, name, "null"] as const]),
  );

  it("covers the identity of members, invites and users", () => {
    expect([...new Set(rows.filter(([, name]) => name === "identity").map(([schema]) => schema))]).toEqual([
      "chat.v2.service.channel.member",
      "chat.v2.service.channel.invite",
      "chat.v2.service.user",
    ]);
  });

  it.each(rows)("a %s with its %s %s is a bad_response", (schema, name, how) => {
    const check = resourceCheck(schema, "items", REQUIRED_BEYOND_SPEC[schema as keyof typeof REQUIRED_BEYOND_SPEC]);
    const whole = { sid: prefixes[schema] + "1".repeat(32), account_sid: AC, ...complete[schema] };
    expect(check.one(whole, route)).toBe(whole);
    const broken: Record<string, unknown> = { ...whole, [name]: null };
    if (how === "missing") delete broken[name];
    expect(failure(() => check.one(broken, route)).kind).toBe("bad_response");
  });
});
