import type { Wire } from "../engine/wire.js";
import type { ServiceRow } from "../service/service.table.js";
import type { UserRow } from "./user.table.js";

export const userUrl = (origin: string, serviceSid: string, userSid: string) => `${origin}/v2/Services/${serviceSid}/Users/${userSid}`;

/**
 * `single`: the body answers a fetch, create or update of this one user. As the spec says,
 * `is_online` and `is_notifiable` are null in a list, null while the service's reachability is
 * off, and null until the user has ever been online / ever had a push binding.
 */
export function renderUser(row: UserRow, service: ServiceRow, origin: string, single: boolean): Wire<"chat.v2.service.user"> {
  const reachable = single && service.settings.reachability_enabled;
  const url = userUrl(origin, row.service_sid, row.sid);
  return {
    sid: row.sid,
    account_sid: row.account_sid,
    service_sid: row.service_sid,
    attributes: row.attributes,
    friendly_name: row.friendly_name,
    role_sid: row.role_sid,
    identity: row.identity,
    is_online: reachable ? row.online : null,
    is_notifiable: reachable && row.had_binding ? row.bindings_count > 0 : null,
    date_created: row.date_created,
    date_updated: row.date_updated,
    joined_channels_count: row.joined_channels_count,
    links: { user_channels: `${url}/Channels`, user_bindings: `${url}/Bindings` },
    url,
  };
}
