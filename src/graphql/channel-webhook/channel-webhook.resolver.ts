import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { CHANNEL_WEBHOOK_SID_PATTERN } from "../../sids.js";
import { Channel } from "../channel/channel.type.js";
import { ConnectionArgs } from "../connection/connection.args.js";
import { connectionOf } from "../connection/connection.resolve.js";
import { listSource } from "../connection/list.source.js";
import type { GraphQLContext } from "../context.js";
import { Fetches } from "../cost/upstream-cost.js";
import { runMutation } from "../mutation/mutation.run.js";
import { ChannelWebhookConnection } from "./channel-webhook.connection.js";
import { CreateChannelWebhookInput, DeleteChannelWebhookInput, UpdateChannelWebhookInput } from "./channel-webhook.input.js";
import { channelWebhookFromResource } from "./channel-webhook.mapper.js";
import { CreateChannelWebhookPayload, DeleteChannelWebhookPayload, UpdateChannelWebhookPayload } from "./channel-webhook.payload.js";
import * as webhookOps from "./channel-webhook.service.js";
import { ChannelWebhook } from "./channel-webhook.type.js";

@Resolver(() => Channel)
export class ChannelWebhooksResolver {
  @FieldResolver(() => ChannelWebhookConnection, { description: "The channel's own webhooks, oldest first." })
  webhooks(
    @Root() channel: Channel,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<ChannelWebhookConnection> {
    const source = listSource(
      context,
      "ListChannelWebhook",
      { path: { ServiceSid: channel.serviceSid, ChannelSid: channel.sid } },
      {
        scope: `webhooks of ${channel.sid}`,
        sidPattern: CHANNEL_WEBHOOK_SID_PATTERN,
        prime: (webhook) => context.loaders.channelWebhook.prime(webhook),
      },
    );
    return connectionOf(source, args, channelWebhookFromResource);
  }
}

@Resolver(() => ChannelWebhook)
export class ChannelWebhookResolver {
  @Mutation(() => CreateChannelWebhookPayload, { description: "Adds a webhook to a channel." })
  @Fetches(1)
  createChannelWebhook(
    @Arg("input", () => CreateChannelWebhookInput) input: CreateChannelWebhookInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CreateChannelWebhookPayload> {
    return runMutation(input, { webhook: null }, () => webhookOps.createChannelWebhook(context, input));
  }

  @Mutation(() => UpdateChannelWebhookPayload, { description: "Changes a channel webhook's configuration." })
  @Fetches(1)
  updateChannelWebhook(
    @Arg("input", () => UpdateChannelWebhookInput) input: UpdateChannelWebhookInput,
    @Ctx() context: GraphQLContext,
  ): Promise<UpdateChannelWebhookPayload> {
    return runMutation(input, { webhook: null }, () => webhookOps.updateChannelWebhook(context, input));
  }

  @Mutation(() => DeleteChannelWebhookPayload, { description: "Deletes a channel webhook." })
  @Fetches(2) // a channel fetch first when it is named by unique name
  deleteChannelWebhook(
    @Arg("input", () => DeleteChannelWebhookInput) input: DeleteChannelWebhookInput,
    @Ctx() context: GraphQLContext,
  ): Promise<DeleteChannelWebhookPayload> {
    return runMutation(input, { deletedWebhookSid: null, deletedWebhookId: null }, () => webhookOps.deleteChannelWebhook(context, input));
  }
}
