import type { Database, Statement } from 'better-sqlite3';
import { fail, ok, sliceWith, waitlistHeadLength, type Id, type Result, type Rsvp, type RsvpSlice, type RsvpStatus, type SliceScope } from '@samen/shared';
import type { RsvpStore } from '../ports.js';
import { conflict, guardWrite, Rollback } from './guard.js';
import { RecordTable } from './record-table.js';
import { rsvpTable } from './rsvp-mapper.js';

type Decide<T> = (current: readonly Rsvp[]) => Result<T>;

/** A transaction step waiting for the next group commit. */
interface Queued {
  readonly step: () => Result<unknown>;
  readonly resolve: (result: Result<unknown>) => void;
  readonly reject: (error: unknown) => void;
}

/** What one step came to: its result, or an error that is not the store's (a bug), passed on to its caller. */
type Settled = { readonly result: Result<unknown> } | { readonly error: unknown };

/** Waitlist order as the domain's byWaitlistOrder: the instant the place was taken, then id (index rsvps_waitlist, migration 14). */
const WAITLISTED = `meeting_id = @meetingId AND session_id = @sessionId AND status = 'waitlisted'`;

export class SqliteRsvpStore implements RsvpStore {
  private readonly table: RecordTable<Rsvp>;
  private readonly counts: Statement;
  private readonly ahead: Statement;
  private queue: Queued[] = [];

  constructor(private readonly db: Database) {
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
   * meeting's index entries, the front of a waitlist only where seats could come free, and their
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

  /**
   * Group commit: every step asked for in one turn of the event loop (the clicks of a storm whose
   * requests arrived together) runs in one `BEGIN IMMEDIATE` transaction, in the order asked, each in
   * its own savepoint — it reads what the steps before it wrote, and a refusal or conflict undoes only
   * its own writes. Nobody hears their result before the one commit; if the transaction or the commit
   * fails, every step in it gets that failure. One commit instead of one per click.
   */
  private inTurn<T>(step: () => Result<T>): Promise<Result<T>> {
    return new Promise<Result<T>>((resolve, reject) => {
      this.queue.push({ step, resolve: resolve as Queued['resolve'], reject });
      if (this.queue.length === 1) setImmediate(() => this.commitQueued());
    });
  }

  private commitQueued(): void {
    const batch = this.queue;
    this.queue = [];
    const settled = guardWrite(this.db, () =>
      ok(
        this.db
          .transaction(() =>
            batch.map((queued): Settled => {
              // A failure that ended the whole transaction would let the next savepoint run as a transaction of its own.
              if (!this.db.inTransaction) throw new Rollback(fail('STORE.UNAVAILABLE'));
              try {
                return { result: guardWrite(this.db, () => this.db.transaction(queued.step)()) };
              } catch (error) {
                return { error };
              }
            }),
          )
          .immediate(),
      ),
    );
    batch.forEach((queued, i) => {
      const outcome = settled.ok ? settled.value[i] : { result: settled };
      if (outcome && 'error' in outcome) queued.reject(outcome.error);
      else queued.resolve(outcome?.result ?? fail('STORE.UNAVAILABLE'));
    });
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
      const limit = waitlistHeadLength(scope.capacities[sessionId] ?? null, c.booked ?? 0, c.waitlisted ?? 0);
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
