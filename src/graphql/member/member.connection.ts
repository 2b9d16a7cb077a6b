import { Connection } from "../connection/connection.type.js";
import { Member } from "./member.type.js";

export const MemberConnection = Connection(Member, "Member");
export type MemberConnection = InstanceType<typeof MemberConnection>;
