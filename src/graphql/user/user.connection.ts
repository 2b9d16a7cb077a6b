import { Connection } from "../connection/connection.type.js";
import { User } from "./user.type.js";

export const UserConnection = Connection(User, "User");
export type UserConnection = InstanceType<typeof UserConnection>;
