/**
 * RSVPs on the central site (`Aanmeldingen`). `transact` holds the meeting's lock (see
 * meeting-lock.ts) while it reads the meeting's RSVPs, lets the pure rule decide, checks every
 * write against what it read, and writes (one $batch when several records change). On a warm
 * instance that is two round trips: the take with the read (one $batch, the read depending on the
 * take), the writes with the release (one $batch, the release depending on every write). The unique
 * RsvpKey (meeting|session|person) backs this up: even a writer that ignored the lock could not
 * create a second record for the same person and session.
 */
import { fail, ok, rsvpsAfter, sliceOf, type Id, type Result, type Rsvp, type RsvpSlice, type SliceScope } from '@samen/shared';
import type { RsvpStore } from '../ports.js';
import { Conflict, guardRead, guardWrite, isEditConflict } from './errors.js';
import { MAX_BATCH, type GraphAnswer, type GraphRequests } from './graph-requests.js';
import { lit, type ListItem } from './list-client.js';
import { KeyedQueue, type HeldLock, type MeetingLock } from './meeting-lock.js';
import { rsvpMapping } from './mappers.js';
import type { RecordList } from './record-list.js';
import { parseVersion, versionOf } from './version.js';

type Decide<T> = (current: readonly Rsvp[]) => Result<T>;
type Writes = { readonly writes: readonly Rsvp[] };

/** A caller of `transact` waiting for its turn under the meeting's lock. */
interface Waiter {
  readonly decide: Decide<Writes>;
  readonly resolve: (result: Result<Writes>) => void;
}

/** A caller taken into a round: what it decided, and the writes that go into the round's $batch. */
interface Taken {
  readonly waiter: Waiter;
  readonly decided: Writes;
  readonly writes: readonly Rsvp[];
}

/**
 * Callers that arrive for a meeting while its lock is busy wait as one group, at most this many: the
 * next holder decides for them all, one after another on what the ones before them decided, and writes
 * their RSVPs in one $batch (one write each, typically, and the release: 20 calls).
 */
const GROUP = MAX_BATCH - 1;

