// Keyset paging over one table, with its statements prepared once. Every list of the emulator is
// one of these: rows in a scope (e.g. one service's channels), optionally filtered by sets of
// values (e.g. `Type=public&Type=private`), in creation order (the AUTOINCREMENT id) or its
// reverse, positioned after or before an anchor row's id.

import type Database from "better-sqlite3";
import type { Tombstones } from "./tombstones.js";

export type Order = "asc" | "desc";

/** Where a page starts, in listing order: from the start, or after/before an anchor's id. */
export type Position = { start: true } | { after: number } | { before: number };

export interface RowPage<T> {
  rows: T[];
  hasNext: boolean;
  hasPrevious: boolean;
}

export interface ListShape {
  table: string;
  /** Columns that scope the list, outermost first. The last one's value keys the tombstones. */
  scope: readonly string[];
  /** Columns the list can be filtered on, each by a set of values. */
  filters?: readonly string[];
  /** The selected columns (default `<table>.*`), e.g. with computed counts. */
  select?: string;
}

type Row = { id: number; sid: string };

export class KeysetList<T extends Row> {
  private readonly forward: Database.Statement;
  private readonly backward: Database.Statement;
  private readonly anyAbove: Database.Statement;
  private readonly anyBelow: Database.Statement;
  private readonly liveId: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly shape: ListShape,
    private readonly decode: (raw: never) => T,
    private readonly tombstones: Tombstones,
  ) {
    const t = shape.table;
    const where = [
      ...shape.scope.map((column, i) => `${t}.${column} = @s${i}`),
      // json_each lets one prepared statement take a set of any size (or NULL: no filter).
      ...(shape.filters ?? []).map((column, i) => `(@f${i} IS NULL OR ${t}.${column} IN (SELECT value FROM json_each(@f${i})))`),
    ].join(" AND ");
    const select = `SELECT ${shape.select ?? `${t}.*`} FROM ${t} WHERE ${where}`;
    this.forward = db.prepare(`${select} AND ${t}.id > @id ORDER BY ${t}.id ASC LIMIT @limit`);
    this.backward = db.prepare(`${select} AND ${t}.id < @id ORDER BY ${t}.id DESC LIMIT @limit`);
    this.anyAbove = db.prepare(`SELECT 1 FROM ${t} WHERE ${where} AND ${t}.id > @id LIMIT 1`).pluck();
    this.anyBelow = db.prepare(`SELECT 1 FROM ${t} WHERE ${where} AND ${t}.id < @id LIMIT 1`).pluck();
    this.liveId = db.prepare(`SELECT ${t}.id FROM ${t} WHERE ${where} AND ${t}.sid = @sid`).pluck();
  }

  private bind(scope: readonly string[], filters: ReadonlyArray<readonly string[] | undefined> = []) {
    if (scope.length !== this.shape.scope.length) throw new Error(`${this.shape.table}: scope needs ${this.shape.scope.length} values`);
    const values: Record<string, string | null> = {};
    scope.forEach((v, i) => (values[`s${i}`] = v));
    (this.shape.filters ?? []).forEach((_, i) => {
      const set = filters[i];
      values[`f${i}`] = set === undefined ? null : JSON.stringify(set);
    });
    return values;
  }

  /** One page in listing order, plus whether anything lies beyond either end. */
  page(
    scope: readonly string[],
    position: Position,
    limit: number,
    options: { order?: Order; filters?: ReadonlyArray<readonly string[] | undefined> } = {},
  ): RowPage<T> {
    const values = this.bind(scope, options.filters);
    const desc = options.order === "desc";
    // In listing order, "after" walks up the ids when ascending and down them when descending.
    const [onward, back, beyondEnd, beforeStart] = desc
      ? [this.backward, this.forward, this.anyBelow, this.anyAbove]
      : [this.forward, this.backward, this.anyAbove, this.anyBelow];
    let raws: Array<{ id: number }>;
    if ("before" in position) {
      raws = (back.all({ ...values, id: position.before, limit }) as Array<{ id: number }>).reverse();
    } else {
      const start = "after" in position ? position.after : desc ? Number.MAX_SAFE_INTEGER : 0;
      raws = onward.all({ ...values, id: start, limit }) as Array<{ id: number }>;
    }
    const first = raws[0];
    const last = raws.at(-1);
    if (!first || !last) return { rows: [], hasNext: false, hasPrevious: false };
    return {
      rows: raws.map((raw) => this.decode(raw as never)),
      hasNext: beyondEnd.get({ ...values, id: last.id }) !== undefined,
      hasPrevious: beforeStart.get({ ...values, id: first.id }) !== undefined,
    };
  }

  /** The internal id of a row of this list, live or deleted, for resolving a page token. */
  anchor(scope: readonly string[], sid: string): number | undefined {
    const live = this.liveId.get({ ...this.bind(scope), sid }) as number | undefined;
    const scopeKey = scope.at(-1);
    return live ?? (scopeKey === undefined ? undefined : this.tombstones.find(sid, scopeKey));
  }
}
