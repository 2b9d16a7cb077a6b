// messageEvents(channel:), memberEvents(channel:), channelEvents(service:): live events from
// Twilio's webhooks. Subscribing checks, with the subscriber's own credentials, that the channel
// (or service) exists for them, as a query would; then each event is executed with a fresh
// context, its object resolved through the usual types and loaders.

import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from "type-graphql";
import type { ChannelResource, MemberResource, MessageResource } from "../../chat-api/index.js";
import { SERVICE_SID_PATTERN } from "../../sids.js";
import type { ChatEvent, EventFamily } from "../../server/live/chat-event.parse.js";
import type { QueueItem } from "../../server/live/subscription.queue.js";
import { channelOf } from "../channel/channel.lookup.js";
import { channelFromResource } from "../channel/channel.mapper.js";
import { Channel } from "../channel/channel.type.js";
import { Fetches } from "../cost/upstream-cost.js";
import { badUserInput, notFound, rethrowUpstream } from "../errors/error.mapping.js";
import { memberFromResource } from "../member/member.mapper.js";
import { Member } from "../member/member.type.js";
import { messageFromResource } from "../message/message.mapper.js";
import { Message } from "../message/message.type.js";
import { parseGlobalId } from "../node/global-id.codec.js";
import { ChannelEvent, MemberEvent, MessageEvent } from "./chat-event.type.js";
import { channelOfEvent, memberOfEvent, messageOfEvent } from "./event-object.mapper.js";
import type { SubscriptionContext } from "./subscription.context.js";
import { slowConsumer, subscriptionsUnavailable } from "./subscription.errors.js";

const sameSid = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

const CHANNEL_ARG = "The channel's id (Channel.id).";
const SERVICE_ARG = "The service's id (Service.id) or SID.";

/** The events of one channel the subscriber may see; NOT_FOUND when the channel is not theirs to see. */
async function channelStream(context: SubscriptionContext, id: string, family: EventFamily) {
  const target = parseGlobalId(id);
  if (target?.type !== "Channel") {
    throw badUserInput(`"channel" must be a Channel's id (Channel.id), got ${JSON.stringify(id.slice(0, 64))}`, "channel");
  }
  const [serviceSid, channelSid] = target.keys as [string, string];
  const channel = await channelOf(context, serviceSid, channelSid);
  if (!channel) throw notFound(`No channel ${channelSid} in service ${serviceSid}`);
  return context.live.events(
    (event) => event.family === family && sameSid(event.serviceSid, serviceSid) && sameSid(event.channelSid, channelSid),
  );
}

/** A service's channel events; `service` is a Service id or SID. */
async function serviceStream(context: SubscriptionContext, id: string) {
  const target = parseGlobalId(id);
  const serviceSid = target?.type === "Service" ? target.keys[0]! : SERVICE_SID_PATTERN.test(id) ? id : null;
  if (!serviceSid) throw badUserInput(`"service" must be a Service's id or SID, got ${JSON.stringify(id.slice(0, 64))}`, "service");
  const service = await context.loaders.service.load(serviceSid).catch(rethrowUpstream);
  if (!service) throw notFound(`No service ${serviceSid}`);
  return context.live.events((event) => event.family === "channel" && sameSid(event.serviceSid, serviceSid));
}

/** An item of the subscriber's queue: an event, or why the subscription ends. */
function eventOf(item: QueueItem<ChatEvent>): ChatEvent {
  if ("overflow" in item) throw slowConsumer(item.max);
  if ("failed" in item) throw subscriptionsUnavailable(item.failed.message);
  return item.value;
}

@Resolver()
export class SubscriptionResolver {
  // Subscribing fetches the channel (service) once, with the subscriber's credentials.
  @Fetches(1)
  @Subscription(() => MessageEvent, {
    description: "Messages sent, changed and deleted in a channel, as Twilio reports them (its post-event webhooks).",
    subscribe: ({ args, context }) => channelStream(context as SubscriptionContext, args.channel as string, "message"),
  })
  messageEvents(@Root() item: QueueItem<ChatEvent>, @Arg("channel", () => ID, { description: CHANNEL_ARG }) _: string): MessageEvent {
    return MessageEvent.of(eventOf(item));
  }

  // Subscribing fetches the channel (service) once, with the subscriber's credentials.
  @Fetches(1)
  @Subscription(() => MemberEvent, {
    description: "Members added to, changed in, removed from or leaving a channel.",
    subscribe: ({ args, context }) => channelStream(context as SubscriptionContext, args.channel as string, "member"),
  })
  memberEvents(@Root() item: QueueItem<ChatEvent>, @Arg("channel", () => ID, { description: CHANNEL_ARG }) _: string): MemberEvent {
    return MemberEvent.of(eventOf(item));
  }

  // Subscribing fetches the channel (service) once, with the subscriber's credentials.
  @Fetches(1)
  @Subscription(() => ChannelEvent, {
    description: "Channels created, changed and deleted in a service.",
    subscribe: ({ args, context }) => serviceStream(context as SubscriptionContext, args.service as string),
  })
  channelEvents(@Root() item: QueueItem<ChatEvent>, @Arg("service", () => ID, { description: SERVICE_ARG }) _: string): ChannelEvent {
    return ChannelEvent.of(eventOf(item));
  }
}

/** The object as the upstream has it now; as the event described it once gone (REMOVED, or deleted since). */
async function currentOr<R>(
  context: SubscriptionContext,
  event: ChatEvent,
  ofEvent: (event: ChatEvent) => R,
  prime: (resource: R) => void,
): Promise<R> {
  if (event.kind !== "REMOVED") {
    const resource = (await context.live.current(event).catch(rethrowUpstream)) as R | null;
    if (resource) {
      prime(resource);
      return resource;
    }
  }
  return ofEvent(event);
}

@Resolver(() => MessageEvent)
export class MessageEventResolver {
  @FieldResolver(() => Message, {
    nullable: true,
    description: "The message now (REMOVED: as the event described it; fields it did not carry are null).",
  })
  @Fetches(1)
  async message(@Root() root: MessageEvent, @Ctx() context: SubscriptionContext): Promise<Message> {
    const resource = await currentOr<MessageResource>(context, root.event, messageOfEvent, (r) => context.loaders.message.prime(r));
    return messageFromResource(resource);
  }
}

@Resolver(() => MemberEvent)
export class MemberEventResolver {
  @FieldResolver(() => Member, { nullable: true, description: "The member now (REMOVED: as the event described it)." })
  @Fetches(1)
  async member(@Root() root: MemberEvent, @Ctx() context: SubscriptionContext): Promise<Member> {
    const resource = await currentOr<MemberResource>(context, root.event, memberOfEvent, (r) => context.loaders.member.prime(r));
    return memberFromResource(resource);
  }
}

@Resolver(() => ChannelEvent)
export class ChannelEventResolver {
  @FieldResolver(() => Channel, { nullable: true, description: "The channel now (REMOVED: as the event described it)." })
  @Fetches(1)
  async channel(@Root() root: ChannelEvent, @Ctx() context: SubscriptionContext): Promise<Channel> {
    const resource = await currentOr<ChannelResource>(context, root.event, channelOfEvent, (r) => context.loaders.channel.prime(r));
    return channelFromResource(resource);
  }
}
