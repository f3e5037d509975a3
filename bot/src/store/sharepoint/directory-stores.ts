/** Schools, people and meetings on the central site: plain versioned records. */
import type { Id, Meeting, Person, Result, School } from '@samen/shared';
import type { Expected, MeetingStore, Page, PageRequest, PersonStore, SchoolStore } from '../ports.js';
import { lit } from './list-client.js';
import type { RecordList } from './record-list.js';

export class SharePointSchoolStore implements SchoolStore {
  constructor(private readonly records: RecordList<School>) {}

  list(page?: PageRequest): Promise<Page<School>> {
    return this.records.list(page);
  }

  get(id: Id): Promise<School | null> {
    return this.records.get(id);
  }

  upsert({ expectedVersion, ...school }: Omit<School, 'version'> & Expected): Promise<Result<School>> {
    return this.records.upsert(school, expectedVersion);
  }
}

export class SharePointPersonStore implements PersonStore {
  constructor(private readonly records: RecordList<Person>) {}

  list(page?: PageRequest): Promise<Page<Person>> {
    return this.records.list(page);
  }

  get(id: Id): Promise<Person | null> {
    return this.records.get(id);
  }

  /** Unique AadObjectId: one item. */
  async getByAadObjectId(aadObjectId: string): Promise<Person | null> {
    return (await this.records.find(`fields/AadObjectId eq ${lit(aadObjectId)}`))[0] ?? null;
  }

  /** AadObjectId is a unique column: a second person with the same Entra id is a 409 → STORE.CONFLICT. */
  upsert({ expectedVersion, ...person }: Omit<Person, 'version'> & Expected): Promise<Result<Person>> {
    return this.records.upsert(person, expectedVersion);
  }
}

export class SharePointMeetingStore implements MeetingStore {
  constructor(private readonly records: RecordList<Meeting>) {}

  list(page?: PageRequest): Promise<Page<Meeting>> {
    return this.records.list(page);
  }

  get(id: Id): Promise<Meeting | null> {
    return this.records.get(id);
  }

  upsert({ expectedVersion, ...meeting }: Omit<Meeting, 'version'> & Expected): Promise<Result<Meeting>> {
    return this.records.upsert(meeting, expectedVersion);
  }
}