const byId = (a: Rsvp, b: Rsvp): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class SharePointRsvpStore implements RsvpStore {
  private readonly queue = new KeyedQueue();
  /** Per meeting, the group still waiting for the lock that a new caller joins. */
  private readonly forming = new Map<Id, Waiter[]>();

  constructor(
    private readonly records: RecordList<Rsvp>,
    private readonly lock: MeetingLock,
    private readonly graph: GraphRequests,
  ) {}

  /** `MeetingId eq`: one meeting's RSVPs, bounded by its sessions' capacity and waitlist (hundreds). */
  async forMeeting(meetingId: Id): Promise<readonly Rsvp[]> {
    return (await this.records.find(`fields/MeetingId eq ${lit(meetingId)}`)).sort(byId);
  }

  /** `PersonId eq`: one person's RSVPs over ten school years (tens). */
  async forPerson(personId: Id): Promise<readonly Rsvp[]> {
    return (await this.records.find(`fields/PersonId eq ${lit(personId)}`)).sort(byId);
  }

  /**
   * Queued in this process per meeting (KeyedQueue), then under the meeting's lock. A caller that finds a
   * group of its meeting still waiting joins it (runGroup): a storm of clicks costs a lock, a read and a
   * $batch of writes per group of GROUP instead of per click, and a 429 holds up a group, not every click.
   */
  transact<T extends Writes>(meetingId: Id, decide: Decide<T>): Promise<Result<T>> {
    return new Promise<Result<T>>((resolve) => {
      const waiter: Waiter = { decide, resolve: resolve as (result: Result<Writes>) => void };
      const forming = this.forming.get(meetingId);
      if (forming && forming.length < GROUP) {
        forming.push(waiter);
        return;
      }
      const group = [waiter];
      this.forming.set(meetingId, group);
      void this.queue.run(meetingId, async () => {
        if (this.forming.get(meetingId) === group) this.forming.delete(meetingId);
        await this.runGroup(meetingId, group);
      });
    });
  }

  /**
   * Holds the lock once for the group and answers every caller in it. In rounds: each caller decides on
   * the RSVPs as read plus what the callers before it in the round decided (as if they had gone one after
   * another); a round ends before a caller whose writes touch a record already written in it, or that
   * would overfill the $batch. The round's writes go in one $batch (the last round's with the release),
   * and every caller hears its own outcome: a write of its that failed fails that caller only. The next
   * round decides on what was written, or reads again after a failure.
   */
  private async runGroup(meetingId: Id, group: readonly Waiter[]): Promise<void> {
    const answers = new Map<Waiter, Result<Writes>>();
    const read = { filter: `fields/MeetingId eq ${lit(meetingId)}` };
    const list = this.records.client;
    const held = await guardWrite(() =>
      this.lock.withLock(
        meetingId,
        async (lock) => {
          let current: Map<Id, ListItem> | null = null;
          // The read sent with the take serves the first round only; after a failed write the next round reads again.
          let first: GraphAnswer | null = lock.firstRead;
          let pending = [...group];
          while (pending.length > 0) {
            if (current === null) {
              const answer = first;
              first = null;
              const items = await guardRead(() => (answer && answer.status >= 200 && answer.status < 300 ? list.allFrom(answer) : list.all(read)));
              current = new Map(items.map((i) => [this.records.toDomain(i).id, i]));
            }
            const round = this.round(meetingId, pending, current, answers);
            pending = pending.filter((w) => !answers.has(w) && !round.some((r) => r.waiter === w));
            const written = await this.write(round.flatMap((r) => r.writes), current, pending.length === 0 ? lock : null);
            current = this.settle(round, written, current, answers);
          }
          return ok(undefined);
        },
        list.queryCall(read),
      ),
    );
    for (const waiter of group) waiter.resolve(answers.get(waiter) ?? (held.ok ? fail('STORE.CONFLICT') : held));
  }

  /** The next round's callers and their writes; callers refused (by the rule, or stale) are answered in `answers`. */
  private round(meetingId: Id, pending: readonly Waiter[], current: ReadonlyMap<Id, ListItem>, answers: Map<Waiter, Result<Writes>>): Taken[] {
    const round: Taken[] = [];
    const touched = new Set<Id>();
    let state = [...current.values()].map((i) => this.records.toDomain(i)).sort(byId);
    let calls = 0;
    for (const waiter of pending) {
      const decided = waiter.decide(state);
      if (!decided.ok) {
        answers.set(waiter, decided);
        continue;
      }
      const { writes } = decided.value;
      if (round.length > 0 && (writes.some((w) => touched.has(w.id)) || calls + writes.length >= MAX_BATCH)) break;
      const stale = writes.some((w) => {
        const item = current.get(w.id);
        return w.meetingId !== meetingId || (w.version === '' ? item !== undefined : item === undefined || versionOf(item) !== w.version);
      });
      if (stale) {
        answers.set(waiter, fail('STORE.CONFLICT'));
        continue;
      }
      round.push({ waiter, decided: decided.value, writes });
      for (const w of writes) touched.add(w.id);
      calls += writes.length;
      state = rsvpsAfter(state, writes).sort(byId);
    }
    return round;
  }

  /**
   * Answers the round's callers from what their writes came back as, and gives the RSVPs as they now
   * are for the next round (null: read again, a write's outcome is not known).
   */
  private settle(
    round: readonly Taken[],
    written: readonly PromiseSettledResult<ListItem>[],
    current: Map<Id, ListItem>,
    answers: Map<Waiter, Result<Writes>>,
  ): Map<Id, ListItem> | null {
    let next = 0;
    let known = true;
    for (const { waiter, decided, writes } of round) {
      const outcomes = written.slice(next, next + writes.length);
      next += writes.length;
      if (outcomes.every((o) => o.status === 'fulfilled')) {
        const items = outcomes.map((o) => (o as PromiseFulfilledResult<ListItem>).value);
        items.forEach((item, n) => current.set((writes[n] as Rsvp).id, item));
        answers.set(waiter, ok({ ...decided, writes: items.map((item) => this.records.toDomain(item)) }));
      } else {
        known = false;
        const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')?.reason as unknown;
        answers.set(waiter, failure instanceof Conflict ? fail('STORE.CONFLICT') : fail('STORE.UNAVAILABLE'));
      }
    }
    return known ? current : null;
  }

  /**
   * A click on SharePoint reads the meeting's RSVPs in one query anyway (request count, not rows,
   * is what Graph charges): the slice is cut from them, the slice afterwards from them plus the writes.
   */
  async transactFor<T extends { readonly writes: readonly Rsvp[] }>(
    meetingId: Id,
    scope: SliceScope,
    decide: (slice: RsvpSlice) => Result<T>,
  ): Promise<Result<T & { readonly after: RsvpSlice }>> {
    // A retried attempt runs `decide` again; the last run is the one written.
    let seen: readonly Rsvp[] = [];
    const decided = await this.transact(meetingId, (current) => {
      seen = current;
      return decide(sliceOf(current, meetingId, scope.personId));
    });
    if (!decided.ok) return decided;
    return ok({ ...decided.value, after: sliceOf(rsvpsAfter(seen, decided.value.writes), meetingId, scope.personId) });
  }

  /**
   * The writes, and in the same $batch the lock's release, depending on every write: Graph runs it
   * only after all of them succeeded (else 424, and the lock is released after the 412 handling
   * below, as before). Never used when the writes alone fill a $batch.
   */
  private async write(writes: readonly Rsvp[], current: ReadonlyMap<Id, ListItem>, held: HeldLock | null): Promise<PromiseSettledResult<ListItem>[]> {
    const list = this.records.client;
    const calls = writes.map(({ version, ...record }) => {
      const fields = rsvpMapping.toFields(record);
      const v = parseVersion(version);
      return v ? list.updateCall(v.itemId, v.etag, fields) : list.createCall(fields);
    });
    if (calls.length === 0) return [];
    const release = held && calls.length < MAX_BATCH ? [{ ...held.releaseCall(), dependsOn: calls.map((_, n) => n) }] : [];
    const answers = await this.graph.batch([...calls, ...release]);
    if (held && release.length > 0) await held.releasedBy(answers[calls.length]);
    return Promise.allSettled(calls.map((_, n) => this.stored(answers[n] as GraphAnswer, writes[n] as Rsvp, current)));
  }

  /**
   * An edit conflict (412, or 409 resourceModified: isEditConflict) while we hold the lock means the
   * item moved without its content changing (SharePoint bumps ETags on its own, e.g. for system
   * updates, and may refuse a PATCH racing such an update with 409): re-read it and, when its content
   * is still what we decided on, write again with the fresh ETag. Otherwise it is a conflict.
   */
  private async stored(answer: GraphAnswer, write: Rsvp, current: ReadonlyMap<Id, ListItem>): Promise<ListItem> {
    const list = this.records.client;
    const read = current.get(write.id);
    const { version: _v, ...record } = write;
    if (!isEditConflict(answer) || !read) return list.written(answer, read?.itemId ?? null);
    for (let attempt = 0; attempt < 5; attempt++) {
      const fresh = await list.getItem(read.itemId);
      const before = this.records.toDomain(read);
      if (!fresh || JSON.stringify({ ...this.records.toDomain(fresh), version: '' }) !== JSON.stringify({ ...before, version: '' })) {
        throw new Conflict();
      }
      try {
        return await list.update(fresh.itemId, fresh.etag, rsvpMapping.toFields(record));
      } catch (e) {
        if (!(e instanceof Conflict)) throw e;
      }
    }
    throw new Conflict();
  }
}
