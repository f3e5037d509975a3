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

  /** `json_each` turns the id list into one bound parameter: one prepared statement for any count. */
  async byIds(ids: readonly Id[]): Promise<readonly Person[]> {
    if (ids.length === 0) return [];
    return this.table.query('id IN (SELECT value FROM json_each(@ids)) ORDER BY id', { ids: JSON.stringify([...new Set(ids)]) });
  }

  /** Through the person_schools index (kept by triggers, migration 5). */
  async atSchools(schoolIds: readonly Id[]): Promise<readonly Person[]> {
    if (schoolIds.length === 0) return [];
    return this.table.query(
      'id IN (SELECT person_id FROM person_schools WHERE school_id IN (SELECT value FROM json_each(@schools))) ORDER BY id',
      { schools: JSON.stringify([...new Set(schoolIds)]) },
    );
  }

  /** A second person with the same Entra object id is refused with STORE.CONFLICT. */
  async upsert({ expectedVersion, ...person }: Omit<Person, 'version'> & Expected): Promise<Result<Person>> {
    return this.table.upsert(person, expectedVersion);
  }
}
