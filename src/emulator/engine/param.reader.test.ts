import { describe, expect, it } from "vitest";
import { ApiError } from "./errors.js";
import { ParsedParams, parseForm } from "./form.js";
import { operationSpec, type OperationId } from "./operation.spec.js";
import { readParams, type ParamRule } from "./param.reader.js";

interface Row {
  name: string;
  op: OperationId;
  query?: string;
  form?: string;
  headers?: Record<string, string>;
  rules?: Record<string, ParamRule>;
  /** The parsed parameters, or the error's code and a pattern of its message. */
  expected: Record<string, unknown> | { code: number; message: RegExp };
}

const RL = "RL" + "a".repeat(32);

/** The error a row expects: its Twilio code (default 20001) and a pattern of its message. */
const refused = (message: RegExp, code = 20001) => ({ code, message });

const rows: Row[] = [
  // types
  { name: "integer", op: "UpdateService", form: "TypingIndicatorTimeout=7", expected: { TypingIndicatorTimeout: 7 } },
  {
    name: "integer below the default minimum 0",
    op: "UpdateService",
    form: "TypingIndicatorTimeout=-1",
    expected: refused(/between 0 and 2147483647/),
  },
  {
    name: "integer within a rule's bounds",
    op: "UpdateService",
    form: "Limits.ChannelMembers=5",
    rules: { "Limits.ChannelMembers": { min: 1, max: 10 } },
    expected: { "Limits.ChannelMembers": 5 },
  },
  {
    name: "integer past a rule's bounds",
    op: "UpdateService",
    form: "Limits.ChannelMembers=11",
    rules: { "Limits.ChannelMembers": { min: 1, max: 10 } },
    expected: refused(/between 1 and 10/),
  },
  {
    name: "boolean in any case",
    op: "UpdateService",
    form: "ReadStatusEnabled=TRUE",
    expected: { ReadStatusEnabled: true },
  },
  {
    name: "nullable integer, empty is null",
    op: "UpdateMember",
    form: "LastConsumedMessageIndex=",
    expected: { LastConsumedMessageIndex: null },
  },
  {
    name: "date-time, normalised",
    op: "UpdateMember",
    form: "DateCreated=2020-01-02T03:04:05.678%2B01:00",
    expected: { DateCreated: "2020-01-02T02:04:05Z" },
  },
  {
    name: "date-time, malformed",
    op: "UpdateMember",
    form: "DateCreated=yesterday",
    expected: refused(/DateCreated: expected an ISO 8601 date-time/),
  },
  { name: "SID pattern", op: "UpdateMember", form: `RoleSid=${RL}`, expected: { RoleSid: RL } },
  {
    name: "SID pattern, wrong prefix",
    op: "UpdateMember",
    form: `RoleSid=CH${"a".repeat(32)}`,
    expected: refused(/RoleSid: 'CH.*' is not a valid RL SID/),
  },
  // enums
  { name: "enum", op: "CreateChannel", form: "Type=private", expected: { Type: "private" } },
  {
    name: "enum, wrong case",
    op: "CreateChannel",
    form: "Type=Private",
    expected: refused(/must be one of public, private/),
  },
  {
    name: "enum, case-insensitive by rule",
    op: "UpdateService",
    form: "WebhookMethod=get",
    rules: { WebhookMethod: { caseInsensitive: true } },
    expected: { WebhookMethod: "GET" },
  },
  {
    name: "repeated enum",
    op: "ListChannel",
    query: "Type=public&Type=private",
    expected: { Type: ["public", "private"] },
  },
  {
    name: "repeated enum, one bad",
    op: "ListChannel",
    query: "Type=public&Type=secret",
    expected: refused(/Type: must be one of/),
  },
  // repeats and closed sets
  {
    name: "repeated strings, in order",
    op: "ListMember",
    query: "Identity=b&Identity=a",
    expected: { Identity: ["b", "a"] },
  },
  {
    name: "more values than a rule allows",
    op: "ListMember",
    query: "Identity=a&Identity=b&Identity=c",
    rules: { Identity: { maxValues: 2 } },
    expected: refused(/at most 2 values/),
  },
  {
    name: "a value outside a closed set",
    op: "UpdateService",
    form: "WebhookFilters=onFoo",
    rules: { WebhookFilters: { oneOf: { values: new Set(["onBar"]), what: "an event" } } },
    expected: refused(/'onFoo' is not an event/),
  },
  {
    name: "an empty value passes a closed set (it clears)",
    op: "UpdateService",
    form: "WebhookFilters=",
    rules: { WebhookFilters: { oneOf: { values: new Set(["onBar"]), what: "an event" } } },
    expected: { WebhookFilters: [""] },
  },
  {
    name: "first of a repeated single value",
    op: "CreateChannel",
    form: "FriendlyName=a&FriendlyName=b",
    expected: { FriendlyName: "a" },
  },
  // required
  {
    name: "required, absent",
    op: "CreateService",
    form: "",
    expected: refused(/^Missing required parameter FriendlyName in the post body$/),
  },
  {
    name: "required, blank",
    op: "CreateService",
    form: "FriendlyName=%20%20",
    expected: refused(/Missing required parameter FriendlyName/),
  },
  {
    name: "required repeated, absent",
    op: "UpdateRole",
    form: "",
    expected: refused(/Missing required parameter Permission/),
  },
  // lengths, bytes, JSON
  {
    name: "over maxLength",
    op: "CreateChannel",
    form: "FriendlyName=abcd",
    rules: { FriendlyName: { maxLength: 3 } },
    expected: refused(/at most 3 characters/),
  },
  {
    name: "over maxBytes, with its own code",
    op: "CreateMessage",
    form: `Body=${"%C3%A9".repeat(3)}`,
    rules: { Body: { maxBytes: 5, tooLongCode: 50504 } },
    expected: refused(/Body: must be at most 5 bytes/, 50504),
  },
  {
    name: "JSON attributes",
    op: "CreateChannel",
    form: "Attributes=%7B%7D",
    rules: { Attributes: { json: true } },
    expected: { Attributes: "{}" },
  },
  {
    name: "attributes that are not JSON",
    op: "CreateChannel",
    form: "Attributes=%7Bnope",
    rules: { Attributes: { json: true } },
    expected: refused(/Attributes: must be valid JSON/),
  },
  // where parameters travel
  {
    name: "a header parameter",
    op: "CreateChannel",
    headers: { "x-twilio-webhook-enabled": "true" },
    expected: { "X-Twilio-Webhook-Enabled": "true" },
  },
  {
    name: "a bad header parameter",
    op: "CreateChannel",
    headers: { "x-twilio-webhook-enabled": "yes" },
    expected: refused(/X-Twilio-Webhook-Enabled: must be one of true, false/),
  },
  { name: "form parameters of a GET are not read", op: "ListChannel", form: "Type=nope", expected: {} },
  { name: "unknown parameters are ignored", op: "CreateChannel", form: "Nope=1&friendlyname=x", expected: {} },
];

describe("readParams reads parameters as the spec declares them", () => {
  it.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
    const raw = {
      query: parseForm(row.query ?? ""),
      form: row.form === undefined ? new ParsedParams() : parseForm(row.form),
      headers: row.headers ?? {},
    };
    const read = () => readParams(operationSpec(row.op).params, row.rules ?? {}, raw, { maxPageSize: 1000 });
    if ("code" in row.expected && row.expected.message instanceof RegExp) {
      const { code, message } = row.expected;
      expect(read).toThrow(ApiError);
      try {
        read();
      } catch (error) {
        expect((error as ApiError).toBody()).toMatchObject({ status: 400, code });
        expect((error as ApiError).message).toMatch(message);
      }
    } else {
      expect(read()).toEqual(row.expected);
    }
  });
});
