import { Connection } from "../connection/connection.type.js";
import { Channel } from "./channel.type.js";

export const ChannelConnection = Connection(Channel, "Channel");
export type ChannelConnection = InstanceType<typeof ChannelConnection>;
