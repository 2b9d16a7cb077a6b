import Database from "better-sqlite3";
import type { RoleType } from "../twilio/resources.js";
import { DEFAULT_ROLES, defaultServiceSettings, twilioDate, type ServiceSettings } from "./defaults.js";
import { newSid } from "./sid.js";

export interface ServiceRow {
  id: number;
  sid: string;
  account_sid: string;
  friendly_name: string;
  date_created: string;
  date_updated: string;
  settings: ServiceSettings;
}

export interface RoleRow {
  id: number;
  sid: string;
  account_sid: string;
  service_sid: string;
  friendly_name: string;
  type: RoleType;
  permissions: string[];
  date_created: string;
  date_updated: string;
}

/** Where a keyset page starts: after or before an internal id, or from the beginning. */
export type Keyset = { after: number } | { before: number } | { start: true };

export interface RowPage<T> {
  rows: T[];
  hasNext: boolean;
  hasPrevious: boolean;
}

const SCHEMA_VERSION = 1;

// Bump SCHEMA_VERSION and add a step here when the schema changes.
const MIGRATIONS: Record<number, string> = {
  1: `
    CREATE TABLE IF NOT EXISTS services (
      id            INTEGER PRIMARY KEY AUTOINCREMENT,  -- creation order, the paging key
      sid           TEXT NOT NULL UNIQUE,
      account_sid   TEXT NOT NULL,
      friendly_name TEXT NOT NULL,
      date_created  TEXT NOT NULL,
      date_updated  TEXT NOT NULL,
      settings      TEXT NOT NULL                       -- JSON ServiceSettings
    );
    CREATE INDEX IF NOT EXISTS services_by_account ON services (account_sid, id);

    CREATE TABLE IF NOT EXISTS roles (
      id            INTEGER PRIMARY KEY AUTOINCREMENT,
      sid           TEXT NOT NULL UNIQUE,
      account_sid   TEXT NOT NULL,
      service_sid   TEXT NOT NULL REFERENCES services (sid) ON DELETE CASCADE,
      friendly_name TEXT NOT NULL,
      type          TEXT NOT NULL CHECK (type IN ('channel', 'deployment')),
      permissions   TEXT NOT NULL,                      -- JSON string[]
      date_created  TEXT NOT NULL,
      date_updated  TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS roles_by_service ON roles (service_sid, id);

    -- Deleted rows keep their internal id here so a page token anchored on them still works.
    CREATE TABLE IF NOT EXISTS tombstones (
      sid         TEXT PRIMARY KEY,
      id          INTEGER NOT NULL,
      account_sid TEXT NOT NULL,
      parent_sid  TEXT
    );
  `,
};

interface RawService extends Omit<ServiceRow, "settings"> {
  settings: string;
}
interface RawRole extends Omit<RoleRow, "permissions"> {
  permissions: string;
}

const toService = (r: RawService): ServiceRow => ({ ...r, settings: JSON.parse(r.settings) });
const toRole = (r: RawRole): RoleRow => ({ ...r, permissions: JSON.parse(r.permissions) });

