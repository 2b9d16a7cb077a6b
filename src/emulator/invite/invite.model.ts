// Invite rules: one pending invite per identity and channel; the invited identity's user is
// created on first sight (see user.model.ts); the role defaults to the service's channel role.

import type { ChannelRow } from "../channel/channel.table.js";
import { Code, conflict } from "../engine/errors.js";
import { mintInChannel } from "../engine/sid.mint.js";
import { twilioDate } from "../engine/values.js";
import { requireRole } from "../role/role.model.js";
import type { ServiceRow } from "../service/service.table.js";
import type { Store } from "../store/store.js";
import { ensureUser } from "../user/user.model.js";
import type { InviteRow } from "./invite.table.js";

export function createInvite(store: Store, service: ServiceRow, channel: ChannelRow, identity: string, roleSid?: string): InviteRow {
  return store.transaction(() => {
    if (store.invites.withIdentity(service.account_sid, channel.sid, identity)) {
      throw conflict(Code.userAlreadyInvited, `User already invited: ${identity} to channel ${channel.sid}`);
    }
    const role =
      roleSid === undefined ? service.settings.default_channel_role_sid : requireRole(store, service, "RoleSid", roleSid, "channel").sid;
    ensureUser(store, service, identity);
    const now = twilioDate();
    return store.invites.insert({
      ...mintInChannel("IN", channel),
      identity,
      role_sid: role,
      // Invites made through the REST API have no inviting user.
      created_by: null,
      date_created: now,
      date_updated: now,
    });
  });
}
