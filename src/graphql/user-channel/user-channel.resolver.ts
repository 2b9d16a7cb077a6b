import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { CHANNEL_SID_PATTERN } from "../../sids.js";
import { channelOf } from "../channel/channel.lookup.js";
import { Channel } from "../channel/channel.type.js";
import { ConnectionArgs } from "../connection/connection.args.js";
import { connectionOf } from "../connection/connection.resolve.js";
import { listSource } from "../connection/list.source.js";
import type { GraphQLContext } from "../context.js";
import { Fetches } from "../cost/upstream-cost.js";
import { existingParent } from "../errors/vanished-parent.js";
import { GraphQLError } from "graphql";
import { notFound, rethrowUpstream } from "../errors/error.mapping.js";
import { memberFromResource } from "../member/member.mapper.js";
import { Member } from "../member/member.type.js";
import { messageFromResource } from "../message/message.mapper.js";
import { Message } from "../message/message.type.js";
import { runMutation } from "../mutation/mutation.run.js";
import { userBySid } from "../user/user.lookup.js";
import { checkServiceExists } from "../service/service.ref.js";
import type { Service } from "../service/service.type.js";
import { userRefOf } from "../user/user.ref.js";
import { User } from "../user/user.type.js";
import { UserChannelConnection } from "./user-channel.connection.js";
import { LeaveChannelInput, UpdateUserChannelInput } from "./user-channel.input.js";
import { userChannelFromResource } from "./user-channel.mapper.js";
import { LeaveChannelPayload, UpdateUserChannelPayload } from "./user-channel.payload.js";
import * as userChannelOps from "./user-channel.service.js";
import { UserChannel } from "./user-channel.type.js";

@Resolver(() => User)
export class UserChannelsResolver {
  @FieldResolver(() => UserChannelConnection, {
    description: "The channels the user is a member of, oldest membership first, with unread counts.",
  })
  async channels(
    @Root() user: User,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<UserChannelConnection> {
    const { loaders } = context;
    // A user not fetched is listed by identity (Twilio takes it in place of the SID); its pages name its SID.
    const ref = userRefOf(user);
    const source = listSource(
      context,
      "ListUserChannel",
      { path: { ServiceSid: user.serviceSid, UserSid: ref ? user.identity : user.sid } },
      {
        // By identity, so a cursor serves the user fetched or not (identities never change).
        scope: `channels of user ${user.serviceSid}/${user.identity}`,
        sidPattern: CHANNEL_SID_PATTERN,
        sidOf: (item) => item.channel_sid ?? "",
        prime: (item) => {
          loaders.userChannel.prime(item);
          const channelSid = item.channel_sid ?? "";
          const userSid = item.user_sid ?? (ref ? null : user.sid);
          ref?.learn(userSid);
          // The page names each membership by SID, and the user by identity: one member fetch serves both.
          if (userSid) loaders.userChannel.alias([user.serviceSid, user.identity, channelSid], [user.serviceSid, userSid, channelSid]);
          if (item.member_sid)
            loaders.member.alias([user.serviceSid, channelSid, user.identity], [user.serviceSid, channelSid, item.member_sid]);
        },
      },
    );
    if (!ref) return connectionOf(source, args, userChannelFromResource);
    try {
      const connection = await connectionOf(source, args, userChannelFromResource);
      ref.learn(null); // a page without items named no SID: the user is fetched for it, if asked
      return connection;
    } catch (error) {
      const failure = await userNotFound(context, ref.service, user.identity, error).catch((checked: unknown) => checked);
      ref.fail(failure);
      throw failure;
    }
  }
}

/** The list's 404, for a user not fetched, says which is missing: the service or the user. */
async function userNotFound(context: GraphQLContext, service: Service, identity: string, error: unknown): Promise<unknown> {
  if (!(error instanceof GraphQLError) || error.extensions["code"] !== "NOT_FOUND") return error;
  await checkServiceExists(context, service);
  return notFound(`There is no user "${identity}" in service ${service.sid}`);
}

@Resolver(() => UserChannel)
export class UserChannelResolver {
  @FieldResolver(() => Channel, { description: "The channel (its name, type, counts)." })
  @Fetches(1)
  async channel(@Root() userChannel: UserChannel, @Ctx() context: GraphQLContext): Promise<Channel> {
    return existingParent(channelOf(context, userChannel.serviceSid, userChannel.channelSid), `The channel ${userChannel.channelSid}`);
  }

  @FieldResolver(() => Member, {
    nullable: true,
    description: "The membership, as `Channel.members` lists it (role, attributes); null once it has ended.",
  })
  @Fetches(1)
  async member(@Root() userChannel: UserChannel, @Ctx() { loaders }: GraphQLContext): Promise<Member | null> {
    if (!userChannel.memberSid) return null;
    const resource = await loaders.member
      .load(userChannel.serviceSid, userChannel.channelSid, userChannel.memberSid)
      .catch(rethrowUpstream);
    return resource && memberFromResource(resource);
  }

  @FieldResolver(() => User, { nullable: true, description: "The user whose channel this is." })
  @Fetches(1)
  user(@Root() userChannel: UserChannel, @Ctx() context: GraphQLContext): Promise<User | null> {
    return userBySid(context, userChannel.serviceSid, userChannel.userSid);
  }

  @FieldResolver(() => Message, { nullable: true, description: "The channel's newest message; null when it has none." })
  @Fetches(1)
  async lastMessage(@Root() userChannel: UserChannel, @Ctx() { loaders }: GraphQLContext): Promise<Message | null> {
    if (!userChannel.lastMessageSid) return null;
    const resource = await loaders.message
      .load(userChannel.serviceSid, userChannel.channelSid, userChannel.lastMessageSid)
      .catch(rethrowUpstream);
    return resource && messageFromResource(resource);
  }

  @Mutation(() => UpdateUserChannelPayload, { description: "Mutes or unmutes a channel for a user, or marks how far they have read." })
  @Fetches(1)
  updateUserChannel(
    @Arg("input", () => UpdateUserChannelInput) input: UpdateUserChannelInput,
    @Ctx() context: GraphQLContext,
  ): Promise<UpdateUserChannelPayload> {
    return runMutation(input, { userChannel: null }, () => userChannelOps.updateUserChannel(context, input));
  }

  @Mutation(() => LeaveChannelPayload, { description: "The user leaves a channel: their membership ends." })
  @Fetches(2) // the membership's SIDs first, then the delete
  leaveChannel(
    @Arg("input", () => LeaveChannelInput) input: LeaveChannelInput,
    @Ctx() context: GraphQLContext,
  ): Promise<LeaveChannelPayload> {
    return runMutation(input, { deletedUserChannelId: null, deletedMemberSid: null, deletedMemberId: null }, () =>
      userChannelOps.leaveChannel(context, input),
    );
  }
}
