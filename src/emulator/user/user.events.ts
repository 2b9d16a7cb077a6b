// The webhook events of users (Twilio's "Webhook Events" page; docs/emulator.md lists each
// parameter and its source): onUserAdded (no pre-event), onUserUpdate/Updated.

import type { HandlerContext } from "../engine/operation.js";
import type { Wire } from "../engine/wire.js";
import type { ServiceRow } from "../service/service.table.js";
import { eventPlan, paramsOf, type EventParams, type EventPlan } from "../webhook/webhook.event.js";
import { renderUser } from "./user.render.js";
import type { UserRow } from "./user.table.js";

type User = Wire<"chat.v2.service.user">;

function userParams(user: User): EventParams {
  const fields = [
    "identity",
    "friendly_name",
    "attributes",
    "role_sid",
    "is_online",
    "is_notifiable",
    "date_created",
    "date_updated",
  ] as const;
  return paramsOf(user, [["UserSid", "sid"], ...fields]);
}

export function addUserEvents(service: ServiceRow): EventPlan {
  return eventPlan(service, null, null, "onUserAdded", userParams);
}

export function updateUserEvents(
  service: ServiceRow,
  user: UserRow,
  form: HandlerContext<"UpdateUser">["form"],
  origin: string,
): EventPlan {
  const params = {
    ...userParams(renderUser(user, service, origin, true)),
    FriendlyName: form.FriendlyName ?? user.friendly_name,
    Attributes: form.Attributes ?? user.attributes,
    RoleSid: form.RoleSid ?? user.role_sid,
  };
  return eventPlan(service, null, { type: "onUserUpdate", params }, "onUserUpdated", userParams);
}
