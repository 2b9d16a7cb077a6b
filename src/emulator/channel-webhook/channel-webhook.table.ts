// SQL for channel webhooks: statements prepared once, no business rules.

import type Database from "better-sqlite3";
import { UpdatableTable, type ChannelKey } from "../store/table.js";
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

const COLUMNS = ["sid", "account_sid", "service_sid", "channel_sid", "type", "configuration", "date_created", "date_updated"];

export class ChannelWebhookTable extends UpdatableTable<ChannelWebhookRow, NewChannelWebhook, ChannelKey> {
  /** A channel's webhooks in creation order. */
  readonly list = this.keyset({ scope: ["account_sid", "channel_sid"] });
  /** Every webhook of a channel (at most CHANNEL_WEBHOOKS_MAX), in creation order. */
  readonly allIn = this.every<[accountSid: string, channelSid: string]>(["account_sid", "channel_sid"]);
  readonly countIn = this.count<[channelSid: string]>(["channel_sid"]);

  constructor(db: Database.Database, tombstones: Tombstones) {
    const shape = { table: "channel_webhooks", scope: ["account_sid", "channel_sid"], columns: COLUMNS, json: ["configuration"] };
    super(db, tombstones, shape, ["configuration", "date_updated"]);
  }
}
