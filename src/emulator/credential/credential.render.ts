import type { Wire } from "../engine/wire.js";
import type { CredentialRow } from "./credential.table.js";

/**
 * The wire shape has no secret in it (the spec's `chat.v2.credential` has none), and this
 * function never reads `row.secrets`. `sandbox` is a string in the spec: "true"/"false" for APN.
 */
export function renderCredential(row: CredentialRow, origin: string): Wire<"chat.v2.credential"> {
  return {
    sid: row.sid,
    account_sid: row.account_sid,
    friendly_name: row.friendly_name,
    type: row.type,
    sandbox: row.sandbox === null ? null : String(row.sandbox),
    date_created: row.date_created,
    date_updated: row.date_updated,
    url: `${origin}/v2/Credentials/${row.sid}`,
  };
}
