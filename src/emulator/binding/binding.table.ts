// SQL for push bindings, listed by service and by user: statements prepared once, no rules.

import type Database from "better-sqlite3";
import { ScopedTable, type ServiceKey } from "../store/table.js";
import type { Tombstones } from "../store/tombstones.js";

export type BindingType = "gcm" | "apn" | "fcm";

export interface BindingRow {
  id: number;
  sid: string;
  account_sid: string;
  service_sid: string;
  user_sid: string;
  identity: string;
  credential_sid: string | null;
  binding_type: BindingType;
  endpoint: string;
  message_types: string[];
  date_created: string;
  date_updated: string;
}

export type NewBinding = Omit<BindingRow, "id">;

const COLUMNS = [
  "sid",
  "account_sid",
  "service_sid",
  "user_sid",
  "identity",
  "credential_sid",
  "binding_type",
  "endpoint",
  "message_types",
  "date_created",
  "date_updated",
];

export class BindingTable extends ScopedTable<BindingRow, NewBinding, ServiceKey> {
  /** A service's bindings, filterable by binding type and identity. */
  readonly byService = this.keyset({ scope: ["account_sid", "service_sid"], filters: ["binding_type", "identity"] });
  /** A user's bindings, filterable by binding type. */
  readonly byUser = this.keyset({ scope: ["account_sid", "user_sid"], filters: ["binding_type"] });
  readonly getOfUser = this.lookup<[accountSid: string, userSid: string, sid: string]>(["account_sid", "user_sid", "sid"]);
  readonly allOfUser = this.every<[userSid: string]>(["user_sid"]);

  constructor(db: Database.Database, tombstones: Tombstones) {
    super(db, tombstones, { table: "bindings", scope: ["account_sid", "service_sid"], columns: COLUMNS, json: ["message_types"] });
  }
}
