import type { Database } from 'better-sqlite3';
import type { Id, Result, School } from '@samen/shared';
import type { Expected, Page, PageRequest, SchoolStore } from '../ports.js';
import { RecordTable } from './record-table.js';
import { schoolTable } from './school-mapper.js';

export class SqliteSchoolStore implements SchoolStore {
  private readonly table: RecordTable<School>;

  constructor(db: Database) {
    this.table = new RecordTable(db, schoolTable);
  }

  async list(page?: PageRequest): Promise<Page<School>> {
    return this.table.list(page);
  }

  async get(id: Id): Promise<School | null> {
    return this.table.get({ id });
  }

  async upsert({ expectedVersion, ...school }: Omit<School, 'version'> & Expected): Promise<Result<School>> {
    return this.table.upsert(school, expectedVersion);
  }
}
