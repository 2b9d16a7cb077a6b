// Deleted rows keep their internal id here, once per list they were in (keyed by that list's
// scope: the account for services, the service for roles, the channel and the user for a
// membership), so a page token anchored on them still positions a walk through that list.

import type Database from "better-sqlite3";

export class Tombstones {
  private readonly insert: Database.Statement;
  private readonly lookup: Database.Statement;
  private readonly byScope: Database.Statement;
  private readonly byService: Database.Statement;

  constructor(db: Database.Database) {
    this.insert = db.prepare(`INSERT OR REPLACE INTO tombstones (sid, scope, id, service_sid) VALUES (?, ?, ?, ?)`);
    this.lookup = db.prepare(`SELECT id FROM tombstones WHERE sid = ? AND scope = ?`).pluck();
    this.byScope = db.prepare(`DELETE FROM tombstones WHERE scope = ?`);
    this.byService = db.prepare(`DELETE FROM tombstones WHERE service_sid = ?`);
  }

  /**
   * Records a deleted row under each list scope it was listed in. `serviceSid` is the service the
   * row lived in (null for a service itself or an account-level row), so deleting the service
   * can forget them all at once.
   */
  bury(sid: string, id: number, scopes: readonly string[], serviceSid: string | null): void {
    for (const scope of scopes) this.insert.run(sid, scope, id, serviceSid);
  }

  find(sid: string, scope: string): number | undefined {
    return this.lookup.get(sid, scope) as number | undefined;
  }

  /** Forgets the tombstones of a list whose parent is gone (its tokens can no longer be used). */
  forgetScope(scope: string): void {
    this.byScope.run(scope);
  }

  forgetService(serviceSid: string): void {
    this.byService.run(serviceSid);
  }
}
