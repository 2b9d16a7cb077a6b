import { Connection } from "../connection/connection.type.js";
import { Invite } from "./invite.type.js";

export const InviteConnection = Connection(Invite, "Invite");
export type InviteConnection = InstanceType<typeof InviteConnection>;
