import { Connection } from "../connection/connection.type.js";
import { Binding } from "./binding.type.js";

export const BindingConnection = Connection(Binding, "Binding");
export type BindingConnection = InstanceType<typeof BindingConnection>;
