/** The retention job's last clean-up in SQLite (migration 13): one row. */
import type { Database, Statement } from 'better-sqlite3';
import { parseRetentionRun, type RetentionRun } from '@samen/shared';
import type { RetentionStore } from '../ports-retention.js';
import { guardCommand, guardRead } from './guard.js';
import { fromJson, toJson } from './json.js';

export class SqliteRetentionStore implements RetentionStore {
  private readonly read: Statement;
  private readonly write: Statement;

  constructor(private readonly db: Database) {
    this.read = db.prepare(`SELECT run FROM retention_runs WHERE id = 'last'`).pluck();
    this.write = db.prepare(
      `INSERT INTO retention_runs (id, ran_at, run) VALUES ('last', ?, ?) ON CONFLICT (id) DO UPDATE SET ran_at = excluded.ran_at, run = excluded.run`,
    );
  }

  async lastRun(): Promise<RetentionRun | null> {
    return guardRead(this.db, () => {
      const raw = this.read.get() as string | undefined;
      return raw === undefined ? null : parseRetentionRun(fromJson(raw));
    });
  }

  async saveRun(run: RetentionRun): Promise<void> {
    const valid = parseRetentionRun(run);
    guardCommand(this.db, () => this.write.run(valid.ranAt, toJson(valid)));
  }
}
