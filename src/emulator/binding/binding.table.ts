// SQL for push bindings, listed by service and by user: statements prepared once, no rules.

import type Database from "better-sqlite3";
import { KeysetList } from "../store/keyset.js";
import { prepareInsert } from "../store/statements.js";
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

type RawBinding = Omit<BindingRow, "message_types"> & { message_types: string };
const decode = (r: RawBinding): BindingRow => ({ ...r, message_types: JSON.parse(r.message_types) as string[] });

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

export class BindingTable {
  /** A service's bindings, filterable by binding type and identity. */
  readonly byService: KeysetList<BindingRow>;
  /** A user's bindings, filterable by binding type. */
  readonly byUser: KeysetList<BindingRow>;
  private readonly insertRow: Database.Statement;
  private readonly inService: Database.Statement;
  private readonly ofUserBySid: Database.Statement;
  private readonly ofUser: Database.Statement;
  private readonly deleteRow: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly tombstones: Tombstones,
  ) {
    const service = { table: "bindings", scope: ["account_sid", "service_sid"], filters: ["binding_type", "identity"] };
    this.byService = new KeysetList(db, service, decode, tombstones);
    const user = { table: "bindings", scope: ["account_sid", "user_sid"], filters: ["binding_type"] };
    this.byUser = new KeysetList(db, user, decode, tombstones);
    this.insertRow = prepareInsert(db, "bindings", COLUMNS);
    this.inService = db.prepare(`SELECT * FROM bindings WHERE account_sid = ? AND service_sid = ? AND sid = ?`);
    this.ofUserBySid = db.prepare(`SELECT * FROM bindings WHERE account_sid = ? AND user_sid = ? AND sid = ?`);
    this.ofUser = db.prepare(`SELECT * FROM bindings WHERE user_sid = ? ORDER BY id`);
    this.deleteRow = db.prepare(`DELETE FROM bindings WHERE id = ?`);
  }

  insert(row: NewBinding): BindingRow {
    this.insertRow.run({ ...row, message_types: JSON.stringify(row.message_types) });
    return this.get(row.account_sid, row.service_sid, row.sid)!;
  }

  get(accountSid: string, serviceSid: string, sid: string): BindingRow | undefined {
    const raw = this.inService.get(accountSid, serviceSid, sid) as RawBinding | undefined;
    return raw && decode(raw);
  }

  getOfUser(accountSid: string, userSid: string, sid: string): BindingRow | undefined {
    const raw = this.ofUserBySid.get(accountSid, userSid, sid) as RawBinding | undefined;
    return raw && decode(raw);
  }

  allOfUser(userSid: string): BindingRow[] {
    return (this.ofUser.all(userSid) as RawBinding[]).map(decode);
  }

  /** Deletes the row, keeping its place in both lists it was in. */
  delete(row: BindingRow): void {
    this.deleteRow.run(row.id);
    this.tombstones.bury(row.sid, row.id, [row.service_sid, row.user_sid], row.service_sid);
  }
}
