// Membership rules: one membership per user and channel; the service's limits on members per
// channel and channels per user; the member's role (the creator role for the channel's creator,
// the default channel role for anyone else); the user created on first sight; and joining
// takes up a pending invite.

import type { ChannelRow } from "../channel/channel.table.js";
import { Code, conflict, limitExceeded } from "../engine/errors.js";
import { mintInChannel } from "../engine/sid.mint.js";
import { twilioDate } from "../engine/values.js";
import { requireRole } from "../role/role.model.js";
import type { ServiceRow } from "../service/service.table.js";
import type { Store } from "../store/store.js";
import { ensureUser } from "../user/user.model.js";
import type { UserRow } from "../user/user.table.js";
import type { MemberRow, NotificationLevel } from "./member.table.js";

export interface MemberInput {
  roleSid?: string;
  lastConsumedMessageIndex?: number | null;
  lastConsumptionTimestamp?: string;
  dateCreated?: string;
  dateUpdated?: string;
  attributes?: string;
  notificationLevel?: NotificationLevel;
}

/** Whether `user` may join one more channel, and `channel` take one more member. */
function checkLimits(store: Store, service: ServiceRow, channel: ChannelRow, user: UserRow): void {
  const { channel_members, user_channels } = service.settings.limits;
  if (store.members.countIn(channel.sid) >= channel_members) {
    throw limitExceeded(Code.channelMemberLimit, `Channel member limit exceeded: channel ${channel.sid} has ${channel_members} members`);
  }
  if (store.members.countOf(user.sid) >= user_channels) {
    throw limitExceeded(Code.userChannelLimit, `User channel limit exceeded: ${user.identity} is in ${user_channels} channels`);
  }
}

export function addMember(store: Store, service: ServiceRow, channel: ChannelRow, identity: string, input: MemberInput): MemberRow {
  return store.transaction(() => {
    const user = ensureUser(store, service, identity);
    if (store.members.ofUserIn(service.account_sid, user.sid, channel.sid)) {
      throw conflict(Code.memberAlreadyExists, `Member already exists: ${identity} is a member of channel ${channel.sid}`);
    }
    checkLimits(store, service, channel, user);
    const invite = store.invites.withIdentity(service.account_sid, channel.sid, identity);
    const s = service.settings;
    const roleSid =
      input.roleSid !== undefined
        ? requireRole(store, service, "RoleSid", input.roleSid, "channel").sid
        : (invite?.role_sid ?? (identity === channel.created_by ? s.default_channel_creator_role_sid : s.default_channel_role_sid));
    // Joining answers the invite.
    if (invite) store.invites.delete(invite);
    const created = input.dateCreated ?? twilioDate();
    return store.members.insert({
      ...mintInChannel("MB", channel),
      user_sid: user.sid,
      identity,
      role_sid: roleSid,
      last_consumed_message_index: input.lastConsumedMessageIndex ?? null,
      last_consumption_timestamp: input.lastConsumptionTimestamp ?? null,
      attributes: input.attributes ?? "{}",
      notification_level: "default",
      date_created: created,
      date_updated: input.dateUpdated ?? created,
    });
  });
}

export function updateMember(store: Store, service: ServiceRow, member: MemberRow, input: MemberInput): MemberRow {
  return store.transaction(() =>
    store.members.update({
      ...member,
      role_sid: input.roleSid === undefined ? member.role_sid : requireRole(store, service, "RoleSid", input.roleSid, "channel").sid,
      last_consumed_message_index:
        input.lastConsumedMessageIndex === undefined ? member.last_consumed_message_index : input.lastConsumedMessageIndex,
      last_consumption_timestamp: input.lastConsumptionTimestamp ?? member.last_consumption_timestamp,
      attributes: input.attributes ?? member.attributes,
      notification_level: input.notificationLevel ?? member.notification_level,
      date_created: input.dateCreated ?? member.date_created,
      date_updated: input.dateUpdated ?? twilioDate(),
    }),
  );
}
