// SQL for services: statements prepared once, no business rules (see service.model.ts).

import type Database from "better-sqlite3";
import { UpdatableTable, type AccountKey } from "../store/table.js";
import type { Tombstones } from "../store/tombstones.js";
import type { ServiceSettings } from "./service.defaults.js";

export interface ServiceRow {
  id: number;
  sid: string;
  account_sid: string;
  friendly_name: string;
  date_created: string;
  date_updated: string;
  settings: ServiceSettings;
}

const COLUMNS = ["sid", "account_sid", "friendly_name", "date_created", "date_updated", "settings"];

export class ServiceTable extends UpdatableTable<ServiceRow, Omit<ServiceRow, "id">, AccountKey> {
  /** An account's services, in creation order. */
  readonly list = this.keyset({ scope: ["account_sid"] });

  // A delete takes the service's children along by ON DELETE CASCADE.
  constructor(db: Database.Database, tombstones: Tombstones) {
    const shape = { table: "services", scope: ["account_sid"], columns: COLUMNS, json: ["settings"] };
    super(db, tombstones, shape, ["friendly_name", "settings", "date_updated"]);
  }
}
