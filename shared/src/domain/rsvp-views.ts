import type { Id } from './ids.js';
import type { Meeting, Session } from './meeting.js';
import { registrationOpen } from './rsvp.js';
import { countOf, sliceOf, type RsvpSlice } from './rsvp-slice.js';
import type { Rsvp, RsvpStatus } from './rsvp-types.js';

/** A person's state for one session; 'none' = no answer yet. */
export type PersonSessionStatus = RsvpStatus | 'none';

export interface PersonSessionView {
  readonly sessionId: Id;
  readonly status: PersonSessionStatus;
  /** 1-based, only while waitlisted. */
  readonly waitlistPosition: number | null;
  /** null = no limit. */
  readonly seatsLeft: number | null;
  /** Whether this person can still attend/maybe for this session now. */
  readonly open: boolean;
}

export interface PersonMeetingSummary {
  /** The most committed status over all sessions: booked > waitlisted > maybe > declined > none. */
  readonly status: PersonSessionStatus;
  readonly bookedSessionIds: readonly Id[];
  readonly waitlistedSessionIds: readonly Id[];
  /** True when the person answered for at least one session. */
  readonly answered: boolean;
  /** True when at least one session still takes registrations. */
  readonly anyOpen: boolean;
}

export interface PersonMeetingView {
  readonly meetingId: Id;
  readonly sessions: readonly PersonSessionView[];
  readonly summary: PersonMeetingSummary;
}

const STATUS_RANK: Record<PersonSessionStatus, number> = { booked: 5, waitlisted: 4, applied: 3, maybe: 2, declined: 1, 'not-selected': 1, none: 0 };

/** Seats left in a session as a slice counts them; null when the session has no limit. Never negative. */
const seatsLeftOf = (session: Session, slice: Pick<RsvpSlice, 'counts'>): number | null =>
  session.capacity === null ? null : Math.max(0, session.capacity - countOf(slice, session.id, 'booked'));

const personSession = (meeting: Meeting, session: Session, slice: RsvpSlice, now: Date): PersonSessionView => {
  const own = slice.own.find((r) => r.sessionId === session.id);
  return {
    sessionId: session.id,
    status: own?.status ?? 'none',
    waitlistPosition: own?.status === 'waitlisted' ? (slice.waitlistPositions[session.id] ?? null) : null,
    seatsLeft: seatsLeftOf(session, slice),
    open: registrationOpen(meeting, session, now),
  };
};

const summarise = (sessions: readonly PersonSessionView[]): PersonMeetingSummary => {
  const status = sessions.reduce<PersonSessionStatus>(
    (best, s) => (STATUS_RANK[s.status] > STATUS_RANK[best] ? s.status : best),
    'none',
  );
  return {
    status,
    bookedSessionIds: sessions.filter((s) => s.status === 'booked').map((s) => s.sessionId),
    waitlistedSessionIds: sessions.filter((s) => s.status === 'waitlisted').map((s) => s.sessionId),
    answered: sessions.some((s) => s.status !== 'none'),
    anyOpen: sessions.some((s) => s.open),
  };
};

/** What one person sees of a meeting: per session their state, the seats left and whether it is open. */
export const personMeetingView = (
  meeting: Meeting,
  rsvps: readonly Rsvp[],
  personId: Id,
  now: Date,
): PersonMeetingView => personMeetingViewOf(meeting, sliceOf(rsvps, meeting.id, personId), now);

/** The same from the person's slice of the meeting's RSVPs (rsvp-slice.ts). */
export const personMeetingViewOf = (meeting: Meeting, slice: RsvpSlice, now: Date): PersonMeetingView => {
  const sessions = meeting.sessions.map((s) => personSession(meeting, s, slice, now));
  return { meetingId: meeting.id, sessions, summary: summarise(sessions) };
};

export interface SessionCount {
  readonly sessionId: Id;
  readonly booked: number;
  readonly waitlisted: number;
  readonly maybe: number;
  readonly declined: number;
  /** 'aanvraag' mode: applications waiting for the selection, and those not placed after it. */
  readonly applied: number;
  readonly notSelected: number;
  readonly seatsLeft: number | null;
  readonly capacity: number | null;
}

/** The organiser's numbers per session. */
export const sessionCounts = (meeting: Meeting, rsvps: readonly Rsvp[]): SessionCount[] =>
  sessionCountsOf(meeting, sliceOf(rsvps, meeting.id, ''));

/** The same from the counts of a slice (rsvp-slice.ts). */
export const sessionCountsOf = (meeting: Meeting, slice: Pick<RsvpSlice, 'counts'>): SessionCount[] =>
  meeting.sessions.map((session) => {
    const count = (status: RsvpStatus) => countOf(slice, session.id, status);
    return {
      sessionId: session.id,
      booked: count('booked'),
      waitlisted: count('waitlisted'),
      maybe: count('maybe'),
      declined: count('declined'),
      applied: count('applied'),
      notSelected: count('not-selected'),
      seatsLeft: seatsLeftOf(session, slice),
      capacity: session.capacity,
    };
  });

/** Invited people without any answer for any session, in invitation order, each once. */
export const nonResponders = (invitedPersonIds: readonly Id[], rsvps: readonly Rsvp[]): Id[] => {
  const answered = new Set(rsvps.map((r) => r.personId));
  return [...new Set(invitedPersonIds)].filter((id) => !answered.has(id));
};
