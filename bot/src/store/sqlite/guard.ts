/**
 * Translates SQLite's failures into the store's vocabulary: a lost race or a unique key becomes
 * STORE.CONFLICT, a locked/broken/closed database becomes STORE.UNAVAILABLE (writes) or a thrown
 * StorageUnavailable (reads). Programming errors (TypeError etc.) pass through untouched.
 */
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { fail, type Result } from '@samen/shared';
import { ZodError } from 'zod';
import { StorageUnavailable } from '../errors.js';

/** Thrown inside a transaction to roll it back and return `result` instead. */
export class Rollback<T> extends Error {
  constructor(readonly result: Result<T>) {
    super('rollback');
  }
}

export const conflict = (): never => {
  throw new Rollback(fail('STORE.CONFLICT'));
};

type StoreCode = 'STORE.CONFLICT' | 'STORE.UNAVAILABLE';

/** A key that is already taken: someone else created the record first. */
const CONFLICT_CODES = new Set(['SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_CONSTRAINT_UNIQUE']);

/** The store code for an error SQLite raised, or null when the error is not SQLite's. */
export const storeCodeOf = (e: unknown): StoreCode | null => {
  if (!(e instanceof BetterSqlite3.SqliteError)) return null;
  return CONFLICT_CODES.has(e.code) ? 'STORE.CONFLICT' : 'STORE.UNAVAILABLE';
};

const ensureOpen = (db: Database): void => {
  if (!db.open) throw new StorageUnavailable('The store is closed.');
};

/** Runs a read; any SQLite failure or invalid stored row is thrown as StorageUnavailable. */
export const guardRead = <T>(db: Database, read: () => T): T => {
  ensureOpen(db);
  try {
    return read();
  } catch (e) {
    if (storeCodeOf(e) !== null) throw new StorageUnavailable('The store could not be read.', { cause: e });
    if (e instanceof ZodError) throw new StorageUnavailable('A stored record is not valid.', { cause: e });
    throw e;
  }
};

/** What a failed write returns: a Rollback's result, STORE.* for SQLite's failures and an unavailable store; anything else (a bug) is thrown on. */
export const writeFailure = <T>(e: unknown): Result<T> => {
  if (e instanceof Rollback) return e.result as Result<T>;
  if (e instanceof StorageUnavailable) return fail('STORE.UNAVAILABLE');
  const code = storeCodeOf(e);
  if (code !== null) return fail(code);
  throw e;
};

/** Runs a write returning a Result; Rollback and SQLite failures become a failed Result. */
export const guardWrite = <T>(db: Database, write: () => Result<T>): Result<T> => {
  if (!db.open) return fail('STORE.UNAVAILABLE');
  try {
    return write();
  } catch (e) {
    return writeFailure(e);
  }
};

/** What a failed write without a Result throws: SQLite's failures as StorageUnavailable, anything else as it is. */
export const commandFailure = (e: unknown): never => {
  if (storeCodeOf(e) !== null) throw new StorageUnavailable('The store could not be written.', { cause: e });
  throw e;
};

/** Runs a write without a Result (outbox, conversations); failures are thrown as StorageUnavailable. */
export const guardCommand = <T>(db: Database, write: () => T): T => {
  ensureOpen(db);
  try {
    return write();
  } catch (e) {
    return commandFailure(e);
  }
};
