import type { Database, Statement } from 'better-sqlite3';
import { ok, sliceWith, waitlistHeadLength, type Id, type Result, type Rsvp, type RsvpSlice, type RsvpStatus, type SliceScope } from '@samen/shared';
import type { RsvpStore } from '../ports.js';
import { conflict, Rollback, writeFailure } from './guard.js';
import type { GroupCommit } from './group-commit.js';
import { RecordTable } from './record-table.js';
import { rsvpTable } from './rsvp-mapper.js';

type Decide<T> = (current: readonly Rsvp[]) => Result<T>;

/** Waitlist order as the domain's byWaitlistOrder: the instant the place was taken, then id (index rsvps_waitlist, migration 14). */
const WAITLISTED = `meeting_id = @meetingId AND session_id = @sessionId AND status = 'waitlisted'`;

export class SqliteRsvpStore implements RsvpStore {
  private readonly table: RecordTable<Rsvp>;
  private readonly counts: Statement;
  private readonly ahead: Statement;

  constructor(
    private readonly db: Database,
    private readonly commits: GroupCommit,
  ) {
    this.table = new RecordTable(db, rsvpTable);
    this.counts = db.prepare(`SELECT session_id, status, COUNT(*) AS n FROM rsvps WHERE meeting_id = @meetingId GROUP BY session_id, status`);
    this.ahead = db.prepare(
      `SELECT COUNT(*) AS n FROM rsvps WHERE ${WAITLISTED}
       AND (julianday(status_since) < julianday(@since) OR (julianday(status_since) = julianday(@since) AND id < @id))`,
    );
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
    return this.inTurn((): Result<T> => {
      const current = this.table.query('meeting_id = @meetingId ORDER BY id', { meetingId });
      const decided = decide(current);
      if (!decided.ok) throw new Rollback(decided);
      return ok({ ...decided.value, writes: this.writeAll(meetingId, decided.value.writes) });
    });
  }

  /**
   * The same transaction on the person's slice: their own rows, one grouped count over the
   * meeting's index entries, the front of a waitlist only where seats are free or the person holds
   * one (a newcomer on a full session reads none), and their
   * waitlist place counted in the index. Only those rows are read and parsed, whatever the number
   * of answers; the slice afterwards is the one read plus the writes, places counted again.
   */
  async transactFor<T extends { readonly writes: readonly Rsvp[] }>(
    meetingId: Id,
    scope: SliceScope,
    decide: (slice: RsvpSlice) => Result<T>,
  ): Promise<Result<T & { readonly after: RsvpSlice }>> {
    return this.inTurn((): Result<T & { readonly after: RsvpSlice }> => {
      const slice = this.sliceOf(meetingId, scope);
      const decided = decide(slice);
      if (!decided.ok) throw new Rollback(decided);
      const writes = this.writeAll(meetingId, decided.value.writes);
      const after = writes.length === 0 ? slice : this.withPlaces(sliceWith(slice, writes));
      return ok({ ...decided.value, writes, after });
    });
  }

  /** In the database's next group commit (group-commit.ts), with the store's failures as results. */
  private inTurn<T>(step: () => Result<T>): Promise<Result<T>> {
    return this.commits.run(step).catch(writeFailure<T>);
  }

  private writeAll(meetingId: Id, writes: readonly Rsvp[]): Rsvp[] {
    return writes.map((w) => {
      if (w.meetingId !== meetingId) conflict();
      const { version, ...record } = w;
      return this.table.write(record, version);
    });
  }

  private sliceOf(meetingId: Id, scope: SliceScope): RsvpSlice {
    const own = this.table.query('person_id = @personId AND meeting_id = @meetingId ORDER BY id', { meetingId, personId: scope.personId });
    const counts: Record<Id, Partial<Record<RsvpStatus, number>>> = {};
    for (const row of this.counts.all({ meetingId }) as { session_id: string; status: RsvpStatus; n: number }[]) {
      (counts[row.session_id] ??= {})[row.status] = row.n;
    }
    const waitlistHeads: Record<Id, Rsvp[]> = {};
    for (const [sessionId, c] of Object.entries(counts)) {
      const holdsSeat = own.some((r) => r.sessionId === sessionId && r.status === 'booked');
      const limit = waitlistHeadLength(scope.capacities[sessionId] ?? null, c.booked ?? 0, c.waitlisted ?? 0, holdsSeat);
      if (limit > 0) {
        waitlistHeads[sessionId] = this.table.query(`${WAITLISTED} ORDER BY julianday(status_since), id LIMIT @limit`, { meetingId, sessionId, limit });
      }
    }
    return this.withPlaces({ meetingId, personId: scope.personId, own, counts, waitlistHeads, waitlistPositions: {} });
  }

  /** The person's place on each waitlist they are on: how many wait ahead of them, plus one. */
  private withPlaces(slice: RsvpSlice): RsvpSlice {
    const waitlistPositions: Record<Id, number> = {};
    for (const r of slice.own) {
      if (r.status !== 'waitlisted') continue;
      const { n } = this.ahead.get({ meetingId: slice.meetingId, sessionId: r.sessionId, since: r.statusSince, id: r.id }) as { n: number };
      waitlistPositions[r.sessionId] = n + 1;
    }
    return { ...slice, waitlistPositions };
  }
}
