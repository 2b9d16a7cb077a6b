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

/** A membership as its user sees it (a User Channel). */
export interface UserChannelRow extends MemberRow {
  /** Computed: messages after the last consumed one; null while the member has consumed none. */
  unread_messages_count: number | null;
  /** Computed: the channel's newest message, if any. */
  last_message_sid: string | null;
}

// The Chat SDK's getUnconsumedMessagesCount() is null until a consumption horizon is set; the
// count is the messages whose index lies beyond it.
const USER_CHANNEL_SELECT = `members.*,
  CASE WHEN members.last_consumed_message_index IS NULL THEN NULL ELSE (
    SELECT COUNT(*) FROM messages
    WHERE messages.channel_sid = members.channel_sid AND messages."index" > members.last_consumed_message_index
  ) END AS unread_messages_count,
  (SELECT sid FROM messages WHERE messages.channel_sid = members.channel_sid ORDER BY messages.id DESC LIMIT 1) AS last_message_sid`;

const COLUMNS = [
  "sid",
  "account_sid",
  "service_sid",
  "channel_sid",
  "user_sid",
  "identity",
  "role_sid",
  "last_consumed_message_index",
  "last_consumption_timestamp",
  "attributes",
  "notification_level",
  "date_created",
  "date_updated",
];

export class MemberTable {
  /** A channel's members in the order they joined, filterable by identity. */
  readonly byChannel: KeysetList<MemberRow>;
  /** A user's memberships in the order they were made, as User Channels. */
  readonly byUser: KeysetList<UserChannelRow>;
  private readonly insertRow: Database.Statement;
  private readonly bySid: Database.Statement;
  private readonly byIdentity: Database.Statement;
  private readonly ofUserInChannel: Database.Statement;
  private readonly userChannelOf: Database.Statement;
  private readonly updateRow: Database.Statement;
  private readonly deleteRow: Database.Statement;
  private readonly inChannel: Database.Statement;
  private readonly ofUser: Database.Statement;
  private readonly countInChannel: Database.Statement;
  private readonly countOfUser: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly tombstones: Tombstones,
  ) {
    const decode = (r: MemberRow) => r;
    const channelShape = { table: "members", scope: ["account_sid", "channel_sid"], filters: ["identity"] };
    this.byChannel = new KeysetList(db, channelShape, decode, tombstones);
    const userShape = { table: "members", scope: ["account_sid", "user_sid"], select: USER_CHANNEL_SELECT };
    this.byUser = new KeysetList(db, userShape, (r: UserChannelRow) => r, tombstones);
    this.insertRow = prepareInsert(db, "members", COLUMNS);
    this.bySid = db.prepare(`SELECT * FROM members WHERE account_sid = ? AND channel_sid = ? AND sid = ?`);
    this.byIdentity = db.prepare(`SELECT * FROM members WHERE account_sid = ? AND channel_sid = ? AND identity = ?`);
    this.ofUserInChannel = db.prepare(`SELECT * FROM members WHERE account_sid = ? AND user_sid = ? AND channel_sid = ?`);
    this.userChannelOf = db.prepare(
      `SELECT ${USER_CHANNEL_SELECT} FROM members WHERE members.account_sid = ? AND members.user_sid = ? AND members.channel_sid = ?`,
    );
    this.updateRow = prepareUpdate(db, "members", [
      "role_sid",
      "last_consumed_message_index",
      "last_consumption_timestamp",
      "attributes",
      "notification_level",
      "date_created",
      "date_updated",
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

  /** The membership of a user in a channel as a User Channel, if any. */
  userChannel(accountSid: string, userSid: string, channelSid: string): UserChannelRow | undefined {
    return this.userChannelOf.get(accountSid, userSid, channelSid) as UserChannelRow | undefined;
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
