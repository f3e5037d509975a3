import type { Id, IdGenerator } from './ids.js';
import { registrationModeOf, type Meeting, type Session } from './meeting.js';
import { fail, ok, type Result } from './result.js';
import type { Rsvp, RsvpResponse, RsvpSource, RsvpStatus } from './rsvp-types.js';
import { checkAnswers, sameAnswers, type RsvpAnswers } from './rsvp-answers.js';
import type { Sector } from './people.js';
import { checkSessionSector } from './session-sectors.js';
import { byWaitlistOrder, countOf, sliceOf, sliceWith, type RsvpSlice } from './rsvp-slice.js';

export interface RsvpRequest {
  readonly meetingId: Id;
  /** Required for attend. For decline/maybe, null means "every session of this meeting". */
  readonly sessionId: Id | null;
  readonly personId: Id;
  readonly response: RsvpResponse;
  readonly source: RsvpSource;
  /** Answers to the meeting's questions (attend/maybe), by question id. */
  readonly answers?: RsvpAnswers;
  /** Sectors of the person's schools, for sessions meant for some sectors; absent = not checked. */
  readonly personSectors?: readonly Sector[];
}

/** A record to write; `version` is the one it was read with ('' for a new record). */
export type RsvpWrite = Rsvp;

export interface Promotion {
  readonly personId: Id;
  readonly sessionId: Id;
}

export interface RsvpDecision {
  /** Records to insert or update, in one atomic step. Empty when the answer repeats the current state. */
  readonly writes: readonly RsvpWrite[];
  /** People moved from a waitlist to a seat by this decision: they are told proactively. */
  readonly promoted: readonly Promotion[];
  /** True when nothing changed (a repeated click). */
  readonly unchanged: boolean;
}

export const rsvpsOfSession = (rsvps: readonly Rsvp[], sessionId: Id): Rsvp[] =>
  rsvps.filter((r) => r.sessionId === sessionId);

export const bookedCount = (rsvps: readonly Rsvp[], sessionId: Id): number =>
  rsvps.filter((r) => r.sessionId === sessionId && r.status === 'booked').length;

export const waitlistOf = (rsvps: readonly Rsvp[], sessionId: Id): Rsvp[] =>
  rsvps.filter((r) => r.sessionId === sessionId && r.status === 'waitlisted').sort(byWaitlistOrder);

/** Seats left in a session; null when the session has no limit. Never negative. */
export const seatsLeft = (session: Session, rsvps: readonly Rsvp[]): number | null =>
  session.capacity === null ? null : Math.max(0, session.capacity - bookedCount(rsvps, session.id));

/** 1-based place on the waitlist, or null when the person is not waiting for this session. */
export const waitlistPosition = (rsvps: readonly Rsvp[], sessionId: Id, personId: Id): number | null => {
  const index = waitlistOf(rsvps, sessionId).findIndex((r) => r.personId === personId);
  return index < 0 ? null : index + 1;
};

/** Registration is open until the deadline, or until the session starts when there is none. */
export const registrationOpen = (meeting: Meeting, session: Session, now: Date): boolean => {
  if (meeting.status !== 'verstuurd') return false;
  if (new Date(session.startsAt) <= now) return false;
  return meeting.registrationDeadline === null || now <= new Date(meeting.registrationDeadline);
};

/**
 * True while a click on "Aanmelden" is an application ('aanvraag' mode, selection not yet confirmed).
 * After the organiser confirmed, a late answer is handled as in 'direct' mode (behind the reserves).
 */
export const takesApplications = (meeting: Meeting): boolean =>
  registrationModeOf(meeting) === 'aanvraag' && !meeting.selectionConfirmedAt;

const targetStatus = (meeting: Meeting, response: RsvpResponse): RsvpStatus =>
  response === 'attend' ? (takesApplications(meeting) ? 'applied' : 'booked') : response === 'decline' ? 'declined' : 'maybe';

interface Ctx {
  readonly request: RsvpRequest;
  readonly nowIso: string;
  readonly newId: IdGenerator;
}

/** Seats left in a session as a slice counts them; null when the session has no limit. Never negative. */
const seatsLeftIn = (session: Session, slice: RsvpSlice): number | null =>
  session.capacity === null ? null : Math.max(0, session.capacity - countOf(slice, session.id, 'booked'));

/** Moves a person's record for one session to `status`, returning the new record or null when unchanged. */
const transition = (
  ctx: Ctx,
  slice: RsvpSlice,
  session: Session,
  status: RsvpStatus,
  answers: RsvpAnswers | undefined,
): Rsvp | null => {
  const current = slice.own.find((r) => r.sessionId === session.id);
  const answersChanged = answers !== undefined && !sameAnswers(answers, current?.answers);
  const withAnswers = answers !== undefined ? { answers } : current?.answers ? { answers: current.answers } : {};
  let next: RsvpStatus = status;
  if ((status === 'booked' && (current?.status === 'booked' || current?.status === 'waitlisted')) || (status === 'applied' && current?.status === 'applied')) {
    // Already in (or waiting): only new answers change the record; the place is kept.
    return answersChanged && current ? { ...current, ...withAnswers } : null;
  }
  if (status === 'booked') {
    // Free seats go to people already waiting first: a newcomer never overtakes the waitlist.
    const left = seatsLeftIn(session, slice);
    next = left === null || left > countOf(slice, session.id, 'waitlisted') ? 'booked' : 'waitlisted';
  }
  if (current?.status === next) return answersChanged ? { ...current, ...withAnswers } : null;
  const base = { meetingId: ctx.request.meetingId, sessionId: session.id, personId: ctx.request.personId };
  return {
    ...base,
    id: current?.id ?? ctx.newId(),
    status: next,
    statusSince: ctx.nowIso,
    source: ctx.request.source,
    ...withAnswers,
    version: current?.version ?? '',
  };
};

