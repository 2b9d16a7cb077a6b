// What every family's table does the same way: rows found by sid inside a scope (an account, a
// service, a channel), inserted and updated by column lists, deleted with a tombstone in each list
// they were in, and JSON or 0/1 columns turned into values. A family's table declares its shape and
// adds only its own queries; every statement is prepared once, in the constructor or a field
// initializer. No business rules: those live in the families' models.

import type Database from "better-sqlite3";
import { KeysetList, type ListShape } from "./keyset.js";
import type { Tombstones } from "./tombstones.js";

/** How a row is found: its scope's sids, outermost first, then its own. */
export type AccountKey = [accountSid: string, sid: string];
export type ServiceKey = [accountSid: string, serviceSid: string, sid: string];
export type ChannelKey = [accountSid: string, channelSid: string, sid: string];

export interface TableShape {
  table: string;
  /** The columns a row's sid is looked up in, outermost first, e.g. ["account_sid", "channel_sid"]. */
  scope: readonly string[];
  /** What an insert writes: every stored column but the id and those with a default. */
  columns: readonly string[];
  /** Columns stored as JSON text. */
  json?: readonly string[];
  /** Columns stored as 0/1; null stays null ("never set"). */
  flags?: readonly string[];
  /** The selected columns (default `<table>.*`), e.g. with computed counts. */
  select?: string;
}

type Stored = { id: number; sid: string };
type Values = Record<string, unknown>;

export class ScopedTable<Row extends Stored, New extends object, Key extends readonly string[]> {
  private readonly insertRow: Database.Statement;
  private readonly deleteRow: Database.Statement;
  /** The column keying each list the rows are in, so a deleted row keeps its place in all of them. */
  private readonly listedBy: string[] = [];
  private readonly bySid: (...key: Key) => Row | undefined;

  constructor(
    protected readonly db: Database.Database,
    private readonly tombstones: Tombstones,
    private readonly shape: TableShape,
  ) {
    const names = shape.columns.map((c) => `"${c}"`).join(", ");
    const values = shape.columns.map((c) => `@${c}`).join(", ");
    this.insertRow = db.prepare(`INSERT INTO ${shape.table} (${names}) VALUES (${values})`);
    this.deleteRow = db.prepare(`DELETE FROM ${shape.table} WHERE id = ?`);
    this.bySid = this.lookup<Key>([...shape.scope, "sid"]);
  }

  insert(row: New): Row {
    this.insertRow.run(this.encode(row));
    return this.reread(row);
  }

  get(...key: Key): Row | undefined {
    return this.bySid(...key);
  }

  delete(row: Row): void {
    this.deleteRow.run(row.id);
    // A service's own row and account-level rows belong to no service: their tombstones outlive one.
    const serviceSid = "service_sid" in row ? (row.service_sid as string) : null;
    const scopes = this.listedBy.map((column) => (row as Values)[column] as string);
    this.tombstones.bury(row.sid, row.id, scopes, serviceSid);
  }

  /** A keyset list over these rows (by default selected and decoded as the table's own). */
  protected keyset<T extends Stored = Row>(shape: Omit<ListShape, "table">): KeysetList<T> {
    const scopeKey = shape.scope.at(-1);
    if (scopeKey !== undefined) this.listedBy.push(scopeKey);
    const full = { table: this.shape.table, select: this.shape.select, ...shape };
    return new KeysetList(this.db, full, (raw: never) => this.decode<T>(raw), this.tombstones);
  }

  /** The row whose `columns` hold the given values, e.g. a member by channel and identity. */
  protected lookup<A extends readonly string[], T = Row>(
    columns: readonly string[],
    select = this.shape.select,
  ): (...values: A) => T | undefined {
    const statement = this.db.prepare(`SELECT ${select ?? "*"} FROM ${this.shape.table} WHERE ${this.where(columns)}`);
    return (...values) => {
      const raw = statement.get(...values) as Values | undefined;
      return raw && this.decode<T>(raw);
    };
  }

  /** Every row whose `columns` hold the given values, in creation order. */
  protected every<A extends readonly string[]>(columns: readonly string[]): (...values: A) => Row[] {
    const { table, select = "*" } = this.shape;
    const statement = this.db.prepare(`SELECT ${select} FROM ${table} WHERE ${this.where(columns)} ORDER BY ${table}.id`);
    return (...values) => (statement.all(...values) as Values[]).map((raw) => this.decode<Row>(raw));
  }

  /** How many rows' `columns` hold the given values. */
  protected count<A extends readonly string[]>(columns: readonly string[]): (...values: A) => number {
    const statement = this.db.prepare(`SELECT COUNT(*) FROM ${this.shape.table} WHERE ${this.where(columns)}`).pluck();
    return (...values) => statement.get(...values) as number;
  }

  /** Reads a row back after a write, as the database now holds it (computed columns included). */
  protected reread(row: object): Row {
    const values = [...this.shape.scope, "sid"].map((column) => (row as Values)[column]);
    return this.bySid(...(values as unknown as Key))!;
  }

  protected encode(row: object): Values {
    const out: Values = { ...row };
    for (const column of this.shape.json ?? []) {
      if (out[column] !== undefined) out[column] = JSON.stringify(out[column]);
    }
    for (const column of this.shape.flags ?? []) {
      const value = out[column];
      if (value !== undefined && value !== null) out[column] = value ? 1 : 0;
    }
    return out;
  }

  private decode<T>(raw: Values): T {
    if (!this.shape.json && !this.shape.flags) return raw as T;
    const out: Values = { ...raw };
    for (const column of this.shape.json ?? []) out[column] = JSON.parse(out[column] as string);
    for (const column of this.shape.flags ?? []) {
      const value = out[column];
      if (value !== null) out[column] = value === 1;
    }
    return out as T;
  }

  private where(columns: readonly string[]): string {
    return columns.map((c) => `${this.shape.table}."${c}" = ?`).join(" AND ");
  }
}

/** A scoped table whose rows are also updated, by the columns `updatable` names. */
export class UpdatableTable<Row extends Stored, New extends object, Key extends readonly string[]> extends ScopedTable<Row, New, Key> {
  private readonly updateRow: Database.Statement;

  constructor(db: Database.Database, tombstones: Tombstones, shape: TableShape, updatable: readonly string[]) {
    super(db, tombstones, shape);
    const sets = updatable.map((c) => `"${c}" = @${c}`).join(", ");
    this.updateRow = db.prepare(`UPDATE ${shape.table} SET ${sets} WHERE id = @id`);
  }

  update(row: Row): Row {
    this.updateRow.run(this.encode(row));
    return this.reread(row);
  }
}
