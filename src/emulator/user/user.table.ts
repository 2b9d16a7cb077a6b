// SQL for users: statements prepared once, no business rules (see user.model.ts).

import type Database from "better-sqlite3";
import { KeysetList } from "../store/keyset.js";
import { prepareInsert, prepareUpdate } from "../store/statements.js";
import type { Tombstones } from "../store/tombstones.js";

export interface UserRow {
  id: number;
  sid: string;
  account_sid: string;
  service_sid: string;
  identity: string;
  friendly_name: string | null;
  attributes: string;
  role_sid: string | null;
  date_created: string;
  date_updated: string;
  /** Whether the user is online; null if it has never been (set only by the emulator-only route). */
  online: boolean | null;
  /** Whether the user has ever had a push binding (is_notifiable is null until then). */
  had_binding: boolean;
  /** Computed: the channels the user is a member of. */
  joined_channels_count: number;
  /** Computed: the push bindings the user has now. */
  bindings_count: number;
}

export type NewUser = Omit<UserRow, "id" | "joined_channels_count" | "bindings_count" | "online" | "had_binding">;

type RawUser = Omit<UserRow, "online" | "had_binding"> & { online: number | null; had_binding: number };
const decode = (r: RawUser): UserRow => ({ ...r, online: r.online === null ? null : r.online === 1, had_binding: r.had_binding === 1 });
const encode = (r: UserRow) => ({ ...r, online: r.online === null ? null : r.online ? 1 : 0, had_binding: r.had_binding ? 1 : 0 });

const COLUMNS = [
  "sid",
  "account_sid",
  "service_sid",
  "identity",
  "friendly_name",
  "attributes",
  "role_sid",
  "date_created",
  "date_updated",
];
const SELECT = `users.*,
  (SELECT COUNT(*) FROM members WHERE members.user_sid = users.sid) AS joined_channels_count,
  (SELECT COUNT(*) FROM bindings WHERE bindings.user_sid = users.sid) AS bindings_count`;

export class UserTable {
  /** A service's users, in creation order. */
  readonly list: KeysetList<UserRow>;
  private readonly insertRow: Database.Statement;
  private readonly bySid: Database.Statement;
  private readonly byIdentity: Database.Statement;
  private readonly updateRow: Database.Statement;
  private readonly deleteRow: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly tombstones: Tombstones,
  ) {
    const where = `users.account_sid = ? AND users.service_sid = ?`;
    const shape = { table: "users", scope: ["account_sid", "service_sid"], select: SELECT };
    this.list = new KeysetList(db, shape, decode, tombstones);
    this.insertRow = prepareInsert(db, "users", COLUMNS);
    this.bySid = db.prepare(`SELECT ${SELECT} FROM users WHERE ${where} AND users.sid = ?`);
    this.byIdentity = db.prepare(`SELECT ${SELECT} FROM users WHERE ${where} AND users.identity = ?`);
    this.updateRow = prepareUpdate(db, "users", ["friendly_name", "attributes", "role_sid", "online", "had_binding", "date_updated"]);
    this.deleteRow = db.prepare(`DELETE FROM users WHERE id = ?`);
  }

  insert(row: NewUser): UserRow {
    this.insertRow.run(row);
    return this.get(row.account_sid, row.service_sid, row.sid)!;
  }

  get(accountSid: string, serviceSid: string, sid: string): UserRow | undefined {
    const raw = this.bySid.get(accountSid, serviceSid, sid) as RawUser | undefined;
    return raw && decode(raw);
  }

  withIdentity(accountSid: string, serviceSid: string, identity: string): UserRow | undefined {
    const raw = this.byIdentity.get(accountSid, serviceSid, identity) as RawUser | undefined;
    return raw && decode(raw);
  }

  /** Writes friendly_name, attributes, role_sid, online, had_binding and date_updated. */
  update(row: UserRow): UserRow {
    this.updateRow.run(encode(row));
    return this.get(row.account_sid, row.service_sid, row.sid)!;
  }

  /** Deletes the row (memberships and bindings go by ON DELETE CASCADE; see user.model.ts). */
  delete(row: UserRow): void {
    this.deleteRow.run(row.id);
    this.tombstones.bury(row.sid, row.id, [row.service_sid], row.service_sid);
  }
}
