import { Connection } from "../connection/connection.type.js";
import { Message } from "./message.type.js";

export const MessageConnection = Connection(Message, "Message");
export type MessageConnection = InstanceType<typeof MessageConnection>;
