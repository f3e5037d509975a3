/**
 * Builders for domain tests (not exported from the barrel). Dates sit around "today" in this
 * project's story: 2026-11-25, school year 2026-2027.
 */
import type { Id, IdGenerator } from './ids.js';
import type { Meeting, Session } from './meeting.js';
import { decideRsvp, type RsvpDecision, type RsvpRequest } from './rsvp.js';
import type { Rsvp, RsvpResponse, RsvpStatus } from './rsvp-types.js';

export const NOW = new Date('2026-11-25T10:00:00+01:00');

export const session = (id: Id, overrides: Partial<Session> = {}): Session => ({
  id,
  startsAt: '2026-12-10T09:00:00+01:00',
  endsAt: '2026-12-10T11:00:00+01:00',
  location: 'Zaal 1, Stationsweg 4, Utrecht',
  onlineUrl: null,
  region: 'midden',
  sectors: [],
  capacity: 2,
  ...overrides,
});

export const meeting = (overrides: Partial<Meeting> = {}): Meeting => ({
  id: 'm1',
  title: 'PLG ondersteuningsniveaus',
  type: 'plg',
  description: '',
  sessions: [session('s1')],
  sessionChoice: 'each',
  audience: { roles: [], sectors: [], schoolIds: [] },
  registrationDeadline: '2026-12-01T23:59:00+01:00',
  organiserId: 'coord',
  reminderPlan: { nonRespondersDaysBeforeDeadline: [], attendeesDaysBefore: [] },
  status: 'verstuurd',
  createdAt: '2026-11-01T09:00:00+01:00',
  version: 'v1',
  ...overrides,
});

/** An RSVP read back from the store; `since` orders the waitlist. */
export const rsvp = (
  personId: Id,
  status: RsvpStatus,
  sessionId: Id = 's1',
  since = '2026-11-20T09:00:00+01:00',
): Rsvp => ({
  id: `r-${personId}-${sessionId}`,
  meetingId: 'm1',
  sessionId,
  personId,
  status,
  statusSince: since,
  source: 'card',
  version: `etag-${personId}`,
});

/** Deterministic ids: new-1, new-2, ... */
export const sequentialIds = (prefix = 'new'): IdGenerator => {
  let n = 0;
  return () => `${prefix}-${++n}`;
};

/* ---- RSVP test helpers ---- */

/** A request by 'me' (or `personId`) for meeting m1. */
export const ask = (response: RsvpResponse, sessionId: string | null = 's1', personId = 'me'): RsvpRequest => ({
  meetingId: 'm1',
  sessionId,
  personId,
  response,
  source: 'card',
});

export const decide = (m: Meeting, rsvps: Rsvp[], request: RsvpRequest, now = NOW): RsvpDecision => {
  const result = decideRsvp(m, rsvps, request, now, sequentialIds());
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.value;
};

/** The RSVPs after the decision's writes are stored. */
export const after = (rsvps: Rsvp[], d: RsvpDecision): Rsvp[] => {
  const byId = new Map(rsvps.map((r) => [r.id, r]));
  for (const w of d.writes) byId.set(w.id, w);
  return [...byId.values()];
};

export const statusOf = (rsvps: Rsvp[], personId: string, sessionId = 's1') =>
  rsvps.find((r) => r.personId === personId && r.sessionId === sessionId)?.status ?? 'none';
