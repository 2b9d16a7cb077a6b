// SQL for account-level push credentials: statements prepared once, no rules. The secrets are a
// column of their own that no render function reads.

import type Database from "better-sqlite3";
import { UpdatableTable, type AccountKey } from "../store/table.js";
import type { Tombstones } from "../store/tombstones.js";

export type PushService = "gcm" | "apn" | "fcm";

/** Write-only: stored for the push service, never part of a response. */
export interface CredentialSecrets {
  certificate?: string;
  private_key?: string;
  api_key?: string;
  secret?: string;
}

export interface CredentialRow {
  id: number;
  sid: string;
  account_sid: string;
  friendly_name: string | null;
  type: PushService;
  /** APN only; null for the others. */
  sandbox: boolean | null;
  secrets: CredentialSecrets;
  date_created: string;
  date_updated: string;
}

export type NewCredential = Omit<CredentialRow, "id">;

const COLUMNS = ["sid", "account_sid", "friendly_name", "type", "sandbox", "secrets", "date_created", "date_updated"];

export class CredentialTable extends UpdatableTable<CredentialRow, NewCredential, AccountKey> {
  /** An account's credentials, in creation order. */
  readonly list = this.keyset({ scope: ["account_sid"] });

  constructor(db: Database.Database, tombstones: Tombstones) {
    const shape = { table: "credentials", scope: ["account_sid"], columns: COLUMNS, json: ["secrets"], flags: ["sandbox"] };
    super(db, tombstones, shape, ["friendly_name", "sandbox", "secrets", "date_updated"]);
  }
}
