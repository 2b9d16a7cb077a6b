// The emulator's SQLite schema, as numbered migrations: a database at version N gets steps N+1…
// in one transaction on open (PRAGMA user_version holds N). Never edit a released step; add one.

export const MIGRATIONS: readonly string[] = [
  // 1: services and their roles.
  `
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

    CREATE TABLE IF NOT EXISTS tombstones (
      sid         TEXT PRIMARY KEY,
      id          INTEGER NOT NULL,
      account_sid TEXT NOT NULL,
      parent_sid  TEXT
    );
  `,
  // 2: a tombstone per list a deleted row was in (a membership is listed by channel and by user),
  // keyed by that list's scope; service_sid lets a deleted service take its rows' tombstones along.
  `
    CREATE TABLE tombstones_v2 (
      sid         TEXT NOT NULL,
      scope       TEXT NOT NULL,
      id          INTEGER NOT NULL,
      service_sid TEXT,
      PRIMARY KEY (sid, scope)
    ) WITHOUT ROWID;
    INSERT INTO tombstones_v2 (sid, scope, id, service_sid)
      SELECT sid, COALESCE(parent_sid, account_sid), id, parent_sid FROM tombstones;
    DROP TABLE tombstones;
    ALTER TABLE tombstones_v2 RENAME TO tombstones;
    CREATE INDEX tombstones_by_scope ON tombstones (scope);
    CREATE INDEX tombstones_by_service ON tombstones (service_sid);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
