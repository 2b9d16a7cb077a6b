// What creating and deleting a service implies, beyond its own row: Twilio creates four default
// roles with every service and points the service's default role SIDs at three of them.

import { mintSid } from "../engine/sid.mint.js";
import { twilioDate } from "../engine/values.js";
import { DEFAULT_ROLES, type DefaultRoleKey } from "../role/role.defaults.js";
import { createRole } from "../role/role.model.js";
import type { Store } from "../store/store.js";
import { defaultServiceSettings } from "./service.defaults.js";
import type { ServiceRow } from "./service.table.js";

/** A new service with its four default roles, all in one transaction. */
export function createService(store: Store, accountSid: string, friendlyName: string): ServiceRow {
  return store.transaction(() => {
    const now = twilioDate();
    const service = store.services.insert({
      sid: mintSid("IS"),
      account_sid: accountSid,
      friendly_name: friendlyName,
      date_created: now,
      date_updated: now,
      settings: defaultServiceSettings(),
    });
    const roleSid = {} as Record<DefaultRoleKey, string>;
    for (const role of DEFAULT_ROLES) {
      roleSid[role.key] = createRole(store, service, role, now).sid;
    }
    return store.services.update({
      ...service,
      settings: {
        ...service.settings,
        default_service_role_sid: roleSid.serviceUser,
        default_channel_role_sid: roleSid.channelUser,
        default_channel_creator_role_sid: roleSid.channelAdmin,
      },
    });
  });
}

/** Deletes a service and everything in it; tokens anchored inside it are forgotten with it. */
export function deleteService(store: Store, service: ServiceRow): void {
  store.transaction(() => {
    store.services.delete(service);
    store.tombstones.forgetService(service.sid);
  });
}
