// The emulator's persistence: one SQLite database (WAL), one table object per family holding its
// prepared statements. Business rules (what else a write implies) live in the families' models,
// which group their writes with `transaction`.

import type Database from "better-sqlite3";
import { RoleTable } from "../role/role.table.js";
import { ServiceTable } from "../service/service.table.js";
import { closeDatabase, openDatabase } from "./database.js";
import { Tombstones } from "./tombstones.js";

export class Store {
  private readonly db: Database.Database;
  readonly tombstones: Tombstones;
  readonly services: ServiceTable;
  readonly roles: RoleTable;

  /** `file`: a SQLite file path, or ":memory:". */
  constructor(file: string) {
    this.db = openDatabase(file);
    this.tombstones = new Tombstones(this.db);
    this.services = new ServiceTable(this.db, this.tombstones);
    this.roles = new RoleTable(this.db, this.tombstones);
  }

  /** Runs `fn` as one transaction: all of its writes happen, or none (a throw rolls back). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  close(): void {
    closeDatabase(this.db);
  }
}
