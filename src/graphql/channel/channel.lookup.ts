import { CHANNEL_SID_PATTERN } from "../../sids.js";
import type { GraphQLContext } from "../context.js";
import { notFound, rethrowUpstream } from "../errors/error.mapping.js";
import { channelFromResource } from "./channel.mapper.js";
import type { Channel } from "./channel.type.js";
import { mappedOnce } from "../node/service-resource.mapper.js";

const channelFrom = mappedOnce(channelFromResource);

/** The channel a SID or unique name names in a service; null when there is none. */
export async function channelOf({ loaders }: GraphQLContext, serviceSid: string, sidOrUniqueName: string): Promise<Channel | null> {
  const resource = await loaders.channel.load(serviceSid, sidOrUniqueName).catch(rethrowUpstream);
  return resource && channelFrom(resource);
}

/** A channel's SID when it was named by unique name (one fetch, shared through the loader); NOT_FOUND when there is none. */
export async function channelSidOf(context: GraphQLContext, serviceSid: string, sidOrUniqueName: string): Promise<string> {
  if (CHANNEL_SID_PATTERN.test(sidOrUniqueName)) return sidOrUniqueName;
  const channel = await channelOf(context, serviceSid, sidOrUniqueName);
  if (!channel) throw notFound(`No channel ${sidOrUniqueName} in service ${serviceSid}`);
  return channel.sid;
}
