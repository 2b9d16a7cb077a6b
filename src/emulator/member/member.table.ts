// SQL for memberships, which Twilio shows twice: as a channel's Members and as a user's Channels.
// Statements prepared once, no business rules (see member.model.ts).

import type Database from "better-sqlite3";
import { KeysetList } from "../store/keyset.js";
import { prepareInsert, prepareUpdate } from "../store/statements.js";
import type { Tombstones } from "../store/tombstones.js";

export type NotificationLevel = "default" | "muted";

export interface MemberRow {
  id: number;
  sid: string;
  account_sid: string;
  service_sid: string;
  channel_sid: string;
  user_sid: string;
  identity: string;
  role_sid: string | null;
  last_consumed_message_index: number | null;
  last_consumption_timestamp: string | null;
  attributes: string;
  notification_level: NotificationLevel;
  date_created: string;
  date_updated: string;
}

export type NewMember = Omit<MemberRow, "id">;

const COLUMNS = [
  "sid", "account_sid", "service_sid", "channel_sid", "user_sid", "identity", "role_sid", "last_consumed_message_index",
  "last_consumption_timestamp", "attributes", "notification_level", "date_created", "date_updated",
];

export class MemberTable {
  /** A channel's members in the order they joined, filterable by identity. */
  readonly byChannel: KeysetList<MemberRow>;
  /** A user's memberships in the order they were made. */
  readonly byUser: KeysetList<MemberRow>;
  private readonly insertRow: Database.Statement;
  private readonly bySid: Database.Statement;
  private readonly byIdentity: Database.Statement;
  private readonly ofUserInChannel: Database.Statement;
  private readonly updateRow: Database.Statement;
  private readonly deleteRow: Database.Statement;
  private readonly inChannel: Database.Statement;
  private readonly ofUser: Database.Statement;
  private readonly countInChannel: Database.Statement;
  private readonly countOfUser: Database.Statement;

  constructor(db: Database.Database, private readonly tombstones: Tombstones) {
    const decode = (r: MemberRow) => r;
    const channelShape = { table: "members", scope: ["account_sid", "channel_sid"], filters: ["identity"] };
    this.byChannel = new KeysetList(db, channelShape, decode, tombstones);
    this.byUser = new KeysetList(db, { table: "members", scope: ["account_sid", "user_sid"] }, decode, tombstones);
    this.insertRow = prepareInsert(db, "members", COLUMNS);
    this.bySid = db.prepare(`SELECT * FROM members WHERE account_sid = ? AND channel_sid = ? AND sid = ?`);
    this.byIdentity = db.prepare(`SELECT * FROM members WHERE account_sid = ? AND channel_sid = ? AND identity = ?`);
    this.ofUserInChannel = db.prepare(`SELECT * FROM members WHERE account_sid = ? AND user_sid = ? AND channel_sid = ?`);
    this.updateRow = prepareUpdate(db, "members", [
      "role_sid", "last_consumed_message_index", "last_consumption_timestamp", "attributes", "notification_level",
      "date_created", "date_updated",
    ]);
    this.deleteRow = db.prepare(`DELETE FROM members WHERE id = ?`);
    this.inChannel = db.prepare(`SELECT * FROM members WHERE channel_sid = ? ORDER BY id`);
    this.ofUser = db.prepare(`SELECT * FROM members WHERE user_sid = ? ORDER BY id`);
    this.countInChannel = db.prepare(`SELECT COUNT(*) FROM members WHERE channel_sid = ?`).pluck();
    this.countOfUser = db.prepare(`SELECT COUNT(*) FROM members WHERE user_sid = ?`).pluck();
  }

  insert(row: NewMember): MemberRow {
    this.insertRow.run(row);
    return this.get(row.account_sid, row.channel_sid, row.sid)!;
  }

  get(accountSid: string, channelSid: string, sid: string): MemberRow | undefined {
    return this.bySid.get(accountSid, channelSid, sid) as MemberRow | undefined;
  }

  withIdentity(accountSid: string, channelSid: string, identity: string): MemberRow | undefined {
    return this.byIdentity.get(accountSid, channelSid, identity) as MemberRow | undefined;
  }

  /** The membership of a user in a channel, if any. */
  ofUserIn(accountSid: string, userSid: string, channelSid: string): MemberRow | undefined {
    return this.ofUserInChannel.get(accountSid, userSid, channelSid) as MemberRow | undefined;
  }

  update(row: MemberRow): MemberRow {
    this.updateRow.run(row);
    return this.get(row.account_sid, row.channel_sid, row.sid)!;
  }

  /** Deletes the row, keeping its place in both lists it was in. */
  delete(row: MemberRow): void {
    this.deleteRow.run(row.id);
    this.tombstones.bury(row.sid, row.id, [row.channel_sid, row.user_sid], row.service_sid);
  }

  allInChannel(channelSid: string): MemberRow[] {
    return this.inChannel.all(channelSid) as MemberRow[];
  }

  allOfUser(userSid: string): MemberRow[] {
    return this.ofUser.all(userSid) as MemberRow[];
  }

  countIn(channelSid: string): number {
    return this.countInChannel.get(channelSid) as number;
  }

  countOf(userSid: string): number {
    return this.countOfUser.get(userSid) as number;
  }
}
