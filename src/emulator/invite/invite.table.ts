// SQL for invites: statements prepared once, no business rules (see invite.model.ts).

import type Database from "better-sqlite3";
import { KeysetList } from "../store/keyset.js";
import { prepareInsert } from "../store/statements.js";
import type { Tombstones } from "../store/tombstones.js";

export interface InviteRow {
  id: number;
  sid: string;
  account_sid: string;
  service_sid: string;
  channel_sid: string;
  identity: string;
  role_sid: string | null;
  created_by: string | null;
  date_created: string;
  date_updated: string;
}

export type NewInvite = Omit<InviteRow, "id">;

const COLUMNS = ["sid", "account_sid", "service_sid", "channel_sid", "identity", "role_sid", "created_by", "date_created", "date_updated"];

export class InviteTable {
  /** A channel's invites in creation order, filterable by identity. */
  readonly list: KeysetList<InviteRow>;
  private readonly insertRow: Database.Statement;
  private readonly bySid: Database.Statement;
  private readonly byIdentity: Database.Statement;
  private readonly deleteRow: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly tombstones: Tombstones,
  ) {
    const shape = { table: "invites", scope: ["account_sid", "channel_sid"], filters: ["identity"] };
    this.list = new KeysetList(db, shape, (r: InviteRow) => r, tombstones);
    this.insertRow = prepareInsert(db, "invites", COLUMNS);
    this.bySid = db.prepare(`SELECT * FROM invites WHERE account_sid = ? AND channel_sid = ? AND sid = ?`);
    this.byIdentity = db.prepare(`SELECT * FROM invites WHERE account_sid = ? AND channel_sid = ? AND identity = ?`);
    this.deleteRow = db.prepare(`DELETE FROM invites WHERE id = ?`);
  }

  insert(row: NewInvite): InviteRow {
    this.insertRow.run(row);
    return this.get(row.account_sid, row.channel_sid, row.sid)!;
  }

  get(accountSid: string, channelSid: string, sid: string): InviteRow | undefined {
    return this.bySid.get(accountSid, channelSid, sid) as InviteRow | undefined;
  }

  withIdentity(accountSid: string, channelSid: string, identity: string): InviteRow | undefined {
    return this.byIdentity.get(accountSid, channelSid, identity) as InviteRow | undefined;
  }

  delete(row: InviteRow): void {
    this.deleteRow.run(row.id);
    this.tombstones.bury(row.sid, row.id, [row.channel_sid], row.service_sid);
  }
}
