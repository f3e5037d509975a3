/**
 * RSVPs on the central site (`Aanmeldingen`). `transact` holds the meeting's lock (see
 * meeting-lock.ts) while it reads the meeting's RSVPs, lets the pure rule decide, checks every
 * write against what it read, and writes (one $batch when several records change). The unique
 * RsvpKey (meeting|session|person) backs this up: even a writer that ignored the lock could not
 * create a second record for the same person and session.
 */
import { ok, type Id, type Result, type Rsvp } from '@samen/shared';
import type { RsvpStore } from '../ports.js';
import { Conflict, guardRead, guardWrite, Refused } from './errors.js';
import type { GraphAnswer, GraphRequests } from './graph-requests.js';
import { lit, type ListItem } from './list-client.js';
import { KeyedQueue, type MeetingLock } from './meeting-lock.js';
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
    return this.queue.run(meetingId, () =>
      guardWrite(() => this.lock.withLock(meetingId, () => this.decideAndWrite(meetingId, decide))),
    );
  }

  /** Reads the meeting's RSVPs as forMeeting does (`MeetingId eq`: hundreds), decides, writes in a $batch. */
  private async decideAndWrite<T extends { readonly writes: readonly Rsvp[] }>(meetingId: Id, decide: Decide<T>): Promise<Result<T>> {
    const items = await guardRead(() => this.records.client.all({ filter: `fields/MeetingId eq ${lit(meetingId)}` }));
    const current = new Map(items.map((i) => [this.records.toDomain(i).id, i]));
    const decided = decide([...current.values()].map((i) => this.records.toDomain(i)).sort(byId));
    if (!decided.ok) throw new Refused(decided);
    for (const w of decided.value.writes) {
      const read = current.get(w.id);
      const stale = w.version === '' ? read !== undefined : read === undefined || versionOf(read) !== w.version;
      if (w.meetingId !== meetingId || stale) throw new Conflict();
    }
    const stored = await this.write(decided.value.writes, current);
    return ok({ ...decided.value, writes: stored });
  }

  private async write(writes: readonly Rsvp[], current: ReadonlyMap<Id, ListItem>): Promise<Rsvp[]> {
    const list = this.records.client;
    const calls = writes.map(({ version, ...record }) => {
      const fields = rsvpMapping.toFields(record);
      const v = parseVersion(version);
      return v ? list.updateCall(v.itemId, v.etag, fields) : list.createCall(fields);
    });
    const answers = calls.length === 0 ? [] : await this.graph.batch(calls);
    return Promise.all(answers.map((a, n) => this.stored(a, writes[n] as Rsvp, current)));
  }

  /**
   * A 412 while we hold the lock means the item's ETag moved without its content changing
   * (SharePoint bumps ETags on its own, e.g. for system updates): re-read it and, when its content
   * is still what we decided on, write again with the fresh ETag. Otherwise it is a conflict.
   */
  private async stored(answer: GraphAnswer, write: Rsvp, current: ReadonlyMap<Id, ListItem>): Promise<Rsvp> {
    const list = this.records.client;
    const read = current.get(write.id);
    const { version: _v, ...record } = write;
    if (answer.status !== 412 || !read) return this.records.toDomain(list.written(answer, read?.itemId ?? null));
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
