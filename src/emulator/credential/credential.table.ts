// SQL for account-level push credentials: statements prepared once, no rules. The secrets are a
// column of their own that no render function reads.

import type Database from "better-sqlite3";
import { KeysetList } from "../store/keyset.js";
import { prepareInsert, prepareUpdate } from "../store/statements.js";
import type { Tombstones } from "../store/tombstones.js";

export type PushService = "gcm" | "apn" | "fcm";

/** Write-only: stored for the push service, never part of a response. */
export interface CredentialSecrets {
  certificate?: string;
  private_key?: string;
  api_key?: string;
  secret?: string;
}

export interface CredentialRow {
  id: number;
  sid: string;
  account_sid: string;
  friendly_name: string | null;
  type: PushService;
  /** APN only; null for the others. */
  sandbox: boolean | null;
  secrets: CredentialSecrets;
  date_created: string;
  date_updated: string;
}

export type NewCredential = Omit<CredentialRow, "id">;

type RawCredential = Omit<CredentialRow, "sandbox" | "secrets"> & { sandbox: number | null; secrets: string };
const decode = (r: RawCredential): CredentialRow => ({
  ...r,
  sandbox: r.sandbox === null ? null : r.sandbox === 1,
  secrets: JSON.parse(r.secrets) as CredentialSecrets,
});
const encode = <T extends Pick<CredentialRow, "sandbox" | "secrets">>(r: T) => ({
  ...r,
  sandbox: r.sandbox === null ? null : r.sandbox ? 1 : 0,
  secrets: JSON.stringify(r.secrets),
});

const COLUMNS = ["sid", "account_sid", "friendly_name", "type", "sandbox", "secrets", "date_created", "date_updated"];

export class CredentialTable {
  /** An account's credentials, in creation order. */
  readonly list: KeysetList<CredentialRow>;
  private readonly insertRow: Database.Statement;
  private readonly bySid: Database.Statement;
  private readonly updateRow: Database.Statement;
  private readonly deleteRow: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly tombstones: Tombstones,
  ) {
    this.list = new KeysetList(db, { table: "credentials", scope: ["account_sid"] }, decode, tombstones);
    this.insertRow = prepareInsert(db, "credentials", COLUMNS);
    this.bySid = db.prepare(`SELECT * FROM credentials WHERE account_sid = ? AND sid = ?`);
    this.updateRow = prepareUpdate(db, "credentials", ["friendly_name", "sandbox", "secrets", "date_updated"]);
    this.deleteRow = db.prepare(`DELETE FROM credentials WHERE id = ?`);
  }

  insert(row: NewCredential): CredentialRow {
    this.insertRow.run(encode(row));
    return this.get(row.account_sid, row.sid)!;
  }

  get(accountSid: string, sid: string): CredentialRow | undefined {
    const raw = this.bySid.get(accountSid, sid) as RawCredential | undefined;
    return raw && decode(raw);
  }

  update(row: CredentialRow): CredentialRow {
    this.updateRow.run(encode(row));
    return this.get(row.account_sid, row.sid)!;
  }

  delete(row: CredentialRow): void {
    this.deleteRow.run(row.id);
    this.tombstones.bury(row.sid, row.id, [row.account_sid], null);
  }
}
