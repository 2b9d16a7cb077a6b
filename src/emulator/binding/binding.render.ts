import type { Wire } from "../engine/wire.js";
import { userUrl } from "../user/user.render.js";
import type { BindingRow } from "./binding.table.js";

/** What both views of a binding show alike. */
function bindingFields(row: BindingRow) {
  return {
    sid: row.sid,
    account_sid: row.account_sid,
    service_sid: row.service_sid,
    date_created: row.date_created,
    date_updated: row.date_updated,
    endpoint: row.endpoint,
    identity: row.identity,
    credential_sid: row.credential_sid,
    binding_type: row.binding_type,
    message_types: [...row.message_types],
  };
}

/** A binding as the service lists it. */
export function renderBinding(row: BindingRow, origin: string): Wire<"chat.v2.service.binding"> {
  return {
    ...bindingFields(row),
    url: `${origin}/v2/Services/${row.service_sid}/Bindings/${row.sid}`,
    links: { user: userUrl(origin, row.service_sid, row.user_sid) },
  };
}

/** A binding as its user lists it: with its user's SID, and no links (the spec's shape). */
export function renderUserBinding(row: BindingRow, origin: string): Wire<"chat.v2.service.user.user_binding"> {
  return {
    ...bindingFields(row),
    user_sid: row.user_sid,
    url: `${userUrl(origin, row.service_sid, row.user_sid)}/Bindings/${row.sid}`,
  };
}
