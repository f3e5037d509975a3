/** The Forms import's memory in SQLite: imported row keys per form, and the last run per form. */
import type { Database, Statement } from 'better-sqlite3';
import { parseRun } from '../forms-import-record.js';
import type { FormsImportRun, FormsImportStore } from '../ports-forms.js';
import { guardCommand, guardRead } from './guard.js';
import { fromJson, toJson } from './json.js';
import type { Row } from './record-table.js';

export class SqliteFormsImportStore implements FormsImportStore {
  private readonly keysOf: Statement;
  private readonly insertKey: Statement;
  private readonly upsertRun: Statement;
  private readonly allRuns: Statement;

  constructor(private readonly db: Database) {
    this.keysOf = db.prepare('SELECT row_key FROM forms_import_rows WHERE form_id = ?').pluck();
    this.insertKey = db.prepare('INSERT OR IGNORE INTO forms_import_rows (form_id, row_key) VALUES (?, ?)');
    this.upsertRun = db.prepare(
      `INSERT INTO forms_import_runs (form_id, ran_at, run) VALUES (?, ?, ?)
       ON CONFLICT (form_id) DO UPDATE SET ran_at = excluded.ran_at, run = excluded.run`,
    );
    this.allRuns = db.prepare('SELECT run FROM forms_import_runs ORDER BY form_id');
  }

  async seen(formId: string): Promise<ReadonlySet<string>> {
    return guardRead(this.db, () => new Set(this.keysOf.all(formId) as string[]));
  }

  async record(formId: string, keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    guardCommand(this.db, () => this.db.transaction(() => keys.forEach((k) => this.insertKey.run(formId, k)))());
  }

  async saveRun(run: FormsImportRun): Promise<void> {
    const valid = parseRun(run);
    guardCommand(this.db, () => this.upsertRun.run(valid.formId, valid.ranAt, toJson(valid)));
  }

  async runs(): Promise<readonly FormsImportRun[]> {
    return guardRead(this.db, () => (this.allRuns.all() as Row[]).map((r) => parseRun(fromJson(r.run))));
  }
}
