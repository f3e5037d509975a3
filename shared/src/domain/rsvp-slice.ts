/**
 * What one person's answer and their card need of a meeting's RSVPs, without everyone else's records:
 * their own RSVPs, how many RSVPs each session has per status, the front of each waitlist (the people
 * an answer could move to a seat) and their own place in it. A store reads this with a few indexed
 * queries inside its transaction (SQLite) or cuts it from the meeting's RSVPs it read anyway
 * (SharePoint: `sliceOf`); `decideRsvp` and the invitation card work on it, so a click costs the
 * same with 10 or 1,000 answers.
 */
import type { Id } from './ids.js';
import type { Meeting } from './meeting.js';
import type { Rsvp, RsvpStatus } from './rsvp-types.js';

export type StatusCounts = Readonly<Partial<Record<RsvpStatus, number>>>;

export interface RsvpSlice {
  readonly meetingId: Id;
  readonly personId: Id;
  /** The person's RSVPs for this meeting (every session), in id order. */
  readonly own: readonly Rsvp[];
  /** Per session id: how many RSVPs have each status (a session without any is absent). */
  readonly counts: Readonly<Record<Id, StatusCounts>>;
  /**
   * Per session id: the first waitlisted RSVPs in waitlist order — at least `waitlistHeadLength` of
   * them, the most this person's answer could promote (absent = nobody waits, or nobody could be promoted).
   */
  readonly waitlistHeads: Readonly<Record<Id, readonly Rsvp[]>>;
  /** Per session id where the person waits: their 1-based place on the waitlist. */
  readonly waitlistPositions: Readonly<Record<Id, number>>;
}

/** What a store needs to cut a slice: whose, and each session's seats (null = no limit). */
export interface SliceScope {
  readonly personId: Id;
  readonly capacities: Readonly<Record<Id, number | null>>;
}

export const sliceScope = (meeting: Meeting, personId: Id): SliceScope => ({
  personId,
  capacities: Object.fromEntries(meeting.sessions.map((s) => [s.id, s.capacity])),
});

/**
 * How many waiting people one answer could need in a session: the seats free now plus the one the
 * person may give up, when they hold one there (`holdsSeat`: booked in that session; unknown = true).
 * Someone without a seat there frees none, and a person leaving the waitlist frees no seat either, so
 * their own place in the head never costs a promotion: a newcomer clicking on a full session needs no
 * head at all.
 */
export const waitlistHeadLength = (capacity: number | null, booked: number, waitlisted: number, holdsSeat = true): number =>
  capacity === null ? waitlisted : Math.min(waitlisted, Math.max(0, capacity - booked) + (holdsSeat ? 1 : 0));

/** By the moment the place was taken (compared as instants: stored offsets may differ), then by id. */
export const byWaitlistOrder = (a: Rsvp, b: Rsvp): number => {
  const diff = Date.parse(a.statusSince) - Date.parse(b.statusSince);
  if (diff !== 0) return diff;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

const byId = (a: Rsvp, b: Rsvp): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const countOf = (slice: Pick<RsvpSlice, 'counts'>, sessionId: Id, status: RsvpStatus): number => slice.counts[sessionId]?.[status] ?? 0;

/** The slice of a meeting's full RSVP list for one person (every waiting person in the heads). */
export const sliceOf = (rsvps: readonly Rsvp[], meetingId: Id, personId: Id): RsvpSlice => {
  const counts: Record<Id, Partial<Record<RsvpStatus, number>>> = {};
  const heads: Record<Id, Rsvp[]> = {};
  const own: Rsvp[] = [];
  for (const r of rsvps) {
    if (r.meetingId !== meetingId) continue;
    const c = (counts[r.sessionId] ??= {});
    c[r.status] = (c[r.status] ?? 0) + 1;
    if (r.status === 'waitlisted') (heads[r.sessionId] ??= []).push(r);
    if (r.personId === personId) own.push(r);
  }
  const waitlistPositions: Record<Id, number> = {};
  for (const [sessionId, head] of Object.entries(heads)) {
    head.sort(byWaitlistOrder);
    const at = head.findIndex((r) => r.personId === personId);
    if (at >= 0) waitlistPositions[sessionId] = at + 1;
  }
  return { meetingId, personId, own: own.sort(byId), counts, waitlistHeads: heads, waitlistPositions };
};

/**
 * The slice after `writes` (records of this meeting that replace, by id, the person's own or ones in
 * a waitlist head, or are new): counts and heads follow. Waitlist places are not known here (someone
 * outside the head may sort before a new place): the result has none; stores read them afresh.
 */
export const sliceWith = (slice: RsvpSlice, writes: readonly Rsvp[]): RsvpSlice => {
  const counts: Record<Id, Partial<Record<RsvpStatus, number>>> = Object.fromEntries(Object.entries(slice.counts).map(([k, v]) => [k, { ...v }]));
  const heads: Record<Id, Rsvp[]> = Object.fromEntries(Object.entries(slice.waitlistHeads).map(([k, v]) => [k, [...v]]));
  const own = new Map(slice.own.map((r) => [r.id, r]));
  const complete = (sessionId: Id): boolean => (heads[sessionId]?.length ?? 0) === countOf({ counts }, sessionId, 'waitlisted');
  for (const w of writes) {
    const head = heads[w.sessionId] ?? [];
    const prior = own.get(w.id) ?? head.find((r) => r.id === w.id);
    const c = (counts[w.sessionId] ??= {});
    const wasComplete = complete(w.sessionId);
    if (prior) {
      const left = (c[prior.status] ?? 0) - 1;
      // As a store counts: a status nobody has is absent, not 0.
      if (left > 0) c[prior.status] = left;
      else delete c[prior.status];
      if (prior.status === 'waitlisted') heads[w.sessionId] = head.filter((r) => r.id !== w.id);
    }
    c[w.status] = (c[w.status] ?? 0) + 1;
    if (w.personId === slice.personId) own.set(w.id, w);
    if (w.status === 'waitlisted') {
      // Kept a true front of the line: a place behind a cut-off head stays out of it.
      const rest = heads[w.sessionId] ?? [];
      const last = rest.at(-1);
      if (wasComplete || (last && byWaitlistOrder(w, last) < 0)) heads[w.sessionId] = [...rest, w].sort(byWaitlistOrder);
    }
  }
  return { meetingId: slice.meetingId, personId: slice.personId, own: [...own.values()].sort(byId), counts, waitlistHeads: heads, waitlistPositions: {} };
};
