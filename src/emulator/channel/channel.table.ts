// SQL for channels: statements prepared once, no business rules (see channel.model.ts).

import type Database from "better-sqlite3";
import { KeysetList } from "../store/keyset.js";
import { prepareInsert, prepareUpdate } from "../store/statements.js";
import type { Tombstones } from "../store/tombstones.js";

export type ChannelType = "public" | "private";

export interface ChannelRow {
  id: number;
  sid: string;
  account_sid: string;
  service_sid: string;
  friendly_name: string | null;
  unique_name: string | null;
  attributes: string;
  type: ChannelType;
  created_by: string;
  date_created: string;
  date_updated: string;
  /** The index the next message gets; indexes are never reused. */
  next_message_index: number;
  /** Computed from the member and message rows. */
  members_count: number;
  messages_count: number;
  /** Computed: the newest message, if any. */
  last_message_sid: string | null;
}

export type NewChannel = Omit<ChannelRow, "id" | "next_message_index" | "members_count" | "messages_count" | "last_message_sid">;

const COLUMNS = [
  "sid",
  "account_sid",
  "service_sid",
  "friendly_name",
  "unique_name",
  "attributes",
  "type",
  "created_by",
  "date_created",
  "date_updated",
];
const SELECT = `channels.*,
  (SELECT COUNT(*) FROM members WHERE members.channel_sid = channels.sid) AS members_count,
  (SELECT COUNT(*) FROM messages WHERE messages.channel_sid = channels.sid) AS messages_count,
  (SELECT sid FROM messages WHERE messages.channel_sid = channels.sid ORDER BY messages.id DESC LIMIT 1) AS last_message_sid`;

export class ChannelTable {
  /** A service's channels in creation order, filterable by type. */
  readonly list: KeysetList<ChannelRow>;
  private readonly insertRow: Database.Statement;
  private readonly bySid: Database.Statement;
  private readonly byUniqueName: Database.Statement;
  private readonly updateRow: Database.Statement;
  private readonly nextIndex: Database.Statement;
  private readonly deleteRow: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly tombstones: Tombstones,
  ) {
    const shape = { table: "channels", scope: ["account_sid", "service_sid"], filters: ["type"], select: SELECT };
    this.list = new KeysetList(db, shape, (r: ChannelRow) => r, tombstones);
    const where = `channels.account_sid = ? AND channels.service_sid = ?`;
    this.insertRow = prepareInsert(db, "channels", COLUMNS);
    this.bySid = db.prepare(`SELECT ${SELECT} FROM channels WHERE ${where} AND channels.sid = ?`);
    this.byUniqueName = db.prepare(`SELECT ${SELECT} FROM channels WHERE ${where} AND channels.unique_name = ?`);
    this.updateRow = prepareUpdate(db, "channels", [
      "friendly_name",
      "unique_name",
      "attributes",
      "created_by",
      "date_created",
      "date_updated",
    ]);
    this.nextIndex = db
      .prepare(`UPDATE channels SET next_message_index = next_message_index + 1 WHERE id = ? RETURNING next_message_index - 1`)
      .pluck();
    this.deleteRow = db.prepare(`DELETE FROM channels WHERE id = ?`);
  }

  insert(row: NewChannel): ChannelRow {
    this.insertRow.run(row);
    return this.get(row.account_sid, row.service_sid, row.sid)!;
  }

  get(accountSid: string, serviceSid: string, sid: string): ChannelRow | undefined {
    return this.bySid.get(accountSid, serviceSid, sid) as ChannelRow | undefined;
  }

  withUniqueName(accountSid: string, serviceSid: string, uniqueName: string): ChannelRow | undefined {
    return this.byUniqueName.get(accountSid, serviceSid, uniqueName) as ChannelRow | undefined;
  }

  /** Writes the names, attributes, creator and dates of `row`. */
  update(row: ChannelRow): ChannelRow {
    this.updateRow.run(row);
    return this.get(row.account_sid, row.service_sid, row.sid)!;
  }

  /** Takes the channel's next message index (0, 1, 2, …), so no two messages ever share one. */
  takeMessageIndex(row: ChannelRow): number {
    return this.nextIndex.get(row.id) as number;
  }

  /** Deletes the row; members, messages, invites and webhooks go by ON DELETE CASCADE. */
  delete(row: ChannelRow): void {
    this.deleteRow.run(row.id);
    this.tombstones.bury(row.sid, row.id, [row.service_sid], row.service_sid);
  }
}
