/**
 * RSVPs on the central site (`Aanmeldingen`). `transact` holds the meeting's lock (see
 * meeting-lock.ts) while it reads the meeting's RSVPs, lets the pure rule decide, checks every
 * write against what it read, and writes (one $batch when several records change). On a warm
 * instance that is two round trips: the take with the read (one $batch, the read depending on the
 * take), the writes with the release (one $batch, the release depending on every write). The unique
 * RsvpKey (meeting|session|person) backs this up: even a writer that ignored the lock could not
 * create a second record for the same person and session.
 */
import { ok, rsvpsAfter, sliceOf, type Id, type Result, type Rsvp, type RsvpSlice, type SliceScope } from '@samen/shared';
import type { RsvpStore } from '../ports.js';
import { Conflict, guardRead, guardWrite, isEditConflict, Refused } from './errors.js';
import { MAX_BATCH, type GraphAnswer, type GraphRequests } from './graph-requests.js';
import { lit, type ListItem } from './list-client.js';
import { KeyedQueue, type HeldLock, type MeetingLock } from './meeting-lock.js';
import { rsvpMapping } from './mappers.js';
import type { RecordList } from './record-list.js';
import { parseVersion, versionOf } from './version.js';

type Decide<T> = (current: readonly Rsvp[]) => Result<T>;

const byId = (a: Rsvp, b: Rsvp): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class SharePointRsvpStore implements RsvpStore {
  private readonly queue = new KeyedQueue();

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

  transact<T extends { readonly writes: readonly Rsvp[] }>(meetingId: Id, decide: Decide<T>): Promise<Result<T>> {
    const read = { filter: `fields/MeetingId eq ${lit(meetingId)}` };
    return this.queue.run(meetingId, () =>
      guardWrite(() =>
        this.lock.withLock(meetingId, (held) => this.decideAndWrite(meetingId, decide, read, held), this.records.client.queryCall(read)),
      ),
    );
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
   * Reads the meeting's RSVPs as forMeeting does (`MeetingId eq`: hundreds) — from the answer sent
   * with the take when there is one, else now —, decides, writes in a $batch.
   */
  private async decideAndWrite<T extends { readonly writes: readonly Rsvp[] }>(
    meetingId: Id,
    decide: Decide<T>,
    read: { readonly filter: string },
    held: HeldLock,
  ): Promise<Result<T>> {
    const list = this.records.client;
    const first = held.firstRead;
    const items = await guardRead(() => (first && first.status >= 200 && first.status < 300 ? list.allFrom(first) : list.all(read)));
    const current = new Map(items.map((i) => [this.records.toDomain(i).id, i]));
    const decided = decide([...current.values()].map((i) => this.records.toDomain(i)).sort(byId));
    if (!decided.ok) throw new Refused(decided);
    for (const w of decided.value.writes) {
      const read = current.get(w.id);
      const stale = w.version === '' ? read !== undefined : read === undefined || versionOf(read) !== w.version;
      if (w.meetingId !== meetingId || stale) throw new Conflict();
    }
    const stored = await this.write(decided.value.writes, current, held);
    return ok({ ...decided.value, writes: stored });
  }

  /**
   * The writes, and in the same $batch the lock's release, depending on every write: Graph runs it
   * only after all of them succeeded (else 424, and the lock is released after the 412 handling
   * below, as before). Never used when the writes alone fill a $batch.
   */
  private async write(writes: readonly Rsvp[], current: ReadonlyMap<Id, ListItem>, held: HeldLock): Promise<Rsvp[]> {
    const list = this.records.client;
    const calls = writes.map(({ version, ...record }) => {
      const fields = rsvpMapping.toFields(record);
      const v = parseVersion(version);
      return v ? list.updateCall(v.itemId, v.etag, fields) : list.createCall(fields);
    });
    if (calls.length === 0) return [];
    const release = calls.length < MAX_BATCH ? [{ ...held.releaseCall(), dependsOn: calls.map((_, n) => n) }] : [];
    const answers = await this.graph.batch([...calls, ...release]);
    if (release.length > 0) await held.releasedBy(answers[calls.length]);
    return Promise.all(calls.map((_, n) => this.stored(answers[n] as GraphAnswer, writes[n] as Rsvp, current)));
  }

  /**
   * An edit conflict (412, or 409 resourceModified: isEditConflict) while we hold the lock means the
   * item moved without its content changing (SharePoint bumps ETags on its own, e.g. for system
   * updates, and may refuse a PATCH racing such an update with 409): re-read it and, when its content
   * is still what we decided on, write again with the fresh ETag. Otherwise it is a conflict.
   */
  private async stored(answer: GraphAnswer, write: Rsvp, current: ReadonlyMap<Id, ListItem>): Promise<Rsvp> {
    const list = this.records.client;
    const read = current.get(write.id);
    const { version: _v, ...record } = write;
    if (!isEditConflict(answer) || !read) return this.records.toDomain(await list.written(answer, read?.itemId ?? null));
    for (let attempt = 0; attempt < 5; attempt++) {
      const fresh = await list.getItem(read.itemId);
      const before = this.records.toDomain(read);
      if (!fresh || JSON.stringify({ ...this.records.toDomain(fresh), version: '' }) !== JSON.stringify({ ...before, version: '' })) {
        throw new Conflict();
      }
      try {
        return this.records.toDomain(await list.update(fresh.itemId, fresh.etag, rsvpMapping.toFields(record)));
      } catch (e) {
        if (!(e instanceof Conflict)) throw e;
      }
    }
    throw new Conflict();
  }
}
