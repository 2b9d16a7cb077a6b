import "reflect-metadata";
import { buildSchema, type PubSub } from "type-graphql";
import { printSchema, type GraphQLSchema } from "graphql";
import { ChannelResolver, ServiceChannelsResolver } from "./channel/channel.resolver.js";
import { Channel } from "./channel/channel.type.js";
import { ChannelWebhookResolver, ChannelWebhooksResolver } from "./channel-webhook/channel-webhook.resolver.js";
import { ChannelWebhook } from "./channel-webhook/channel-webhook.type.js";
import { ChannelInvitesResolver, InviteResolver } from "./invite/invite.resolver.js";
import { Invite } from "./invite/invite.type.js";
import { ChannelMembersResolver, MemberResolver } from "./member/member.resolver.js";
import { Member } from "./member/member.type.js";
import { ChannelMessagesResolver, MessageResolver } from "./message/message.resolver.js";
import { Message } from "./message/message.type.js";
import { BindingResolver, ServiceBindingsResolver, UserBindingsResolver } from "./binding/binding.resolver.js";
import { Binding } from "./binding/binding.type.js";
import { CredentialResolver } from "./credential/credential.resolver.js";
import { Credential } from "./credential/credential.type.js";
import { NodeResolver } from "./node/node.resolver.js";
import { RoleResolver } from "./role/role.resolver.js";
import { ServiceResolver } from "./service/service.resolver.js";
import {
  ChannelEventResolver,
  MemberEventResolver,
  MessageEventResolver,
  SubscriptionResolver,
} from "./subscription/subscription.resolver.js";
import { Role } from "./role/role.type.js";
import { Service } from "./service/service.type.js";
import { ServiceUsersResolver, UserResolver } from "./user/user.resolver.js";
import { UserChannelResolver, UserChannelsResolver } from "./user-channel/user-channel.resolver.js";
import { UserChannel } from "./user-channel/user-channel.type.js";
import { User } from "./user/user.type.js";

let built: Promise<GraphQLSchema> | undefined;

/**
 * type-graphql wants a PubSub once there are subscriptions; chatql's bring their own event streams
 * (src/graphql/subscription/), so topics are never used.
 */
const NO_TOPICS: PubSub = {
  publish: () => {
    throw new Error("chatql's subscriptions have no topics");
  },
  subscribe: () => {
    throw new Error("chatql's subscriptions have no topics");
  },
};

/** The executable schema (built once per process; resolvers are stateless). */
export function chatqlSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    // One line per family: its resolvers (a family's fields on another type sit in its own resolver class).
    resolvers: [
      ServiceResolver,
      NodeResolver,
      RoleResolver,
      ...[ServiceChannelsResolver, ChannelResolver],
      ...[ChannelMembersResolver, MemberResolver],
      ...[ChannelMessagesResolver, MessageResolver],
      ...[ChannelInvitesResolver, InviteResolver],
      ...[ChannelWebhooksResolver, ChannelWebhookResolver],
      ...[SubscriptionResolver, MessageEventResolver, MemberEventResolver, ChannelEventResolver],
      ...[ServiceUsersResolver, UserResolver],
      ...[UserChannelsResolver, UserChannelResolver],
      ...[ServiceBindingsResolver, UserBindingsResolver, BindingResolver],
      CredentialResolver,
    ],
    // Types reachable only through the Node interface must be listed to be in the schema.
    orphanedTypes: [Service, Role, Channel, Member, Message, Invite, ChannelWebhook, User, UserChannel, Binding, Credential],
    // Validation runs inside the mutations, so failures become userErrors (docs/architecture.md, "Errors").
    validate: false,
    emitSchemaFile: false,
    pubSub: NO_TOPICS,
  });
  return built;
}

/** The SDL committed as schema.graphql, in declaration order. */
export async function printChatqlSchema(): Promise<string> {
  return printSchema(await chatqlSchema()) + "\n";
}
