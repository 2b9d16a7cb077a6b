import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../context.js";
import { Fetches, FetchesEach } from "../cost/upstream-cost.js";
import { badUserInput, rethrowUpstream } from "../errors/error.mapping.js";
import { roleKey } from "../loaders.js";
import { roleFromResource } from "../role/role.mapper.js";
import { serviceFromResource } from "../service/service.mapper.js";
import { channelFromResource } from "../channel/channel.mapper.js";
import { channelWebhookFromResource } from "../channel-webhook/channel-webhook.mapper.js";
import { inviteFromResource } from "../invite/invite.mapper.js";
import { memberFromResource } from "../member/member.mapper.js";
import { messageFromResource } from "../message/message.mapper.js";
import { bindingFromResource } from "../binding/binding.mapper.js";
import { credentialFromResource } from "../credential/credential.mapper.js";
import { userFromResource } from "../user/user.mapper.js";
import { userChannelFromResource } from "../user-channel/user-channel.mapper.js";
import { parseGlobalId, type NodeKeys, type NodeType } from "./global-id.codec.js";
import { Node } from "./node.interface.js";

const MAX_NODES = 100;

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Refetches any object by its global id; null when it no longer exists." })
  @Fetches(1)
  node(@Arg("id", () => ID) id: string, @Ctx() context: GraphQLContext): Promise<Node | null> {
    return loadNode(context, id, "id");
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `Refetches up to ${MAX_NODES} objects by global id, in the order given; null for each that no longer exists.`,
  })
  @FetchesEach("ids")
  nodes(@Arg("ids", () => [ID]) ids: string[], @Ctx() context: GraphQLContext): Promise<Array<Node | null | Error>> {
    if (ids.length > MAX_NODES) throw badUserInput(`"ids" takes at most ${MAX_NODES} ids, got ${ids.length}`, "ids");
    // Check every id before any upstream call.
    ids.forEach((id) => targetOf(id, "ids"));
    // An Error in a list is that item's error (null at its index, path ["nodes", i]); the rest is still served.
    return Promise.all(ids.map((id) => loadNode(context, id, "ids").catch((error: Error) => error)));
  }
}

function targetOf(id: string, argument: string) {
  const target = parseGlobalId(id);
  if (!target) throw badUserInput(`"${id}" is not an id chatql issued`, argument);
  return target;
}

/** How each node type is fetched again from its SIDs; a family adds its row when it adds a type. */
const NODE_LOADERS: Partial<Record<NodeType, (context: GraphQLContext, keys: NodeKeys) => Promise<Node | null>>> = {
  Service: async ({ loaders }, [sid]) => {
    const resource = await loaders.service.load(sid!);
    return resource && serviceFromResource(resource);
  },
  Role: async ({ loaders }, [serviceSid, sid]) => {
    const resource = await loaders.role.load(roleKey(serviceSid!, sid!));
    return resource && roleFromResource(resource);
  },
  Channel: async ({ loaders }, [serviceSid, sid]) => {
    const resource = await loaders.channel.load(serviceSid!, sid!);
    return resource && channelFromResource(resource);
  },
  Member: async ({ loaders }, [serviceSid, channelSid, sid]) => {
    const resource = await loaders.member.load(serviceSid!, channelSid!, sid!);
    return resource && memberFromResource(resource);
  },
  Message: async ({ loaders }, [serviceSid, channelSid, sid]) => {
    const resource = await loaders.message.load(serviceSid!, channelSid!, sid!);
    return resource && messageFromResource(resource);
  },
  Invite: async ({ loaders }, [serviceSid, channelSid, sid]) => {
    const resource = await loaders.invite.load(serviceSid!, channelSid!, sid!);
    return resource && inviteFromResource(resource);
  },
  ChannelWebhook: async ({ loaders }, [serviceSid, channelSid, sid]) => {
    const resource = await loaders.channelWebhook.load(serviceSid!, channelSid!, sid!);
    return resource && channelWebhookFromResource(resource);
  },
  User: async ({ loaders }, [serviceSid, sid]) => {
    const resource = await loaders.user.load(serviceSid!, sid!);
    return resource && userFromResource(resource);
  },
  UserChannel: async ({ loaders }, [serviceSid, userSid, channelSid]) => {
    const resource = await loaders.userChannel.load(serviceSid!, userSid!, channelSid!);
    return resource && userChannelFromResource(resource);
  },
  Binding: async ({ loaders }, [serviceSid, sid]) => {
    const resource = await loaders.binding.load(serviceSid!, sid!);
    return resource && bindingFromResource(resource);
  },
  Credential: async ({ loaders }, [sid]) => {
    const resource = await loaders.credential.load(sid!);
    return resource && credentialFromResource(resource);
  },
};

async function loadNode(context: GraphQLContext, id: string, argument: string): Promise<Node | null> {
  const target = targetOf(id, argument);
  const load = NODE_LOADERS[target.type];
  if (!load) throw badUserInput(`"${id}" is not an id chatql issued`, argument);
  try {
    return await load(context, target.keys);
  } catch (error) {
    return rethrowUpstream(error);
  }
}
