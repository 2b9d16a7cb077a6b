import type { UserChannelResource } from "../../chat-api/index.js";
import { MESSAGE_SID_PATTERN } from "../../sids.js";
import { globalId } from "../node/global-id.codec.js";
import { NotificationLevel, UserChannel, UserChannelStatus } from "./user-channel.type.js";

const LEVELS: Record<string, NotificationLevel> = { default: NotificationLevel.DEFAULT, muted: NotificationLevel.MUTED };
const STATUSES: Record<string, UserChannelStatus> = {
  joined: UserChannelStatus.JOINED,
  invited: UserChannelStatus.INVITED,
  notParticipating: UserChannelStatus.NOT_PARTICIPATING,
};

/** The newest message's SID, from the last segment of `links.last_message` (present once the channel has one). */
function lastMessageSidOf(resource: UserChannelResource): string | null {
  const url = resource.links?.last_message;
  const sid = typeof url === "string" ? url.split("?")[0]!.split("/").at(-1)! : "";
  return MESSAGE_SID_PATTERN.test(sid) ? sid : null;
}

export function userChannelFromResource(resource: UserChannelResource): UserChannel {
  const serviceSid = resource.service_sid ?? "";
  const userSid = resource.user_sid ?? "";
  const channelSid = resource.channel_sid ?? "";
  return Object.assign(new UserChannel(), {
    id: globalId("UserChannel", serviceSid, userSid, channelSid),
    accountSid: resource.account_sid,
    serviceSid,
    channelSid,
    userSid,
    memberSid: resource.member_sid ?? null,
    status: (resource.status && STATUSES[resource.status]) ?? null,
    lastConsumedMessageIndex: resource.last_consumed_message_index ?? null,
    unreadMessagesCount: resource.unread_messages_count ?? null,
    notificationLevel: (resource.notification_level && LEVELS[resource.notification_level]) ?? null,
    url: resource.url ?? null,
    lastMessageSid: lastMessageSidOf(resource),
  });
}
