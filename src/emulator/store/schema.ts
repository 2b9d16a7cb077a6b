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
  // 3: the channel side (channels, members, messages, invites, channel webhooks) and the users a
  // membership or invite creates. Counts are computed from these rows, never stored.
  `
    CREATE TABLE users (
      id            INTEGER PRIMARY KEY AUTOINCREMENT,
      sid           TEXT NOT NULL UNIQUE,
      account_sid   TEXT NOT NULL,
      service_sid   TEXT NOT NULL REFERENCES services (sid) ON DELETE CASCADE,
      identity      TEXT NOT NULL,
      friendly_name TEXT,
      attributes    TEXT NOT NULL,
      role_sid      TEXT,
      date_created  TEXT NOT NULL,
      date_updated  TEXT NOT NULL,
      UNIQUE (service_sid, identity)
    );
    CREATE INDEX users_by_service ON users (service_sid, id);

    CREATE TABLE channels (
      id                 INTEGER PRIMARY KEY AUTOINCREMENT,
      sid                TEXT NOT NULL UNIQUE,
      account_sid        TEXT NOT NULL,
      service_sid        TEXT NOT NULL REFERENCES services (sid) ON DELETE CASCADE,
      friendly_name      TEXT,
      unique_name        TEXT,
      attributes         TEXT NOT NULL,
      type               TEXT NOT NULL CHECK (type IN ('public', 'private')),
      created_by         TEXT NOT NULL,
      date_created       TEXT NOT NULL,
      date_updated       TEXT NOT NULL,
      next_message_index INTEGER NOT NULL DEFAULT 0,      -- a message index is never reused
      UNIQUE (service_sid, unique_name)
    );
    CREATE INDEX channels_by_service ON channels (service_sid, id);

    CREATE TABLE members (
      id                          INTEGER PRIMARY KEY AUTOINCREMENT,
      sid                         TEXT NOT NULL UNIQUE,
      account_sid                 TEXT NOT NULL,
      service_sid                 TEXT NOT NULL,
      channel_sid                 TEXT NOT NULL REFERENCES channels (sid) ON DELETE CASCADE,
      user_sid                    TEXT NOT NULL REFERENCES users (sid) ON DELETE CASCADE,
      identity                    TEXT NOT NULL,
      role_sid                    TEXT,
      last_consumed_message_index INTEGER,
      last_consumption_timestamp  TEXT,
      attributes                  TEXT NOT NULL,
      notification_level          TEXT NOT NULL DEFAULT 'default',
      date_created                TEXT NOT NULL,
      date_updated                TEXT NOT NULL,
      UNIQUE (channel_sid, user_sid)
    );
    CREATE INDEX members_by_channel ON members (channel_sid, id);
    CREATE INDEX members_by_user ON members (user_sid, id);

    CREATE TABLE messages (
      id              INTEGER PRIMARY KEY AUTOINCREMENT,
      sid             TEXT NOT NULL UNIQUE,
      account_sid     TEXT NOT NULL,
      service_sid     TEXT NOT NULL,
      channel_sid     TEXT NOT NULL REFERENCES channels (sid) ON DELETE CASCADE,
      "index"         INTEGER NOT NULL,
      author          TEXT NOT NULL,                       -- the wire's "from"
      body            TEXT,
      attributes      TEXT NOT NULL,
      media_sid       TEXT,
      last_updated_by TEXT,
      was_edited      INTEGER NOT NULL DEFAULT 0,
      date_created    TEXT NOT NULL,
      date_updated    TEXT NOT NULL,
      UNIQUE (channel_sid, "index")
    );
    CREATE INDEX messages_by_channel ON messages (channel_sid, id);

    CREATE TABLE invites (
      id           INTEGER PRIMARY KEY AUTOINCREMENT,
      sid          TEXT NOT NULL UNIQUE,
      account_sid  TEXT NOT NULL,
      service_sid  TEXT NOT NULL,
      channel_sid  TEXT NOT NULL REFERENCES channels (sid) ON DELETE CASCADE,
      identity     TEXT NOT NULL,
      role_sid     TEXT,
      created_by   TEXT,
      date_created TEXT NOT NULL,
      date_updated TEXT NOT NULL,
      UNIQUE (channel_sid, identity)
    );
    CREATE INDEX invites_by_channel ON invites (channel_sid, id);

    CREATE TABLE channel_webhooks (
      id            INTEGER PRIMARY KEY AUTOINCREMENT,
      sid           TEXT NOT NULL UNIQUE,
      account_sid   TEXT NOT NULL,
      service_sid   TEXT NOT NULL,
      channel_sid   TEXT NOT NULL REFERENCES channels (sid) ON DELETE CASCADE,
      type          TEXT NOT NULL CHECK (type IN ('webhook', 'trigger', 'studio')),
      configuration TEXT NOT NULL,                         -- JSON WebhookConfiguration
      date_created  TEXT NOT NULL,
      date_updated  TEXT NOT NULL
    );
    CREATE INDEX channel_webhooks_by_channel ON channel_webhooks (channel_sid, id);
  `,
  // 4: the user side: push bindings (seeded through the emulator-only admin route), account-level
  // push credentials (secrets stored, never rendered), and what a user's reachability needs.
  `
    ALTER TABLE users ADD COLUMN online INTEGER;                         -- NULL: never online
    ALTER TABLE users ADD COLUMN had_binding INTEGER NOT NULL DEFAULT 0;  -- ever had a push binding

    CREATE TABLE bindings (
      id             INTEGER PRIMARY KEY AUTOINCREMENT,
      sid            TEXT NOT NULL UNIQUE,
      account_sid    TEXT NOT NULL,
      service_sid    TEXT NOT NULL REFERENCES services (sid) ON DELETE CASCADE,
      user_sid       TEXT NOT NULL REFERENCES users (sid) ON DELETE CASCADE,
      identity       TEXT NOT NULL,
      credential_sid TEXT,
      binding_type   TEXT NOT NULL CHECK (binding_type IN ('gcm', 'apn', 'fcm')),
      endpoint       TEXT NOT NULL,
      message_types  TEXT NOT NULL,                                      -- JSON string[]
      date_created   TEXT NOT NULL,
      date_updated   TEXT NOT NULL
    );
    CREATE INDEX bindings_by_service ON bindings (service_sid, id);
    CREATE INDEX bindings_by_user ON bindings (user_sid, id);

    CREATE TABLE credentials (
      id            INTEGER PRIMARY KEY AUTOINCREMENT,
      sid           TEXT NOT NULL UNIQUE,
      account_sid   TEXT NOT NULL,
      friendly_name TEXT,
      type          TEXT NOT NULL CHECK (type IN ('gcm', 'apn', 'fcm')),
      sandbox       INTEGER,                                             -- APN only
      secrets       TEXT NOT NULL,                                       -- JSON CredentialSecrets
      date_created  TEXT NOT NULL,
      date_updated  TEXT NOT NULL
    );
    CREATE INDEX credentials_by_account ON credentials (account_sid, id);
  `,
  // 5: the emulator-only account-level event target (webhooks): one row per account that set its own.
  `
    CREATE TABLE account_webhooks (
      account_sid      TEXT PRIMARY KEY,
      post_webhook_url TEXT,                 -- NULL: no target (set to nothing, not left unset)
      method           TEXT NOT NULL CHECK (method IN ('GET', 'POST')),
      filters          TEXT NOT NULL,        -- JSON string[]
      date_updated     TEXT NOT NULL
    ) WITHOUT ROWID;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
