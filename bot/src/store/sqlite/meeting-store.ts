import type { Database } from 'better-sqlite3';
import type { Id, Meeting, Result } from '@samen/shared';
import type { Expected, MeetingStore, Page, PageRequest } from '../ports.js';
import { meetingTable } from './meeting-mapper.js';
import { RecordTable } from './record-table.js';

export class SqliteMeetingStore implements MeetingStore {
  private readonly table: RecordTable<Meeting>;

  constructor(db: Database) {
    this.table = new RecordTable(db, meetingTable);
  }

  async list(page?: PageRequest): Promise<Page<Meeting>> {
    return this.table.list(page);
  }

  /** A click reads its meeting every time; the table parses the meeting again only when its row changed. */
  async get(id: Id): Promise<Meeting | null> {
    return this.table.get({ id });
  }

  async upsert({ expectedVersion, ...meeting }: Omit<Meeting, 'version'> & Expected): Promise<Result<Meeting>> {
    return this.table.upsert(meeting, expectedVersion);
  }
}
