// SQL for roles: statements prepared once, no business rules.

import type Database from "better-sqlite3";
import type { RoleType } from "../../twilio/resources.js";
import { KeysetList } from "../store/keyset.js";
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

type RawRole = Omit<RoleRow, "permissions"> & { permissions: string };
const decode = (r: RawRole): RoleRow => ({ ...r, permissions: JSON.parse(r.permissions) as string[] });

export class RoleTable {
  /** A service's roles, in creation order. */
  readonly list: KeysetList<RoleRow>;
  private readonly insertRow: Database.Statement;
  private readonly bySid: Database.Statement;
  private readonly updatePermissions: Database.Statement;
  private readonly deleteRow: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly tombstones: Tombstones,
  ) {
    this.list = new KeysetList(db, { table: "roles", scope: ["account_sid", "service_sid"] }, decode, tombstones);
    this.insertRow = db.prepare(
      `INSERT INTO roles (sid, account_sid, service_sid, friendly_name, type, permissions, date_created, date_updated)
       VALUES (@sid, @account_sid, @service_sid, @friendly_name, @type, @permissions, @date_created, @date_updated)`,
    );
    this.bySid = db.prepare(`SELECT * FROM roles WHERE account_sid = ? AND service_sid = ? AND sid = ?`);
    this.updatePermissions = db.prepare(`UPDATE roles SET permissions = ?, date_updated = ? WHERE id = ?`);
    this.deleteRow = db.prepare(`DELETE FROM roles WHERE id = ?`);
  }

  insert(row: Omit<RoleRow, "id">): RoleRow {
    this.insertRow.run({ ...row, permissions: JSON.stringify(row.permissions) });
    return this.get(row.account_sid, row.service_sid, row.sid)!;
  }

  get(accountSid: string, serviceSid: string, sid: string): RoleRow | undefined {
    const raw = this.bySid.get(accountSid, serviceSid, sid) as RawRole | undefined;
    return raw && decode(raw);
  }

  setPermissions(row: RoleRow, permissions: readonly string[], now: string): RoleRow {
    this.updatePermissions.run(JSON.stringify(permissions), now, row.id);
    return this.get(row.account_sid, row.service_sid, row.sid)!;
  }

  delete(row: RoleRow): void {
    this.deleteRow.run(row.id);
    this.tombstones.bury(row.sid, row.id, [row.service_sid], row.service_sid);
  }
}
