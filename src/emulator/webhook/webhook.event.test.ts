import { describe, expect, it } from "vitest";
import { paramsOf } from "./webhook.event.js";

describe("paramsOf: a resource's fields under Twilio's event parameter names", () => {
  const member = { sid: "MB1", channel_sid: "CH1", last_consumed_message_index: 3, is_online: null, date_created: "2026-01-01T00:00:00Z" };

  it.each([
    { fields: ["channel_sid"] as const, want: { ChannelSid: "CH1" } },
    { fields: ["last_consumed_message_index", "is_online"] as const, want: { LastConsumedMessageIndex: 3, IsOnline: null } },
    { fields: [["MemberSid", "sid"]] as const, want: { MemberSid: "MB1" } },
    {
      fields: ["channel_sid", ["MemberSid", "sid"], "date_created"] as const,
      want: { ChannelSid: "CH1", MemberSid: "MB1", DateCreated: "2026-01-01T00:00:00Z" },
    },
  ])("$fields", ({ fields, want }) => {
    const params = paramsOf(member, fields);
    expect(params).toStrictEqual(want);
    expect(Object.keys(params)).toEqual(Object.keys(want)); // in the order listed: the webhook's form keeps it
  });
});
