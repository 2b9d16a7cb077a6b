// A Twilio Chat post-event webhook, once its signature is checked, as the typed event chatql
// publishes to subscribers: which object it is about (a message, a member or a channel), what
// happened to it (ADDED, UPDATED, REMOVED), where (account, service, channel) and who did it.
// Pre-events and events no subscription serves (users) are not published. SIDs are checked
// before they are trusted (they end up in upstream URLs and cache keys).

import { createHash } from "node:crypto";
import { isSid, type SidPrefix } from "../../sids.js";

export type EventKind = "ADDED" | "UPDATED" | "REMOVED";
export type EventFamily = "message" | "member" | "channel";

export interface ChatEvent {
  /**
   * The event's identity: a hash of every signed parameter but `RetryCount`, which is all that
   * changes between Twilio's attempts, so a retried delivery is recognised as the same event.
   */
  id: string;
  /** Twilio's `EventType`, e.g. `onMessageSent`. */
  type: string;
  family: EventFamily;
  kind: EventKind;
  accountSid: string;
  serviceSid: string;
  /** The channel the object is in (for a channel event, the channel itself). */
  channelSid: string;
  /** The object's SID: a message (IM…), member (MB…) or channel (CH…). */
  sid: string;
  /** Who acted, when the event says (see actorOf). */
  actorIdentity: string | null;
  /** Everything Twilio sent, to describe an object that no longer exists. */
  params: Readonly<Record<string, string>>;
}

const EVENTS: Record<string, { family: EventFamily; kind: EventKind }> = {
  onMessageSent: { family: "message", kind: "ADDED" },
  onMediaMessageSent: { family: "message", kind: "ADDED" },
  onMessageUpdated: { family: "message", kind: "UPDATED" },
  onMessageRemoved: { family: "message", kind: "REMOVED" },
  onMemberAdded: { family: "member", kind: "ADDED" },
  onMemberUpdated: { family: "member", kind: "UPDATED" },
  onMemberRemoved: { family: "member", kind: "REMOVED" },
  onChannelAdded: { family: "channel", kind: "ADDED" },
  onChannelUpdated: { family: "channel", kind: "UPDATED" },
  onChannelDestroyed: { family: "channel", kind: "REMOVED" },
};

const OBJECT_SID: Record<EventFamily, { param: string; prefix: SidPrefix }> = {
  message: { param: "MessageSid", prefix: "IM" },
  member: { param: "MemberSid", prefix: "MB" },
  channel: { param: "ChannelSid", prefix: "CH" },
};

/** Identities are Twilio's (at most a few hundred characters); a longer one is not trusted as one. */
const ACTOR_IDENTITY_MAX = 1024;

/** The event's identity: every parameter but RetryCount, in name order, hashed. */
export function eventId(params: Readonly<Record<string, string>>): string {
  const hash = createHash("sha256");
  for (const name of Object.keys(params).sort()) {
    if (name === "RetryCount") continue;
    hash.update(name).update("\u0000").update(params[name]!).update("\u0000");
  }
  return hash.digest("base64url");
}

export type ParsedEvent = { event: ChatEvent } | { ignored: "not_served" | "malformed" };

export function parseChatEvent(params: Readonly<Record<string, string>>): ParsedEvent {
  const known = EVENTS[params.EventType ?? ""];
  if (!known) return { ignored: "not_served" };
  const accountSid = params.AccountSid ?? "";
  // Twilio's Chat calls the service InstanceSid; ServiceSid is what Conversations (and the emulator too) send.
  const serviceSid = params.InstanceSid ?? params.ServiceSid ?? "";
  const channelSid = params.ChannelSid ?? "";
  const object = OBJECT_SID[known.family];
  const sid = params[object.param] ?? "";
  if (!isSid("AC", accountSid) || !isSid("IS", serviceSid) || !isSid("CH", channelSid) || !isSid(object.prefix, sid)) {
    return { ignored: "malformed" };
  }
  return {
    event: {
      id: eventId(params),
      type: params.EventType!,
      ...known,
      accountSid,
      serviceSid,
      channelSid,
      sid,
      actorIdentity: actorOf(params, known),
      params: { ...params },
    },
  };
}

/**
 * Who acted: Twilio's ClientIdentity (actions of its client SDKs). REST actions carry none; then
 * the identity the event itself names as acting: a message's author when sent, its `ModifiedBy`
 * when updated, a member who joined or left, a channel's creator when added. Otherwise null.
 */
function actorOf(params: Readonly<Record<string, string>>, { family, kind }: { family: EventFamily; kind: EventKind }): string | null {
  const named = (value: string | undefined) => (value && value.length <= ACTOR_IDENTITY_MAX ? value : null);
  const client = named(params.ClientIdentity);
  if (client) return client;
  if (family === "message" && kind === "ADDED") return named(params.From);
  if (family === "message" && kind === "UPDATED") return named(params.ModifiedBy);
  if (family === "member" && (params.Reason === "JOINED" || params.Reason === "LEFT")) return named(params.Identity);
  if (family === "channel" && kind === "ADDED") return named(params.CreatedBy);
  return null;
}
