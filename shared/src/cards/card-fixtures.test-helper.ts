/** Test-only builders. "Today" in this project is 2026-11-25 (CET). */
import type { Meeting, Session } from '../domain/meeting.js';
import { meeting as domainMeeting, session as domainSession } from '../domain/test-fixtures.js';

export { NOW, rsvp } from '../domain/test-fixtures.js';

/** The domain builders with the defaults the card tests read back (a summer session in Amersfoort, 3 seats). */
export const session = (id: string, overrides: Partial<Session> = {}): Session =>
  domainSession(id, {
    startsAt: '2027-06-15T14:00:00+02:00',
    endsAt: '2027-06-15T16:30:00+02:00',
    location: 'Het Baken, Stationsweg 4, Amersfoort',
    sectors: ['PO'],
    capacity: 3,
    ...overrides,
  });

export const meeting = (overrides: Partial<Meeting> = {}): Meeting =>
  domainMeeting({
    title: 'PLG Lezen en dyslexie',
    description: 'We delen ervaringen met het dyslexieprotocol.',
    sessions: [session('s1')],
    sessionChoice: 'one',
    registrationDeadline: '2027-06-01T23:59:00+02:00',
    reminderPlan: { nonRespondersDaysBeforeDeadline: [7], attendeesDaysBefore: [1] },
    ...overrides,
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
