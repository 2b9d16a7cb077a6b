// SQL for messages: statements prepared once, no business rules (see message.model.ts).

import type Database from "better-sqlite3";
import { UpdatableTable, type ChannelKey } from "../store/table.js";
import type { Tombstones } from "../store/tombstones.js";

export interface MessageRow {
  id: number;
  sid: string;
  account_sid: string;
  service_sid: string;
  channel_sid: string;
  index: number;
  /** The wire's `from`: the author's identity, or "system". */
  author: string;
  body: string | null;
  attributes: string;
  media_sid: string | null;
  last_updated_by: string | null;
  was_edited: boolean;
  date_created: string;
  date_updated: string;
}

export type NewMessage = Omit<MessageRow, "id">;

const COLUMNS = [
  "sid",
  "account_sid",
  "service_sid",
  "channel_sid",
  "index",
  "author",
  "body",
  "attributes",
  "media_sid",
  "last_updated_by",
  "was_edited",
  "date_created",
  "date_updated",
];

export class MessageTable extends UpdatableTable<MessageRow, NewMessage, ChannelKey> {
  /** A channel's messages in index order (or its reverse). */
  readonly list = this.keyset({ scope: ["account_sid", "channel_sid"] });

  constructor(db: Database.Database, tombstones: Tombstones) {
    const shape = { table: "messages", scope: ["account_sid", "channel_sid"], columns: COLUMNS, flags: ["was_edited"] };
    super(db, tombstones, shape, ["author", "body", "attributes", "last_updated_by", "was_edited", "date_created", "date_updated"]);
  }
}