/** SQLite persistence for services and roles; every query is scoped to an account. */
export class Store {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    // FULL: an acknowledged write survives power loss too, not just a process crash.
    this.db.pragma("synchronous = FULL");
    this.db.pragma("foreign_keys = ON");
    this.db.pragma("busy_timeout = 5000");
    this.migrate();
  }

  private migrate(): void {
    const current = this.db.pragma("user_version", { simple: true }) as number;
    if (current > SCHEMA_VERSION) {
      throw new Error(`database schema version ${current} is newer than this emulator (${SCHEMA_VERSION})`);
    }
    this.db.transaction(() => {
      for (let v = current + 1; v <= SCHEMA_VERSION; v++) this.db.exec(MIGRATIONS[v]);
      this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
  }

  close(): void {
    if (!this.db.open) return;
    // Fold the WAL back into the main file so the database is a single self-contained file.
    this.db.pragma("wal_checkpoint(TRUNCATE)");
    this.db.close();
  }

  // ---- services ----

  /** Creates a service with its four default roles, all in one transaction. */
  createService(accountSid: string, friendlyName: string): ServiceRow {
    return this.db.transaction(() => {
      const now = twilioDate();
      const sid = newSid("IS");
      const settings = defaultServiceSettings();
      this.db
        .prepare(
          `INSERT INTO services (sid, account_sid, friendly_name, date_created, date_updated, settings)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(sid, accountSid, friendlyName, now, now, JSON.stringify(settings));
      const roleSids: Record<string, string> = {};
      for (const role of DEFAULT_ROLES) {
        roleSids[role.key] = this.insertRole(accountSid, sid, role.friendlyName, role.type, role.permissions, now).sid;
      }
      settings.default_service_role_sid = roleSids.serviceUser;
      settings.default_channel_role_sid = roleSids.channelUser;
      settings.default_channel_creator_role_sid = roleSids.channelAdmin;
      this.db.prepare(`UPDATE services SET settings = ? WHERE sid = ?`).run(JSON.stringify(settings), sid);
      return this.getService(accountSid, sid)!;
    })();
  }

  getService(accountSid: string, sid: string): ServiceRow | undefined {
    const raw = this.db
      .prepare(`SELECT * FROM services WHERE account_sid = ? AND sid = ?`)
      .get(accountSid, sid) as RawService | undefined;
    return raw && toService(raw);
  }

  updateService(row: ServiceRow): ServiceRow {
    this.db
      .prepare(`UPDATE services SET friendly_name = ?, settings = ?, date_updated = ? WHERE id = ?`)
      .run(row.friendly_name, JSON.stringify(row.settings), twilioDate(), row.id);
    return this.getService(row.account_sid, row.sid)!;
  }

  /** Deletes a service and (by cascade) its roles; false when there was no such service. */
  deleteService(accountSid: string, sid: string): boolean {
    return this.db.transaction(() => {
      const row = this.getService(accountSid, sid);
      if (!row) return false;
      this.db.prepare(`DELETE FROM services WHERE id = ?`).run(row.id);
      this.db.prepare(`DELETE FROM tombstones WHERE parent_sid = ?`).run(sid);
      this.tombstone(row.sid, row.id, accountSid, null);
      return true;
    })();
  }

  listServices(accountSid: string, keyset: Keyset, limit: number): RowPage<ServiceRow> {
    const page = this.page<RawService>("services", "account_sid = ?", [accountSid], keyset, limit);
    return { ...page, rows: page.rows.map(toService) };
  }

  /** The internal id of a service, live or deleted, for resolving a page token. */
  serviceAnchor(accountSid: string, sid: string): number | undefined {
    return this.anchor("services", accountSid, sid, null);
  }

  // ---- roles ----

  createRole(accountSid: string, serviceSid: string, friendlyName: string, type: RoleType, permissions: string[]): RoleRow {
    return this.insertRole(accountSid, serviceSid, friendlyName, type, permissions, twilioDate());
  }

  getRole(accountSid: string, serviceSid: string, sid: string): RoleRow | undefined {
    const raw = this.db
      .prepare(`SELECT * FROM roles WHERE account_sid = ? AND service_sid = ? AND sid = ?`)
      .get(accountSid, serviceSid, sid) as RawRole | undefined;
    return raw && toRole(raw);
  }

  updateRolePermissions(row: RoleRow, permissions: string[]): RoleRow {
    this.db
      .prepare(`UPDATE roles SET permissions = ?, date_updated = ? WHERE id = ?`)
      .run(JSON.stringify(permissions), twilioDate(), row.id);
    return this.getRole(row.account_sid, row.service_sid, row.sid)!;
  }

  deleteRole(row: RoleRow): void {
    this.db.transaction(() => {
      this.db.prepare(`DELETE FROM roles WHERE id = ?`).run(row.id);
      this.tombstone(row.sid, row.id, row.account_sid, row.service_sid);
    })();
  }

  listRoles(accountSid: string, serviceSid: string, keyset: Keyset, limit: number): RowPage<RoleRow> {
    const page = this.page<RawRole>("roles", "account_sid = ? AND service_sid = ?", [accountSid, serviceSid], keyset, limit);
    return { ...page, rows: page.rows.map(toRole) };
  }

  roleAnchor(accountSid: string, serviceSid: string, sid: string): number | undefined {
    return this.anchor("roles", accountSid, sid, serviceSid);
  }

  // ---- shared ----

  private insertRole(
    accountSid: string,
    serviceSid: string,
    friendlyName: string,
    type: RoleType,
    permissions: string[],
    now: string,
  ): RoleRow {
    const sid = newSid("RL");
    this.db
      .prepare(
        `INSERT INTO roles (sid, account_sid, service_sid, friendly_name, type, permissions, date_created, date_updated)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(sid, accountSid, serviceSid, friendlyName, type, JSON.stringify(permissions), now, now);
    return this.getRole(accountSid, serviceSid, sid)!;
  }

  private tombstone(sid: string, id: number, accountSid: string, parentSid: string | null): void {
    this.db
      .prepare(`INSERT OR REPLACE INTO tombstones (sid, id, account_sid, parent_sid) VALUES (?, ?, ?, ?)`)
      .run(sid, id, accountSid, parentSid);
  }

  private anchor(table: "services" | "roles", accountSid: string, sid: string, parentSid: string | null): number | undefined {
    const live =
      table === "services"
        ? this.db.prepare(`SELECT id FROM services WHERE account_sid = ? AND sid = ?`).get(accountSid, sid)
        : this.db
            .prepare(`SELECT id FROM roles WHERE account_sid = ? AND service_sid = ? AND sid = ?`)
            .get(accountSid, parentSid, sid);
    if (live) return (live as { id: number }).id;
    const dead = this.db
      .prepare(`SELECT id FROM tombstones WHERE account_sid = ? AND sid = ? AND parent_sid IS ?`)
      .get(accountSid, sid, parentSid) as { id: number } | undefined;
    return dead?.id;
  }

  /** One keyset page in ascending id order, plus whether anything lies beyond either end. */
  private page<T extends { id: number }>(
    table: "services" | "roles",
    scope: string,
    args: unknown[],
    keyset: Keyset,
    limit: number,
  ): RowPage<T> {
    let rows: T[];
    if ("before" in keyset) {
      rows = (
        this.db
          .prepare(`SELECT * FROM ${table} WHERE ${scope} AND id < ? ORDER BY id DESC LIMIT ?`)
          .all(...args, keyset.before, limit) as T[]
      ).reverse();
    } else {
      const after = "after" in keyset ? keyset.after : 0;
      rows = this.db
        .prepare(`SELECT * FROM ${table} WHERE ${scope} AND id > ? ORDER BY id ASC LIMIT ?`)
        .all(...args, after, limit) as T[];
    }
    if (rows.length === 0) return { rows, hasNext: false, hasPrevious: false };
    const exists = (op: "<" | ">", id: number) =>
      this.db.prepare(`SELECT 1 FROM ${table} WHERE ${scope} AND id ${op} ? LIMIT 1`).get(...args, id) !== undefined;
    return {
      rows,
      hasNext: exists(">", rows[rows.length - 1].id),
      hasPrevious: exists("<", rows[0].id),
    };
  }
}