/** Fills free seats of a session from its waitlist, first come first served. */
const promoteIn = (session: Session, slice: RsvpSlice, nowIso: string): Rsvp[] => {
  const left = seatsLeftIn(session, slice);
  const waiting = slice.waitlistHeads[session.id] ?? [];
  const take = left === null ? waiting.length : Math.min(left, waiting.length);
  return waiting.slice(0, take).map((r) => ({ ...r, status: 'booked' as const, statusSince: nowIso }));
};

const apply = (rsvps: readonly Rsvp[], writes: readonly Rsvp[]): Rsvp[] => {
  const byId = new Map(rsvps.map((r) => [r.id, r]));
  for (const w of writes) byId.set(w.id, w);
  return [...byId.values()];
};

/**
 * A meeting's RSVPs after a transaction: what it read with what it wrote (as stored) in their
 * place, in id order as `RsvpStore.forMeeting` returns them. Lets a caller draw the card from the
 * state the decision saw instead of reading the RSVPs again.
 */
export const rsvpsAfter = (current: readonly Rsvp[], stored: readonly Rsvp[]): Rsvp[] =>
  apply(current, stored).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const sessionsTouched = (meeting: Meeting, request: RsvpRequest, own: readonly Rsvp[]): Session[] => {
  if (request.sessionId !== null) {
    const chosen = meeting.sessions.filter((s) => s.id === request.sessionId);
    if (request.response !== 'attend' || meeting.sessionChoice === 'each') return chosen;
    // Choosing one session of a 'one' meeting leaves the seat, waitlist place or application held elsewhere.
    const held = new Set(
      own
        .filter((r) => r.personId === request.personId && (r.status === 'booked' || r.status === 'waitlisted' || r.status === 'applied'))
        .map((r) => r.sessionId),
    );
    return [...chosen, ...meeting.sessions.filter((s) => s.id !== request.sessionId && held.has(s.id))];
  }
  return [...meeting.sessions];
};

const validate = (meeting: Meeting, request: RsvpRequest, sessions: readonly Session[], now: Date): Result<true> => {
  if (meeting.status === 'geannuleerd') return fail('RSVP.MEETING_CANCELLED');
  if (meeting.status !== 'verstuurd') return fail('RSVP.UNKNOWN_MEETING');
  if (request.response === 'attend' && request.sessionId === null) return fail('RSVP.UNKNOWN_SESSION');
  const chosen = request.sessionId === null ? sessions : sessions.filter((s) => s.id === request.sessionId);
  if (chosen.length === 0) return fail('RSVP.UNKNOWN_SESSION');
  const future = chosen.filter((s) => new Date(s.startsAt) > now);
  if (future.length === 0) return fail('RSVP.SESSION_PAST');
  const deadlinePassed = meeting.registrationDeadline !== null && now > new Date(meeting.registrationDeadline);
  // Cancelling stays possible after the deadline: it frees a seat for the waitlist.
  if (deadlinePassed && request.response !== 'decline') return fail('RSVP.DEADLINE_PASSED');
  return ok(true);
};

/**
 * The RSVP rule: given the meeting and all its current RSVPs, decide what an answer changes.
 * Pure: the store runs it inside a transaction (or an ETag-guarded retry loop) and writes `writes`.
 */
export const decideRsvp = (
  meeting: Meeting,
  rsvps: readonly Rsvp[],
  request: RsvpRequest,
  now: Date,
  newId: IdGenerator,
): Result<RsvpDecision> => decideRsvpOn(meeting, sliceOf(rsvps, meeting.id, request.personId), request, now, newId);

/**
 * The same rule on the person's slice of the meeting's RSVPs (rsvp-slice.ts): what a store reads
 * for one click, whatever the number of answers.
 */
export const decideRsvpOn = (
  meeting: Meeting,
  slice: RsvpSlice,
  request: RsvpRequest,
  now: Date,
  newId: IdGenerator,
): Result<RsvpDecision> => {
  if (meeting.id !== request.meetingId || slice.meetingId !== meeting.id || slice.personId !== request.personId) return fail('RSVP.UNKNOWN_MEETING');
  const sector = checkSessionSector(meeting, request);
  if (!sector.ok) return sector;
  const touched = sessionsTouched(meeting, request, slice.own);
  const valid = validate(meeting, request, touched, now);
  if (!valid.ok) return valid;
  const answers = checkAnswers(meeting, request.response, request.answers);
  if (!answers.ok) return answers;
  const ctx: Ctx = { request, nowIso: now.toISOString(), newId };
  let state = slice;
  const writes = new Map<Id, Rsvp>();
  const promoted: Promotion[] = [];
  for (const session of touched) {
    if (new Date(session.startsAt) <= now) continue;
    const targeted = session.id === request.sessionId || request.sessionId === null;
    const status = targeted ? targetStatus(meeting, request.response) : 'declined';
    const changed = transition(ctx, state, session, status, targeted ? answers.value : undefined);
    if (!changed) continue;
    state = sliceWith(state, [changed]);
    writes.set(changed.id, changed);
    const promotions = promoteIn(session, state, ctx.nowIso);
    state = sliceWith(state, promotions);
    for (const p of promotions) {
      writes.set(p.id, p);
      promoted.push({ personId: p.personId, sessionId: p.sessionId });
    }
  }
  return ok({ writes: [...writes.values()], promoted, unchanged: writes.size === 0 });
};
