// SQL for memberships, which Twilio shows twice: as a channel's Members and as a user's Channels.
// Statements prepared once, no business rules (see member.model.ts).

import type Database from "better-sqlite3";
import { UpdatableTable, type ChannelKey } from "../store/table.js";
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

type UserInChannel = [accountSid: string, userSid: string, channelSid: string];

/** What an update writes: everything but the membership's place (whose, in which channel). */
const UPDATABLE = [
  "role_sid",
  "last_consumed_message_index",
  "last_consumption_timestamp",
  "attributes",
  "notification_level",
  "date_created",
  "date_updated",
];
const COLUMNS = ["sid", "account_sid", "service_sid", "channel_sid", "user_sid", "identity", ...UPDATABLE];

export class MemberTable extends UpdatableTable<MemberRow, NewMember, ChannelKey> {
  /** A channel's members in the order they joined, filterable by identity. */
  readonly byChannel = this.keyset({ scope: ["account_sid", "channel_sid"], filters: ["identity"] });
  /** A user's memberships in the order they were made, as User Channels. */
  readonly byUser = this.keyset<UserChannelRow>({ scope: ["account_sid", "user_sid"], select: USER_CHANNEL_SELECT });
  readonly withIdentity = this.lookup<[accountSid: string, channelSid: string, identity: string]>([
    "account_sid",
    "channel_sid",
    "identity",
  ]);
  /** The membership of a user in a channel, if any. */
  readonly ofUserIn = this.lookup<UserInChannel>(["account_sid", "user_sid", "channel_sid"]);
  /** The membership of a user in a channel as a User Channel, if any. */
  readonly userChannel = this.lookup<UserInChannel, UserChannelRow>(["account_sid", "user_sid", "channel_sid"], USER_CHANNEL_SELECT);
  readonly allInChannel = this.every<[channelSid: string]>(["channel_sid"]);
  readonly allOfUser = this.every<[userSid: string]>(["user_sid"]);
  readonly countIn = this.count<[channelSid: string]>(["channel_sid"]);
  readonly countOf = this.count<[userSid: string]>(["user_sid"]);

  constructor(db: Database.Database, tombstones: Tombstones) {
    super(db, tombstones, { table: "members", scope: ["account_sid", "channel_sid"], columns: COLUMNS }, UPDATABLE);
  }
}
