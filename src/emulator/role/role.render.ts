import type { RoleResource } from "../../twilio/resources.js";
import type { RoleRow } from "./role.table.js";

export function renderRole(row: RoleRow, origin: string): RoleResource {
  return {
    sid: row.sid,
    account_sid: row.account_sid,
    service_sid: row.service_sid,
    friendly_name: row.friendly_name,
    type: row.type,
    permissions: [...row.permissions],
    date_created: row.date_created,
    date_updated: row.date_updated,
    url: `${origin}/v2/Services/${row.service_sid}/Roles/${row.sid}`,
  };
}
