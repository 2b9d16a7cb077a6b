import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Mutation, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { JSONResolver } from "graphql-scalars";
import { MEMBER_SID_PATTERN } from "../../sids.js";
import { attributesOf } from "../attributes/attributes.json.js";
import { channelOf } from "../channel/channel.lookup.js";
import { Channel } from "../channel/channel.type.js";
import { ConnectionArgs } from "../connection/connection.args.js";
import { connectionOf } from "../connection/connection.resolve.js";
import { identitiesFilter } from "../connection/list.filter.js";
import { listSource } from "../connection/list.source.js";
import type { GraphQLContext } from "../context.js";
import { Fetches } from "../cost/upstream-cost.js";
import { badUserInput, rethrowUpstream } from "../errors/error.mapping.js";
import { existingParent } from "../errors/vanished-parent.js";
import { runMutation } from "../mutation/mutation.run.js";
import { ROLE_LOOKUP_REQUESTS, roleOfService } from "../role/role.lookup.js";
import { Role } from "../role/role.type.js";
import { userOf } from "../user/user.lookup.js";
import { User } from "../user/user.type.js";
import { MemberConnection } from "./member.connection.js";
import { AddMemberInput, RemoveMemberInput, UpdateMemberInput } from "./member.input.js";
import { memberFromResource } from "./member.mapper.js";
import { AddMemberPayload, RemoveMemberPayload, UpdateMemberPayload } from "./member.payload.js";
import * as memberOps from "./member.service.js";
import { Member } from "./member.type.js";
import { IDENTITY_MAX } from "../../twilio/chat-v2.limits.js";

@ArgsType()
class MemberListArgs extends ConnectionArgs {
  @Field(() => [String], { nullable: true, description: "Only the members with these identities." })
  identities?: string[] | null;
}

@Resolver(() => Channel)
export class ChannelMembersResolver {
  @FieldResolver(() => MemberConnection, { description: "The channel's members, oldest first." })
  members(
    @Root() channel: Channel,
    @Args(() => MemberListArgs) args: MemberListArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<MemberConnection> {
    const identities = identitiesFilter(args.identities);
    const source = listSource(
      context,
      "ListMember",
      { path: { ServiceSid: channel.serviceSid, ChannelSid: channel.sid }, filters: { Identity: identities } },
      {
        scope: JSON.stringify(["members", channel.sid, identities]),
        sidPattern: MEMBER_SID_PATTERN,
        prime: (member) => context.loaders.member.prime(member),
      },
    );
    return connectionOf(source, args, memberFromResource);
  }

  @FieldResolver(() => Member, { nullable: true, description: "The member with this identity, or null when the user is not a member." })
  @Fetches(1)
  async member(
    @Root() channel: Channel,
    @Arg("identity", () => String) identity: string,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<Member | null> {
    if (identity === "" || identity.length > IDENTITY_MAX)
      throw badUserInput(`"identity" must be 1 to ${IDENTITY_MAX} characters`, "identity");
    const resource = await loaders.member.load(channel.serviceSid, channel.sid, identity).catch(rethrowUpstream);
    return resource && memberFromResource(resource);
  }
}

@Resolver(() => Member)
export class MemberResolver {
  @FieldResolver(() => JSONResolver, { nullable: true, description: "The membership's attributes (any JSON)." })
  attributes(@Root() member: Member, @Ctx() context: GraphQLContext, @Info() info: GraphQLResolveInfo): unknown {
    return attributesOf(member.attributesRaw, context, info);
  }

  @FieldResolver(() => User, { nullable: true, description: "The user this membership is of." })
  @Fetches(1)
  user(@Root() member: Member, @Ctx() context: GraphQLContext): Promise<User | null> {
    return userOf(context, member.serviceSid, member.identity);
  }

  @FieldResolver(() => Role, { nullable: true, description: "The member's channel role (one roles list per service)." })
  @Fetches(ROLE_LOOKUP_REQUESTS)
  role(@Root() member: Member, @Ctx() context: GraphQLContext): Promise<Role | null> {
    return roleOfService(context, member.serviceSid, member.roleSid);
  }

  @FieldResolver(() => Channel, { description: "The channel this membership is of." })
  @Fetches(1)
  async channel(@Root() member: Member, @Ctx() context: GraphQLContext): Promise<Channel> {
    return existingParent(channelOf(context, member.serviceSid, member.channelSid), `The member's channel ${member.channelSid}`);
  }

  @Mutation(() => AddMemberPayload, { description: "Adds a user (by identity) to a channel." })
  @Fetches(1)
  addMember(@Arg("input", () => AddMemberInput) input: AddMemberInput, @Ctx() context: GraphQLContext): Promise<AddMemberPayload> {
    return runMutation(input, { member: null }, () => memberOps.addMember(context, input));
  }

  @Mutation(() => UpdateMemberPayload, { description: "Changes a membership: its role, read horizon (read receipts) or attributes." })
  @Fetches(1)
  updateMember(
    @Arg("input", () => UpdateMemberInput) input: UpdateMemberInput,
    @Ctx() context: GraphQLContext,
  ): Promise<UpdateMemberPayload> {
    return runMutation(input, { member: null }, () => memberOps.updateMember(context, input));
  }

  @Mutation(() => RemoveMemberPayload, { description: "Removes a member from a channel." })
  @Fetches(2) // a fetch first when named by identity
  removeMember(
    @Arg("input", () => RemoveMemberInput) input: RemoveMemberInput,
    @Ctx() context: GraphQLContext,
  ): Promise<RemoveMemberPayload> {
    return runMutation(input, { deletedMemberSid: null, deletedMemberId: null }, () => memberOps.removeMember(context, input));
  }
}
