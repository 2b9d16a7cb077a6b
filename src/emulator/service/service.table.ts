// SQL for services: statements prepared once, no business rules (see service.model.ts).

import type Database from "better-sqlite3";
import { KeysetList } from "../store/keyset.js";
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

type RawService = Omit<ServiceRow, "settings"> & { settings: string };
const decode = (r: RawService): ServiceRow => ({ ...r, settings: JSON.parse(r.settings) as ServiceSettings });

export class ServiceTable {
  /** An account's services, in creation order. */
  readonly list: KeysetList<ServiceRow>;
  private readonly insertRow: Database.Statement;
  private readonly bySid: Database.Statement;
  private readonly updateRow: Database.Statement;
  private readonly deleteRow: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly tombstones: Tombstones,
  ) {
    this.list = new KeysetList(db, { table: "services", scope: ["account_sid"] }, decode, tombstones);
    this.insertRow = db.prepare(
      `INSERT INTO services (sid, account_sid, friendly_name, date_created, date_updated, settings)
       VALUES (@sid, @account_sid, @friendly_name, @date_created, @date_updated, @settings)`,
    );
    this.bySid = db.prepare(`SELECT * FROM services WHERE account_sid = ? AND sid = ?`);
    this.updateRow = db.prepare(
      `UPDATE services SET friendly_name = @friendly_name, settings = @settings, date_updated = @date_updated WHERE id = @id`,
    );
    this.deleteRow = db.prepare(`DELETE FROM services WHERE id = ?`);
  }

  insert(row: Omit<ServiceRow, "id">): ServiceRow {
    this.insertRow.run({ ...row, settings: JSON.stringify(row.settings) });
    return this.get(row.account_sid, row.sid)!;
  }

  get(accountSid: string, sid: string): ServiceRow | undefined {
    const raw = this.bySid.get(accountSid, sid) as RawService | undefined;
    return raw && decode(raw);
  }

  /** Writes the name, settings and date_updated of `row`. */
  update(row: ServiceRow): ServiceRow {
    this.updateRow.run({ ...row, settings: JSON.stringify(row.settings) });
    return this.get(row.account_sid, row.sid)!;
  }

  /** Deletes the row (its children go by ON DELETE CASCADE) and keeps its place for page tokens. */
  delete(row: ServiceRow): void {
    this.deleteRow.run(row.id);
    this.tombstones.bury(row.sid, row.id, [row.account_sid], null);
  }
}
