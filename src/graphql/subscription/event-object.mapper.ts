// An event's object as the event itself describes it (Twilio's webhook parameters), shaped as the
// REST resource so the usual mappers and types apply: what a REMOVED event shows (the object is
// gone upstream), and what any event shows once its object has gone. Fields an event does not
// carry are null.

import type { ChannelResource, MemberResource, MessageResource } from "../../chat-api/index.js";
import type { ChatEvent } from "../../server/live/chat-event.parse.js";

const text = (value: string | undefined) => value ?? null;
const count = (value: string | undefined) => (value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : null);
const date = (value: string | undefined) => (value !== undefined && !Number.isNaN(Date.parse(value)) ? value : null);

/** What every event says of its object alike: whose it is, its SID, attributes and dates. */
function common(event: ChatEvent) {
  const p = event.params;
  return {
    account_sid: event.accountSid,
    service_sid: event.serviceSid,
    url: null,
    sid: event.sid,
    attributes: text(p.Attributes),
    date_created: date(p.DateCreated),
    date_updated: date(p.DateUpdated),
  };
}

export function messageOfEvent(event: ChatEvent): MessageResource {
  const p = event.params;
  return {
    ...common(event),
    channel_sid: event.channelSid,
    to: event.channelSid,
    from: text(p.From),
    body: text(p.Body),
    index: count(p.Index),
    type: p.MediaSid ? "media" : "text",
    media: p.MediaSid ? { sid: p.MediaSid } : null,
    was_edited: null,
    last_updated_by: text(p.ModifiedBy),
  } as unknown as MessageResource;
}

export function memberOfEvent(event: ChatEvent): MemberResource {
  const p = event.params;
  return {
    ...common(event),
    channel_sid: event.channelSid,
    identity: text(p.Identity),
    role_sid: text(p.RoleSid),
    last_consumed_message_index: count(p.LastConsumedMessageIndex),
    last_consumption_timestamp: null,
  } as unknown as MemberResource;
}

export function channelOfEvent(event: ChatEvent): ChannelResource {
  const p = event.params;
  return {
    ...common(event),
    friendly_name: text(p.FriendlyName),
    unique_name: text(p.UniqueName),
    type: p.ChannelType === "public" || p.ChannelType === "private" ? p.ChannelType : null,
    created_by: text(p.CreatedBy),
    members_count: count(p.MembersCount),
    messages_count: count(p.MessagesCount),
  } as unknown as ChannelResource;
}
