import type { Database, Statement } from 'better-sqlite3';
import type { Id, Meeting, Result } from '@samen/shared';
import type { Expected, MeetingStore, Page, PageRequest } from '../ports.js';
import { guardRead } from './guard.js';
import { meetingTable } from './meeting-mapper.js';
import { RecordTable, type Row } from './record-table.js';

/** How many parsed meetings `get` keeps (the ones being clicked on now); the oldest goes first. */
const PARSED_MEETINGS = 64;

export class SqliteMeetingStore implements MeetingStore {
  private readonly table: RecordTable<Meeting>;
  private readonly select: Statement;
  /** Meetings as last parsed, by id, with the row they were parsed from. */
  private readonly parsed = new Map<Id, { readonly row: Row; readonly meeting: Meeting }>();

  constructor(private readonly db: Database) {
    this.table = new RecordTable(db, meetingTable);
    this.select = db.prepare('SELECT * FROM meetings WHERE id = ?');
  }

  async list(page?: PageRequest): Promise<Page<Meeting>> {
    return this.table.list(page);
  }

  /**
   * A click reads its meeting every time, and parsing the meeting's JSON and checking it with zod cost
   * more than the read itself: the row is still read each time, but parsed only when it differs from
   * the row the kept meeting came from (any write changes at least its version).
   */
  async get(id: Id): Promise<Meeting | null> {
    return guardRead(this.db, () => {
      const row = this.select.get(id) as Row | undefined;
      const known = this.parsed.get(id);
      if (!row) {
        this.parsed.delete(id);
        return null;
      }
      if (known && sameRow(known.row, row)) return known.meeting;
      const meeting = meetingTable.toDomain(row);
      this.parsed.delete(id);
      this.parsed.set(id, { row, meeting });
      if (this.parsed.size > PARSED_MEETINGS) this.parsed.delete(this.parsed.keys().next().value as Id);
      return meeting;
    });
  }

  async upsert({ expectedVersion, ...meeting }: Omit<Meeting, 'version'> & Expected): Promise<Result<Meeting>> {
    return this.table.upsert(meeting, expectedVersion);
  }
}

const sameRow = (a: Row, b: Row): boolean => {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
};
