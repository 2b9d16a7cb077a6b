// SQL for channels: statements prepared once, no business rules (see channel.model.ts).

import type Database from "better-sqlite3";
import { UpdatableTable, type ServiceKey } from "../store/table.js";
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

export class ChannelTable extends UpdatableTable<ChannelRow, NewChannel, ServiceKey> {
  /** A service's channels in creation order, filterable by type. */
  readonly list = this.keyset({ scope: ["account_sid", "service_sid"], filters: ["type"] });
  readonly withUniqueName = this.lookup<[accountSid: string, serviceSid: string, uniqueName: string]>([
    "account_sid",
    "service_sid",
    "unique_name",
  ]);
  private readonly nextIndex: Database.Statement;

  constructor(db: Database.Database, tombstones: Tombstones) {
    const shape = { table: "channels", scope: ["account_sid", "service_sid"], columns: COLUMNS, select: SELECT };
    super(db, tombstones, shape, ["friendly_name", "unique_name", "attributes", "created_by", "date_created", "date_updated"]);
    this.nextIndex = db
      .prepare(`UPDATE channels SET next_message_index = next_message_index + 1 WHERE id = ? RETURNING next_message_index - 1`)
      .pluck();
  }

  /** Takes the channel's next message index (0, 1, 2, …), so no two messages ever share one. */
  takeMessageIndex(row: ChannelRow): number {
    return this.nextIndex.get(row.id) as number;
  }
}
