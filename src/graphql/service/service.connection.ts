import { Connection } from "../connection/connection.type.js";
import { Service } from "./service.type.js";

export const ServiceConnection = Connection(Service, "Service");
export type ServiceConnection = InstanceType<typeof ServiceConnection>;
