import Database from "better-sqlite3";
import { MIGRATIONS, SCHEMA_VERSION } from "./schema.js";

/** Opens (creating or migrating) the emulator's SQLite database. */
export function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    // FULL: an acknowledged write survives power loss too, not just a process crash.
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function migrate(db: Database.Database): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(`database schema version ${current} is newer than this emulator (${SCHEMA_VERSION})`);
  }
  db.transaction(() => {
    for (const step of MIGRATIONS.slice(current)) db.exec(step);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}

/** Folds the WAL back into the main file, so the database is one self-contained file, and closes it. */
export function closeDatabase(db: Database.Database): void {
  if (!db.open) return;
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
}
