// SQL for channel webhooks: statements prepared once, no business rules.

import type Database from "better-sqlite3";
import { KeysetList } from "../store/keyset.js";
import { prepareInsert, prepareUpdate } from "../store/statements.js";
import type { Tombstones } from "../store/tombstones.js";

export type WebhookType = "webhook" | "trigger" | "studio";

/** What `Configuration.*` set, by the wire's names; absent keys were never given. */
export interface WebhookConfiguration {
  url?: string;
  method?: "GET" | "POST";
  filters?: string[];
  triggers?: string[];
  flow_sid?: string;
  retry_count?: number;
}

export interface ChannelWebhookRow {
  id: number;
  sid: string;
  account_sid: string;
  service_sid: string;
  channel_sid: string;
  type: WebhookType;
  configuration: WebhookConfiguration;
  date_created: string;
  date_updated: string;
}

export type NewChannelWebhook = Omit<ChannelWebhookRow, "id">;

type RawWebhook = Omit<ChannelWebhookRow, "configuration"> & { configuration: string };
const decode = (r: RawWebhook): ChannelWebhookRow => ({ ...r, configuration: JSON.parse(r.configuration) as WebhookConfiguration });
const encode = <T extends { configuration: WebhookConfiguration }>(r: T) => ({ ...r, configuration: JSON.stringify(r.configuration) });

const COLUMNS = ["sid", "account_sid", "service_sid", "channel_sid", "type", "configuration", "date_created", "date_updated"];

export class ChannelWebhookTable {
  /** A channel's webhooks in creation order. */
  readonly list: KeysetList<ChannelWebhookRow>;
  private readonly insertRow: Database.Statement;
  private readonly bySid: Database.Statement;
  private readonly updateRow: Database.Statement;
  private readonly deleteRow: Database.Statement;
  private readonly countInChannel: Database.Statement;
  private readonly allInChannel: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly tombstones: Tombstones,
  ) {
    this.list = new KeysetList(db, { table: "channel_webhooks", scope: ["account_sid", "channel_sid"] }, decode, tombstones);
    this.insertRow = prepareInsert(db, "channel_webhooks", COLUMNS);
    this.bySid = db.prepare(`SELECT * FROM channel_webhooks WHERE account_sid = ? AND channel_sid = ? AND sid = ?`);
    this.updateRow = prepareUpdate(db, "channel_webhooks", ["configuration", "date_updated"]);
    this.deleteRow = db.prepare(`DELETE FROM channel_webhooks WHERE id = ?`);
    this.countInChannel = db.prepare(`SELECT COUNT(*) FROM channel_webhooks WHERE channel_sid = ?`).pluck();
    this.allInChannel = db.prepare(`SELECT * FROM channel_webhooks WHERE account_sid = ? AND channel_sid = ? ORDER BY id`);
  }

  insert(row: NewChannelWebhook): ChannelWebhookRow {
    this.insertRow.run(encode(row));
    return this.get(row.account_sid, row.channel_sid, row.sid)!;
  }

  get(accountSid: string, channelSid: string, sid: string): ChannelWebhookRow | undefined {
    const raw = this.bySid.get(accountSid, channelSid, sid) as RawWebhook | undefined;
    return raw && decode(raw);
  }

  update(row: ChannelWebhookRow): ChannelWebhookRow {
    this.updateRow.run(encode(row));
    return this.get(row.account_sid, row.channel_sid, row.sid)!;
  }

  delete(row: ChannelWebhookRow): void {
    this.deleteRow.run(row.id);
    this.tombstones.bury(row.sid, row.id, [row.channel_sid], row.service_sid);
  }

  /** Every webhook of a channel (at most CHANNEL_WEBHOOKS_MAX), in creation order. */
  allIn(accountSid: string, channelSid: string): ChannelWebhookRow[] {
    return (this.allInChannel.all(accountSid, channelSid) as RawWebhook[]).map(decode);
  }

  countIn(channelSid: string): number {
    return this.countInChannel.get(channelSid) as number;
  }
}
