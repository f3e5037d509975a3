/** Reads the outbox's states straight from the SQLite file (the worker process owns the stores). */
import Database from 'better-sqlite3';
import path from 'node:path';
import { SQLITE_FILE_NAME } from '../../bot/src/store/sqlite/open.js';

export const outboxStatus = (dataDir: string): Record<string, number> => {
  const db = new Database(path.join(dataDir, SQLITE_FILE_NAME), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT status, COUNT(*) AS n FROM outbox GROUP BY status').all() as { status: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  } finally {
    db.close();
  }
};
