import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { runReflectionOldDataContract, runStoresContract } from '../../bot/src/store/contract/index.js';
import { openSqliteStores, SQLITE_FILE_NAME } from '../../bot/src/store/sqlite/index.js';
import { MIGRATIONS, migrate } from '../../bot/src/store/sqlite/migrations.js';

runStoresContract('sqlite (memory)', () => openSqliteStores({ memory: true }));

const root = mkdtempSync(join(tmpdir(), 'samen-store-'));
let n = 0;
runStoresContract('sqlite (file)', () => openSqliteStores({ dataDir: join(root, `db-${++n}`) }));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A file written by the app before grants (schema 9), then opened by this one (migration 10). */
runReflectionOldDataContract('sqlite (file of schema 9)', async (old) => {
  const dataDir = join(root, `old-${++n}`);
  mkdirSync(dataDir, { recursive: true });
  const db = new BetterSqlite3(join(dataDir, SQLITE_FILE_NAME));
  migrate(db, MIGRATIONS.filter((m) => m.version <= 9));
  const insert = db.prepare(
    `INSERT INTO reflections (school_id, school_year, version, framework_revision, status, shared_with_swv, updated_at, updated_by, answers)
     VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of old) {
    insert.run(r.schoolId, r.schoolYear, r.frameworkRevision, r.status, r.sharedWithSwv ? 1 : 0, r.updatedAt, r.updatedBy, JSON.stringify(r.answers));
  }
  db.close();
  return openSqliteStores({ dataDir });
});
