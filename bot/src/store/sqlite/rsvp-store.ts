import type { Database } from 'better-sqlite3';
import type { Id, Result, Rsvp } from '@samen/shared';
import type { RsvpStore } from '../ports.js';
import { conflict, guardWrite, Rollback } from './guard.js';
import { RecordTable } from './record-table.js';
import { rsvpTable } from './rsvp-mapper.js';

type Decide<T> = (current: readonly Rsvp[]) => Result<T>;

export class SqliteRsvpStore implements RsvpStore {
  private readonly table: RecordTable<Rsvp>;

  constructor(private readonly db: Database) {
    this.table = new RecordTable(db, rsvpTable);
  }

  async forMeeting(meetingId: Id): Promise<readonly Rsvp[]> {
    return this.table.query('meeting_id = @meetingId ORDER BY id', { meetingId });
  }

  async forPerson(personId: Id): Promise<readonly Rsvp[]> {
    return this.table.query('person_id = @personId ORDER BY id', { personId });
  }

  /**
   * BEGIN IMMEDIATE takes the write lock before reading, so a second caller (this process or
   * another on the same file) waits (busy_timeout) and then decides on the committed seats.
   * The returned `writes` are the stored records, carrying their new versions.
   */
  async transact<T extends { readonly writes: readonly Rsvp[] }>(meetingId: Id, decide: Decide<T>): Promise<Result<T>> {
    const run = this.db.transaction((): Result<T> => {
      const current = this.table.query('meeting_id = @meetingId ORDER BY id', { meetingId });
      const decided = decide(current);
      if (!decided.ok) throw new Rollback(decided);
      const stored = decided.value.writes.map((w) => {
        if (w.meetingId !== meetingId) conflict();
        const { version, ...record } = w;
        return this.table.write(record, version);
      });
      return { ok: true, value: { ...decided.value, writes: stored } };
    });
    return guardWrite(this.db, () => run.immediate());
  }
}
