import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Mutation, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { JSONResolver } from "graphql-scalars";
import { CHANNEL_SID_PATTERN } from "../../sids.js";
import { attributesOf } from "../attributes/attributes.json.js";
import { ConnectionArgs } from "../connection/connection.args.js";
import { connectionOf } from "../connection/connection.resolve.js";
import { listSource } from "../connection/list.source.js";
import type { GraphQLContext } from "../context.js";
import { Fetches } from "../cost/upstream-cost.js";
import { badUserInput, rethrowUpstream } from "../errors/error.mapping.js";
import { existingParent } from "../errors/vanished-parent.js";
import { runMutation } from "../mutation/mutation.run.js";
import { Service } from "../service/service.type.js";
import { serviceFromResource } from "../service/service.mapper.js";
import { userOf } from "../user/user.lookup.js";
import { User } from "../user/user.type.js";
import { ChannelConnection } from "./channel.connection.js";
import { CreateChannelInput, DeleteChannelInput, UpdateChannelInput } from "./channel.input.js";
import { channelFromResource } from "./channel.mapper.js";
import { CreateChannelPayload, DeleteChannelPayload, UpdateChannelPayload } from "./channel.payload.js";
import { channelOf } from "./channel.lookup.js";
import * as channelOps from "./channel.service.js";
import { Channel, ChannelType } from "./channel.type.js";
import { CHANNEL_NAME_MAX, longerThan } from "../../twilio/chat-v2.limits.js";

@ArgsType()
class ChannelListArgs extends ConnectionArgs {
  @Field(() => [ChannelType], { nullable: true, description: "Only channels of these types; both when left out." })
  types?: ChannelType[] | null;
}

@Resolver(() => Service)
export class ServiceChannelsResolver {
  @FieldResolver(() => Channel, {
    nullable: true,
    description: "The channel with this SID or unique name (give exactly one), or null when there is none.",
  })
  @Fetches(1)
  channel(
    @Root() service: Service,
    // (declared last to first: TypeGraphQL lists arguments in reverse)
    @Arg("uniqueName", () => String, { nullable: true }) uniqueName: string | null,
    @Arg("sid", () => ID, { nullable: true }) sid: string | null,
    @Ctx() context: GraphQLContext,
  ): Promise<Channel | null> {
    if ((sid == null) === (uniqueName == null))
      throw badUserInput('Give "sid" or "uniqueName", one of them', sid == null ? "sid" : "uniqueName");
    if (sid != null && !CHANNEL_SID_PATTERN.test(sid))
      throw badUserInput(`"${sid}" is not a channel SID (CH followed by 32 hex digits)`, "sid");
    // Characters as the inputs and the emulator count them (code points), not UTF-16 units.
    if (uniqueName != null && (uniqueName === "" || longerThan(uniqueName, CHANNEL_NAME_MAX)))
      throw badUserInput(`"uniqueName" must be 1 to ${CHANNEL_NAME_MAX} characters`, "uniqueName");
    return channelOf(context, service.sid, (sid ?? uniqueName)!);
  }

  @FieldResolver(() => ChannelConnection, { description: "The service's channels, oldest first." })
  channels(
    @Root() service: Service,
    @Args(() => ChannelListArgs) args: ChannelListArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<ChannelConnection> {
    // Twilio lists only public channels when no type is given: both unless asked otherwise.
    const types = [...new Set(args.types?.length ? args.types : [ChannelType.PUBLIC, ChannelType.PRIVATE])].sort();
    const source = listSource(
      context,
      "ListChannel",
      { path: { ServiceSid: service.sid }, filters: { Type: types } },
      {
        scope: JSON.stringify(["channels", service.sid, types]),
        sidPattern: CHANNEL_SID_PATTERN,
        prime: (channel) => context.loaders.channel.prime(channel),
      },
    );
    return connectionOf(source, args, channelFromResource);
  }
}

@Resolver(() => Channel)
export class ChannelResolver {
  @FieldResolver(() => JSONResolver, { nullable: true, description: "The channel's attributes (any JSON)." })
  attributes(@Root() channel: Channel, @Ctx() context: GraphQLContext, @Info() info: GraphQLResolveInfo): unknown {
    return attributesOf(channel.attributesRaw, context, info);
  }

  @FieldResolver(() => User, { nullable: true, description: "The user `createdBy` names; null for `system` or an identity with no user." })
  @Fetches(1)
  creator(@Root() channel: Channel, @Ctx() context: GraphQLContext): Promise<User | null> {
    return userOf(context, channel.serviceSid, channel.createdBy);
  }

  @FieldResolver(() => Service, { description: "The service the channel is in." })
  @Fetches(1)
  async service(@Root() channel: Channel, @Ctx() { loaders }: GraphQLContext): Promise<Service> {
    const resource = loaders.service.load(channel.serviceSid).catch(rethrowUpstream);
    return serviceFromResource(await existingParent(resource, `The channel's service ${channel.serviceSid}`));
  }

  @Mutation(() => CreateChannelPayload, { description: "Creates a channel in a service." })
  @Fetches(1)
  createChannel(
    @Arg("input", () => CreateChannelInput) input: CreateChannelInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CreateChannelPayload> {
    return runMutation(input, { channel: null }, () => channelOps.createChannel(context, input));
  }

  @Mutation(() => UpdateChannelPayload, {
    description: "Changes a channel's name, unique name, attributes or dates; unset fields stay as they are.",
  })
  @Fetches(1)
  updateChannel(
    @Arg("input", () => UpdateChannelInput) input: UpdateChannelInput,
    @Ctx() context: GraphQLContext,
  ): Promise<UpdateChannelPayload> {
    return runMutation(input, { channel: null }, () => channelOps.updateChannel(context, input));
  }

  @Mutation(() => DeleteChannelPayload, { description: "Deletes a channel with its members, messages, invites and webhooks." })
  @Fetches(2) // a fetch first when named by unique name
  deleteChannel(
    @Arg("input", () => DeleteChannelInput) input: DeleteChannelInput,
    @Ctx() context: GraphQLContext,
  ): Promise<DeleteChannelPayload> {
    return runMutation(input, { deletedChannelSid: null, deletedChannelId: null }, () => channelOps.deleteChannel(context, input));
  }
}
