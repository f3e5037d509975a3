import type { Database, Statement } from 'better-sqlite3';
import { ok, type Framework, type Result } from '@samen/shared';
import type { Expected, FrameworkStore } from '../ports.js';
import { conflict, guardRead, guardWrite } from './guard.js';
import { frameworkToDomain, frameworkToRow } from './framework-mapper.js';
import type { Row } from './record-table.js';

export class SqliteFrameworkStore implements FrameworkStore {
  private readonly select: Statement;
  private readonly upsert: Statement;

  constructor(private readonly db: Database) {
    this.select = db.prepare('SELECT * FROM frameworks WHERE school_year = ?');
    this.upsert = db.prepare(
      `INSERT INTO frameworks (school_year, revision, is_example, items)
       VALUES (@school_year, @revision, @is_example, @items)
       ON CONFLICT (school_year) DO UPDATE SET
         revision = excluded.revision, is_example = excluded.is_example, items = excluded.items`,
    );
  }

  async get(schoolYear: string): Promise<Framework | null> {
    return guardRead(this.db, () => this.read(schoolYear));
  }

  async save({
    expectedVersion,
    ...framework
  }: Omit<Framework, 'version' | 'revision'> & Expected): Promise<Result<Framework>> {
    const run = this.db.transaction((): Result<Framework> => {
      const current = this.read(framework.schoolYear);
      if ((current?.version ?? '') !== expectedVersion) conflict();
      this.upsert.run(frameworkToRow(framework, (current?.revision ?? 0) + 1));
      return ok(this.read(framework.schoolYear) as Framework);
    });
    return guardWrite(this.db, () => run.immediate());
  }

  private read(schoolYear: string): Framework | null {
    const row = this.select.get(schoolYear) as Row | undefined;
    return row ? frameworkToDomain(row) : null;
  }
}
