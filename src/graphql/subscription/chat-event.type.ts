// The three live events: what happened (kind, Twilio's event name, who did it) and the object it
// happened to, resolved through the usual types (MessageEventResolver and the like).

import { Field, ID, ObjectType } from "type-graphql";
import type { ChatEvent } from "../../server/live/chat-event.parse.js";
import { globalId } from "../node/global-id.codec.js";
import { ChatEventKind } from "./event-kind.type.js";

const ACTOR_DESCRIPTION =
  "Who acted: Twilio's ClientIdentity for client SDK actions; for REST actions, which carry none, the identity the event names " +
  "(a message's author when sent, ModifiedBy when updated, a member who joined or left, a channel's creator); else null.";

/** What every live event says besides its object; each event type adds the object's id and SID. */
@ObjectType({ description: "The fields every live event shares." })
abstract class LiveEvent {
  @Field(() => ChatEventKind)
  kind!: ChatEventKind;

  @Field(() => String, { description: "Twilio's name for the event, e.g. `onMessageSent`." })
  eventType!: string;

  @Field(() => String, { nullable: true, description: ACTOR_DESCRIPTION })
  actorIdentity!: string | null;

  /** The event as published (not a field). */
  event!: ChatEvent;
}

function base<T extends LiveEvent>(target: T, event: ChatEvent): T {
  return Object.assign(target, { kind: event.kind as ChatEventKind, eventType: event.type, actorIdentity: event.actorIdentity, event });
}

@ObjectType({ description: "A message sent, changed or deleted in a channel." })
export class MessageEvent extends LiveEvent {
  @Field(() => ID, { description: "The message's global id (still valid for a REMOVED event, as an identifier)." })
  messageId!: string;

  @Field(() => ID)
  messageSid!: string;

  static of(event: ChatEvent): MessageEvent {
    const id = globalId("Message", event.serviceSid, event.channelSid, event.sid);
    return Object.assign(base(new MessageEvent(), event), { messageId: id, messageSid: event.sid });
  }
}

@ObjectType({ description: "A member added, changed, removed from or leaving a channel." })
export class MemberEvent extends LiveEvent {
  @Field(() => ID, { description: "The member's global id." })
  memberId!: string;

  @Field(() => ID)
  memberSid!: string;

  static of(event: ChatEvent): MemberEvent {
    const id = globalId("Member", event.serviceSid, event.channelSid, event.sid);
    return Object.assign(base(new MemberEvent(), event), { memberId: id, memberSid: event.sid });
  }
}

@ObjectType({ description: "A channel created, changed or deleted in a service." })
export class ChannelEvent extends LiveEvent {
  @Field(() => ID, { description: "The channel's global id." })
  channelId!: string;

  @Field(() => ID)
  channelSid!: string;

  static of(event: ChatEvent): ChannelEvent {
    const id = globalId("Channel", event.serviceSid, event.sid);
    return Object.assign(base(new ChannelEvent(), event), { channelId: id, channelSid: event.sid });
  }
}
