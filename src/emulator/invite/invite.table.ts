// SQL for invites: statements prepared once, no business rules (see invite.model.ts).

import type Database from "better-sqlite3";
import { ScopedTable, type ChannelKey } from "../store/table.js";
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

export class InviteTable extends ScopedTable<InviteRow, NewInvite, ChannelKey> {
  /** A channel's invites in creation order, filterable by identity. */
  readonly list = this.keyset({ scope: ["account_sid", "channel_sid"], filters: ["identity"] });
  readonly withIdentity = this.lookup<[accountSid: string, channelSid: string, identity: string]>([
    "account_sid",
    "channel_sid",
    "identity",
  ]);

  constructor(db: Database.Database, tombstones: Tombstones) {
    super(db, tombstones, { table: "invites", scope: ["account_sid", "channel_sid"], columns: COLUMNS });
  }
}
