import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { JSONResolver } from "graphql-scalars";
import { MESSAGE_SID_PATTERN } from "../../sids.js";
import { attributesOf } from "../attributes/attributes.json.js";
import { channelOf } from "../channel/channel.lookup.js";
import { Channel } from "../channel/channel.type.js";
import { ConnectionArgs } from "../connection/connection.args.js";
import { connectionOf } from "../connection/connection.resolve.js";
import { listSource } from "../connection/list.source.js";
import type { GraphQLContext } from "../context.js";
import { Fetches, ReadsNewestFirst } from "../cost/upstream-cost.js";
import { existingParent } from "../errors/vanished-parent.js";
import { runMutation } from "../mutation/mutation.run.js";
import { userOf } from "../user/user.lookup.js";
import { User } from "../user/user.type.js";
import { MessageConnection } from "./message.connection.js";
import { DeleteMessageInput, SendMessageInput, UpdateMessageInput } from "./message.input.js";
import { messageFromResource } from "./message.mapper.js";
import { DeleteMessagePayload, SendMessagePayload, UpdateMessagePayload } from "./message.payload.js";
import * as messageOps from "./message.service.js";
import { Message } from "./message.type.js";

@Resolver(() => Channel)
export class ChannelMessagesResolver {
  @FieldResolver(() => MessageConnection, {
    description: "The channel's messages, oldest first; `last: N` is the newest N (read from the newest end, not walked to).",
  })
  @ReadsNewestFirst()
  messages(
    @Root() channel: Channel,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<MessageConnection> {
    const source = listSource(
      context,
      "ListMessage",
      { path: { ServiceSid: channel.serviceSid, ChannelSid: channel.sid } },
      {
        scope: `messages of ${channel.sid}`,
        sidPattern: MESSAGE_SID_PATTERN,
        prime: (message) => context.loaders.message.prime(message),
        newestFirst: { Order: "desc" },
        // Indexes grow with every message and are never reused: they place a cursor whose message is gone.
        orderOf: (message) => message.index,
      },
    );
    return connectionOf(source, args, messageFromResource);
  }
}

@Resolver(() => Message)
export class MessageResolver {
  @FieldResolver(() => JSONResolver, { nullable: true, description: "The message's attributes (any JSON)." })
  attributes(@Root() message: Message, @Ctx() context: GraphQLContext, @Info() info: GraphQLResolveInfo): unknown {
    return attributesOf(message.attributesRaw, context, info);
  }

  @FieldResolver(() => JSONResolver, {
    nullable: true,
    description: "The attached media's details (`sid`, `content_type`, `filename`, `size`), when there is one.",
  })
  media(@Root() message: Message): unknown {
    return message.mediaRaw ?? null;
  }

  @FieldResolver(() => User, { nullable: true, description: "The user `from` names; null for `system` or an identity with no user." })
  @Fetches(1)
  author(@Root() message: Message, @Ctx() context: GraphQLContext): Promise<User | null> {
    return userOf(context, message.serviceSid, message.from);
  }

  @FieldResolver(() => Channel, { description: "The channel the message is in." })
  @Fetches(1)
  async channel(@Root() message: Message, @Ctx() context: GraphQLContext): Promise<Channel> {
    return existingParent(channelOf(context, message.serviceSid, message.channelSid), `The message's channel ${message.channelSid}`);
  }

  @Mutation(() => SendMessagePayload, { description: "Sends a message to a channel." })
  @Fetches(1)
  sendMessage(@Arg("input", () => SendMessageInput) input: SendMessageInput, @Ctx() context: GraphQLContext): Promise<SendMessagePayload> {
    return runMutation(input, { message: null }, () => messageOps.sendMessage(context, input));
  }

  @Mutation(() => UpdateMessagePayload, { description: "Changes a message's body or attributes (it is then marked edited)." })
  @Fetches(1)
  updateMessage(
    @Arg("input", () => UpdateMessageInput) input: UpdateMessageInput,
    @Ctx() context: GraphQLContext,
  ): Promise<UpdateMessagePayload> {
    return runMutation(input, { message: null }, () => messageOps.updateMessage(context, input));
  }

  @Mutation(() => DeleteMessagePayload, { description: "Deletes a message (its index is never reused)." })
  @Fetches(2) // a channel fetch first when it is named by unique name
  deleteMessage(
    @Arg("input", () => DeleteMessageInput) input: DeleteMessageInput,
    @Ctx() context: GraphQLContext,
  ): Promise<DeleteMessagePayload> {
    return runMutation(input, { deletedMessageSid: null, deletedMessageId: null }, () => messageOps.deleteMessage(context, input));
  }
}
