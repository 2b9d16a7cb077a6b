import { Connection } from "../connection/connection.type.js";
import { UserChannel } from "./user-channel.type.js";

export const UserChannelConnection = Connection(UserChannel, "UserChannel");
export type UserChannelConnection = InstanceType<typeof UserChannelConnection>;
