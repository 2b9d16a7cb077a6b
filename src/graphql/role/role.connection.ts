import { Connection } from "../connection/connection.type.js";
import { Role } from "./role.type.js";

export const RoleConnection = Connection(Role, "Role");
export type RoleConnection = InstanceType<typeof RoleConnection>;
