import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { INVITE_SID_PATTERN } from "../../sids.js";
import { channelOf } from "../channel/channel.lookup.js";
import { Channel } from "../channel/channel.type.js";
import { ConnectionArgs } from "../connection/connection.args.js";
import { connectionOf } from "../connection/connection.resolve.js";
import { identitiesFilter } from "../connection/list.filter.js";
import { listSource } from "../connection/list.source.js";
import type { GraphQLContext } from "../context.js";
import { Fetches } from "../cost/upstream-cost.js";
import { existingParent } from "../errors/vanished-parent.js";
import { runMutation } from "../mutation/mutation.run.js";
import { ROLE_LOOKUP_REQUESTS, roleOfService } from "../role/role.lookup.js";
import { Role } from "../role/role.type.js";
import { InviteConnection } from "./invite.connection.js";
import { CreateInviteInput, DeleteInviteInput } from "./invite.input.js";
import { inviteFromResource } from "./invite.mapper.js";
import { CreateInvitePayload, DeleteInvitePayload } from "./invite.payload.js";
import * as inviteOps from "./invite.service.js";
import { Invite } from "./invite.type.js";

@ArgsType()
class InviteListArgs extends ConnectionArgs {
  @Field(() => [String], { nullable: true, description: "Only the invites of these identities." })
  identities?: string[] | null;
}

@Resolver(() => Channel)
export class ChannelInvitesResolver {
  @FieldResolver(() => InviteConnection, { description: "The channel's pending invites, oldest first." })
  invites(
    @Root() channel: Channel,
    @Args(() => InviteListArgs) args: InviteListArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<InviteConnection> {
    const identities = identitiesFilter(args.identities);
    const source = listSource(
      context,
      "ListInvite",
      { path: { ServiceSid: channel.serviceSid, ChannelSid: channel.sid }, filters: { Identity: identities } },
      {
        scope: JSON.stringify(["invites", channel.sid, identities]),
        sidPattern: INVITE_SID_PATTERN,
        prime: (invite) => context.loaders.invite.prime(invite),
      },
    );
    return connectionOf(source, args, inviteFromResource);
  }
}

@Resolver(() => Invite)
export class InviteResolver {
  @FieldResolver(() => Role, { nullable: true, description: "The channel role the invitee gets on joining." })
  @Fetches(ROLE_LOOKUP_REQUESTS)
  role(@Root() invite: Invite, @Ctx() context: GraphQLContext): Promise<Role | null> {
    return roleOfService(context, invite.serviceSid, invite.roleSid);
  }

  @FieldResolver(() => Channel, { description: "The channel the invite is to." })
  @Fetches(1)
  async channel(@Root() invite: Invite, @Ctx() context: GraphQLContext): Promise<Channel> {
    return existingParent(channelOf(context, invite.serviceSid, invite.channelSid), `The invite's channel ${invite.channelSid}`);
  }

  @Mutation(() => CreateInvitePayload, { description: "Invites a user (by identity) to a channel." })
  @Fetches(1)
  createInvite(
    @Arg("input", () => CreateInviteInput) input: CreateInviteInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CreateInvitePayload> {
    return runMutation(input, { invite: null }, () => inviteOps.createInvite(context, input));
  }

  @Mutation(() => DeleteInvitePayload, { description: "Withdraws an invitation." })
  @Fetches(2) // a channel fetch first when it is named by unique name
  deleteInvite(
    @Arg("input", () => DeleteInviteInput) input: DeleteInviteInput,
    @Ctx() context: GraphQLContext,
  ): Promise<DeleteInvitePayload> {
    return runMutation(input, { deletedInviteSid: null, deletedInviteId: null }, () => inviteOps.deleteInvite(context, input));
  }
}
