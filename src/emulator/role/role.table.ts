// SQL for roles: statements prepared once, no business rules.

import type Database from "better-sqlite3";
import type { RoleType } from "../../twilio/resources.js";
import { UpdatableTable, type ServiceKey } from "../store/table.js";
import type { Tombstones } from "../store/tombstones.js";

export interface RoleRow {
  id: number;
  sid: string;
  account_sid: string;
  service_sid: string;
  friendly_name: string;
  type: RoleType;
  permissions: string[];
  date_created: string;
  date_updated: string;
}

const COLUMNS = ["sid", "account_sid", "service_sid", "friendly_name", "type", "permissions", "date_created", "date_updated"];

export class RoleTable extends UpdatableTable<RoleRow, Omit<RoleRow, "id">, ServiceKey> {
  /** A service's roles, in creation order. */
  readonly list = this.keyset({ scope: ["account_sid", "service_sid"] });

  constructor(db: Database.Database, tombstones: Tombstones) {
    const shape = { table: "roles", scope: ["account_sid", "service_sid"], columns: COLUMNS, json: ["permissions"] };
    super(db, tombstones, shape, ["permissions", "date_updated"]);
  }

  setPermissions(row: RoleRow, permissions: readonly string[], now: string): RoleRow {
    return this.update({ ...row, permissions: [...permissions], date_updated: now });
  }
}
