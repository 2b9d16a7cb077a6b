import { Connection } from "../connection/connection.type.js";
import { Credential } from "./credential.type.js";

export const CredentialConnection = Connection(Credential, "Credential");
export type CredentialConnection = InstanceType<typeof CredentialConnection>;
