/** Test-only builders. "Today" in this project is 2026-11-25 (CET). */
import type { Meeting, Session } from '../domain/meeting.js';
import type { Rsvp, RsvpStatus } from '../domain/rsvp-types.js';

export const NOW = new Date('2026-11-25T10:00:00+01:00');

export const session = (id: string, overrides: Partial<Session> = {}): Session => ({
  id,
  startsAt: '2027-06-15T14:00:00+02:00',
  endsAt: '2027-06-15T16:30:00+02:00',
  location: 'Het Baken, Stationsweg 4, Amersfoort',
  onlineUrl: null,
  region: 'midden',
  sectors: ['PO'],
  capacity: 3,
  ...overrides,
});

export const meeting = (overrides: Partial<Meeting> = {}): Meeting => ({
  id: 'm1',
  title: 'PLG Lezen en dyslexie',
  type: 'plg',
  description: 'We delen ervaringen met het dyslexieprotocol.',
  sessions: [session('s1')],
  sessionChoice: 'one',
  audience: { roles: [], sectors: [], schoolIds: [] },
  registrationDeadline: '2027-06-01T23:59:00+02:00',
  organiserId: 'coord',
  reminderPlan: { nonRespondersDaysBeforeDeadline: [7], attendeesDaysBefore: [1] },
  status: 'verstuurd',
  createdAt: '2026-11-01T09:00:00+01:00',
  version: 'v1',
  ...overrides,
});

export const rsvp = (personId: string, status: RsvpStatus, sessionId = 's1', since = '2026-11-20T09:00:00+01:00'): Rsvp => ({
  id: `r-${personId}-${sessionId}`,
  meetingId: 'm1',
  sessionId,
  personId,
  status,
  statusSince: since,
  source: 'card',
  version: `etag-${personId}`,
});

/** Two evenings in different regions: invitees pick one. */
export const twoEvenings = (overrides: Partial<Meeting> = {}): Meeting =>
  meeting({
    type: 'consultatie',
    title: 'Consultatie-avond',
    sessions: [
      session('s1', { startsAt: '2026-12-08T19:00:00+01:00', endsAt: '2026-12-08T21:00:00+01:00', region: 'noord' }),
      session('s2', { startsAt: '2026-12-10T19:00:00+01:00', endsAt: '2026-12-10T21:00:00+01:00', region: 'zuid', location: null, onlineUrl: 'https://teams.microsoft.com/l/meetup-join/abc' }),
    ],
    registrationDeadline: '2026-12-05T23:59:00+01:00',
    ...overrides,
  });
