// Builders for the two statements every table spells the same way. Column names are quoted, so
// a column may be called "index".

import type Database from "better-sqlite3";

/** `INSERT INTO table (c…) VALUES (@c…)`, run with an object holding every column. */
export function prepareInsert(db: Database.Database, table: string, columns: readonly string[]): Database.Statement {
  const names = columns.map((c) => `"${c}"`).join(", ");
  const values = columns.map((c) => `@${c}`).join(", ");
  return db.prepare(`INSERT INTO ${table} (${names}) VALUES (${values})`);
}

/** `UPDATE table SET c = @c… WHERE id = @id`, run with a row holding those columns and its id. */
export function prepareUpdate(db: Database.Database, table: string, columns: readonly string[]): Database.Statement {
  const sets = columns.map((c) => `"${c}" = @${c}`).join(", ");
  return db.prepare(`UPDATE ${table} SET ${sets} WHERE id = @id`);
}
