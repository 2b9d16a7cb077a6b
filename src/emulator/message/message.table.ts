// SQL for messages: statements prepared once, no business rules (see message.model.ts).

import type Database from "better-sqlite3";
import { KeysetList } from "../store/keyset.js";
import { prepareInsert, prepareUpdate } from "../store/statements.js";
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

type RawMessage = Omit<MessageRow, "was_edited"> & { was_edited: number };
const decode = (r: RawMessage): MessageRow => ({ ...r, was_edited: r.was_edited === 1 });
const encode = <T extends { was_edited: boolean }>(r: T) => ({ ...r, was_edited: r.was_edited ? 1 : 0 });

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

export class MessageTable {
  /** A channel's messages in index order (or its reverse). */
  readonly list: KeysetList<MessageRow>;
  private readonly insertRow: Database.Statement;
  private readonly bySid: Database.Statement;
  private readonly updateRow: Database.Statement;
  private readonly deleteRow: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly tombstones: Tombstones,
  ) {
    this.list = new KeysetList(db, { table: "messages", scope: ["account_sid", "channel_sid"] }, decode, tombstones);
    this.insertRow = prepareInsert(db, "messages", COLUMNS);
    this.bySid = db.prepare(`SELECT * FROM messages WHERE account_sid = ? AND channel_sid = ? AND sid = ?`);
    this.updateRow = prepareUpdate(db, "messages", [
      "author",
      "body",
      "attributes",
      "last_updated_by",
      "was_edited",
      "date_created",
      "date_updated",
    ]);
    this.deleteRow = db.prepare(`DELETE FROM messages WHERE id = ?`);
  }

  insert(row: NewMessage): MessageRow {
    this.insertRow.run(encode(row));
    return this.get(row.account_sid, row.channel_sid, row.sid)!;
  }

  get(accountSid: string, channelSid: string, sid: string): MessageRow | undefined {
    const raw = this.bySid.get(accountSid, channelSid, sid) as RawMessage | undefined;
    return raw && decode(raw);
  }

  update(row: MessageRow): MessageRow {
    this.updateRow.run(encode(row));
    return this.get(row.account_sid, row.channel_sid, row.sid)!;
  }

  delete(row: MessageRow): void {
    this.deleteRow.run(row.id);
    this.tombstones.bury(row.sid, row.id, [row.channel_sid], row.service_sid);
  }
}
