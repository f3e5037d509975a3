import type { Database } from 'better-sqlite3';
import type { Id, Person, Result } from '@samen/shared';
import type { Expected, Page, PageRequest, PersonStore } from '../ports.js';
import { personTable } from './person-mapper.js';
import { RecordTable } from './record-table.js';

export class SqlitePersonStore implements PersonStore {
  private readonly table: RecordTable<Person>;

  constructor(db: Database) {
    this.table = new RecordTable(db, personTable);
  }

  async list(page?: PageRequest): Promise<Page<Person>> {
    return this.table.list(page);
  }

  async get(id: Id): Promise<Person | null> {
    return this.table.get({ id });
  }

  async getByAadObjectId(aadObjectId: string): Promise<Person | null> {
    return this.table.query('aad_object_id = @aad', { aad: aadObjectId })[0] ?? null;
  }

  /** A second person with the same Entra object id is refused with STORE.CONFLICT. */
  async upsert({ expectedVersion, ...person }: Omit<Person, 'version'> & Expected): Promise<Result<Person>> {
    return this.table.upsert(person, expectedVersion);
  }
}
