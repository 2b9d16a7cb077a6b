// SQL for users: statements prepared once, no business rules (see user.model.ts).

import type Database from "better-sqlite3";
import { UpdatableTable, type ServiceKey } from "../store/table.js";
import type { Tombstones } from "../store/tombstones.js";

export interface UserRow {
  id: number;
  sid: string;
  account_sid: string;
  service_sid: string;
  identity: string;
  friendly_name: string | null;
  attributes: string;
  role_sid: string | null;
  date_created: string;
  date_updated: string;
  /** Whether the user is online; null if it has never been (set only by the emulator-only route). */
  online: boolean | null;
  /** Whether the user has ever had a push binding (is_notifiable is null until then). */
  had_binding: boolean;
  /** Computed: the channels the user is a member of. */
  joined_channels_count: number;
  /** Computed: the push bindings the user has now. */
  bindings_count: number;
}

export type NewUser = Omit<UserRow, "id" | "joined_channels_count" | "bindings_count" | "online" | "had_binding">;

const COLUMNS = [
  "sid",
  "account_sid",
  "service_sid",
  "identity",
  "friendly_name",
  "attributes",
  "role_sid",
  "date_created",
  "date_updated",
];
const SELECT = `users.*,
  (SELECT COUNT(*) FROM members WHERE members.user_sid = users.sid) AS joined_channels_count,
  (SELECT COUNT(*) FROM bindings WHERE bindings.user_sid = users.sid) AS bindings_count`;

export class UserTable extends UpdatableTable<UserRow, NewUser, ServiceKey> {
  /** A service's users, in creation order. */
  readonly list = this.keyset({ scope: ["account_sid", "service_sid"] });
  readonly withIdentity = this.lookup<[accountSid: string, serviceSid: string, identity: string]>([
    "account_sid",
    "service_sid",
    "identity",
  ]);

  // A delete takes the user's memberships and bindings along by ON DELETE CASCADE (see user.model.ts).
  constructor(db: Database.Database, tombstones: Tombstones) {
    const shape = {
      table: "users",
      scope: ["account_sid", "service_sid"],
      columns: COLUMNS,
      flags: ["online", "had_binding"],
      select: SELECT,
    };
    super(db, tombstones, shape, ["friendly_name", "attributes", "role_sid", "online", "had_binding", "date_updated"]);
  }
}
