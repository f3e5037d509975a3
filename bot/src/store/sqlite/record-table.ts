/**
 * The versioned-record pattern every simple table shares: get by key, cursor-paged list by id,
 * and an optimistic upsert ('' = create, otherwise the version it was read with).
 * Table and column names are constants from the adapters, never user input.
 */
import type { Database, Statement } from 'better-sqlite3';
import { BoundedMap, ok, type Result } from '@samen/shared';
import type { Page, PageRequest } from '../ports.js';
import { conflict, guardRead, guardWrite } from './guard.js';
import { decodeCursor, pageSize, toPage } from './paging.js';
import { parseVersion, versionString } from './version.js';

export type SqlValue = string | number | null;
export type Row = Readonly<Record<string, SqlValue>>;

/** How one record maps to one row: the mapper (toRow/toDomain) plus the table's shape. */
export interface TableSpec<R> {
  readonly table: string;
  /** Key columns; the first one orders `list`. */
  readonly keys: readonly string[];
  /** Data columns besides the keys and `version`. */
  readonly columns: readonly string[];
  readonly toRow: (record: Omit<R, 'version'>) => Row;
  readonly toDomain: (row: Row) => R;
}

const where = (cols: readonly string[]): string => cols.map((c) => `${c} = @${c}`).join(' AND ');

const pick = (row: Row, cols: readonly string[]): Row => Object.fromEntries(cols.map((c) => [c, row[c] ?? null]));

/**
 * A kept record is handed to every reader, so it is frozen all the way down: code that changed one in place
 * (an array sorted in place, a field set) would change what the next reader sees; frozen, it throws instead.
 */
const frozen = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
};

const sameRow = (a: Row, b: Row): boolean => {
  const cols = Object.keys(b);
  return cols.length === Object.keys(a).length && cols.every((c) => a[c] === b[c]);
};

/** Parsed records kept per table: the rows read again and again (the meeting, the school, the front of a waitlist in a storm of clicks). */
const PARSED_ROWS = 1000;

export class RecordTable<R> {
  private readonly select: Statement;
  private readonly insert: Statement;
  private readonly update: Statement;
  private readonly page: Statement;
  private readonly firstKey: string;
  /** Keys, then data columns: what a write stores. */
  private readonly columns: readonly string[];
  private readonly queries = new Map<string, Statement>();
  /** The record last parsed from each row, by key, with the row it came from. */
  private readonly parsed = new BoundedMap<string, { readonly row: Row; readonly record: R }>(PARSED_ROWS);

  constructor(
    private readonly db: Database,
    private readonly spec: TableSpec<R>,
  ) {
    const { table, keys, columns } = spec;
    const all = [...keys, ...columns];
    this.firstKey = keys[0] ?? 'id';
    this.columns = all;
    this.select = db.prepare(`SELECT * FROM ${table} WHERE ${where(keys)}`);
    this.insert = db.prepare(
      `INSERT INTO ${table} (${all.join(', ')}, version) VALUES (${all.map((c) => `@${c}`).join(', ')}, 1)`,
    );
    this.update = db.prepare(
      `UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')}, version = version + 1
       WHERE ${where(keys)} AND version = @expected`,
    );
    this.page = db.prepare(
      `SELECT * FROM ${table} WHERE ${this.firstKey} > @after ORDER BY ${this.firstKey} LIMIT @limit`,
    );
  }

  get(key: Row): R | null {
    return guardRead(this.db, () => {
      const row = this.select.get(pick(key, this.spec.keys)) as Row | undefined;
      return row ? this.toDomain(row) : null;
    });
  }

  /** Rows where `sql` (a WHERE clause with named parameters) holds, mapped to records. */
  query(sql: string, params: Row): R[] {
    return guardRead(this.db, () => {
      let statement = this.queries.get(sql);
      if (!statement) {
        statement = this.db.prepare(`SELECT * FROM ${this.spec.table} WHERE ${sql}`);
        this.queries.set(sql, statement);
      }
      return (statement.all(params) as Row[]).map(this.toDomain);
    });
  }

  list(request?: PageRequest): Page<R> {
    const limit = pageSize(request);
    const key = this.firstKey;
    return guardRead(this.db, () => {
      const rows = this.page.all({ after: decodeCursor(request?.cursor) ?? '', limit: limit + 1 }) as Row[];
      return this.mapPage(toPage(rows, limit, (r) => String(r[key])));
    });
  }

  upsert(record: Omit<R, 'version'>, expectedVersion: string): Result<R> {
    return guardWrite(this.db, () => this.db.transaction(() => ok(this.write(record, expectedVersion))).immediate());
  }

  /**
   * Inserts or updates inside the caller's transaction; a lost race throws a Rollback (conflict).
   * Answers the record it was given with its new version: the row is not read back and parsed again
   * (rows are checked with the record schema where they come in from the file: get, query, list).
   */
  write(record: Omit<R, 'version'>, expectedVersion: string): R {
    const all = pick(this.spec.toRow(record), this.columns);
    if (expectedVersion === '') {
      this.insert.run(all);
      return { ...record, version: versionString(1) } as R;
    }
    const expected = parseVersion(expectedVersion) ?? conflict();
    if (this.update.run({ ...all, expected }).changes !== 1) conflict();
    return { ...record, version: versionString(expected + 1) } as R;
  }

  /**
   * A row read from the file as its record, checked with the record schema — parsed again only when
   * the row differs from the one the kept record came from (any write changes at least its version).
   * Records are immutable values, so one parse can serve every reader.
   */
  private readonly toDomain = (row: Row): R => {
    const key = this.spec.keys.map((k) => String(row[k])).join('\u0000');
    const known = this.parsed.get(key);
    if (known && sameRow(known.row, row)) return known.record;
    const record = frozen(this.spec.toDomain(row));
    this.parsed.set(key, { row, record });
    return record;
  };

  private mapPage(page: Page<Row>): Page<R> {
    const items = page.items.map(this.toDomain);
    return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
  }
}
