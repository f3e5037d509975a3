import { describe, expect, it } from 'vitest';
import { nonResponders, personMeetingView, sessionCounts } from './rsvp-views.js';
import { NOW, meeting, rsvp, session } from './test-fixtures.js';

const twoSessions = meeting({
  sessions: [
    session('s1', { capacity: 2 }),
    session('s2', { capacity: null, startsAt: '2026-12-12T19:00:00+01:00', endsAt: '2026-12-12T21:00:00+01:00' }),
  ],
});

describe('personMeetingView', () => {
  it.each([
    { name: 'shows no answer yet', rsvps: [], status: 'none', position: null, seats: 2 },
    {
      name: 'shows a booked seat and the seats left after it',
      rsvps: [rsvp('me', 'booked')],
      status: 'booked',
      position: null,
      seats: 1,
    },
    {
      name: 'shows the place on the waitlist',
      rsvps: [
        rsvp('a', 'booked'),
        rsvp('b', 'booked'),
        rsvp('w', 'waitlisted', 's1', '2026-11-20T08:00:00+01:00'),
        rsvp('me', 'waitlisted'),
      ],
      status: 'waitlisted',
      position: 2,
      seats: 0,
    },
    { name: 'shows a maybe', rsvps: [rsvp('me', 'maybe')], status: 'maybe', position: null, seats: 2 },
    { name: 'shows a decline', rsvps: [rsvp('me', 'declined')], status: 'declined', position: null, seats: 2 },
  ] as const)('$name', ({ rsvps, status, position, seats }) => {
    const [first] = personMeetingView(twoSessions, [...rsvps], 'me', NOW).sessions;
    expect(first).toEqual({ sessionId: 's1', status, waitlistPosition: position, seatsLeft: seats, open: true });
  });

  it('reports unlimited seats as null', () => {
    expect(personMeetingView(twoSessions, [], 'me', NOW).sessions[1]?.seatsLeft).toBeNull();
  });

  it.each([
    { name: 'before the deadline', now: NOW, open: true },
    { name: 'after the deadline', now: new Date('2026-12-02T00:00:00+01:00'), open: false },
  ])('marks sessions open only $name', ({ now, open }) => {
    const view = personMeetingView(twoSessions, [], 'me', now);
    expect(view.sessions.map((s) => s.open)).toEqual([open, open]);
    expect(view.summary.anyOpen).toBe(open);
  });

  it('marks a cancelled meeting closed', () => {
    const view = personMeetingView({ ...twoSessions, status: 'geannuleerd' }, [], 'me', NOW);
    expect(view.summary.anyOpen).toBe(false);
  });

  it.each([
    { name: 'booked wins over a decline elsewhere', s1: 'declined', s2: 'booked', status: 'booked' },
    { name: 'waitlisted wins over maybe', s1: 'waitlisted', s2: 'maybe', status: 'waitlisted' },
    { name: 'maybe wins over a decline', s1: 'declined', s2: 'maybe', status: 'maybe' },
    { name: 'declined everywhere is a decline', s1: 'declined', s2: 'declined', status: 'declined' },
  ] as const)('summarises: $name', ({ s1, s2, status }) => {
    const view = personMeetingView(twoSessions, [rsvp('me', s1, 's1'), rsvp('me', s2, 's2')], 'me', NOW);
    expect(view.summary.status).toBe(status);
    expect(view.summary.answered).toBe(true);
  });

  it('lists the booked and waitlisted sessions in the summary', () => {
    const view = personMeetingView(
      twoSessions,
      [rsvp('me', 'waitlisted', 's1'), rsvp('me', 'booked', 's2')],
      'me',
      NOW,
    );
    expect(view.summary).toMatchObject({ bookedSessionIds: ['s2'], waitlistedSessionIds: ['s1'] });
  });

  it('ignores answers that belong to another meeting', () => {
    const other = { ...rsvp('me', 'booked'), meetingId: 'm2' };
    expect(personMeetingView(twoSessions, [other], 'me', NOW).summary).toMatchObject({
      status: 'none',
      answered: false,
    });
  });
});

describe('sessionCounts', () => {
  it('counts every status per session, with capacity and seats left', () => {
    const rsvps = [
      rsvp('a', 'booked'),
      rsvp('b', 'booked'),
      rsvp('c', 'waitlisted'),
      rsvp('d', 'maybe'),
      rsvp('e', 'declined'),
      rsvp('f', 'booked', 's2'),
      rsvp('g', 'applied', 's2'),
      rsvp('h', 'not-selected', 's2'),
    ];
    expect(sessionCounts(twoSessions, rsvps)).toEqual([
      { sessionId: 's1', booked: 2, waitlisted: 1, maybe: 1, declined: 1, applied: 0, notSelected: 0, seatsLeft: 0, capacity: 2 },
      { sessionId: 's2', booked: 1, waitlisted: 0, maybe: 0, declined: 0, applied: 1, notSelected: 1, seatsLeft: null, capacity: null },
    ]);
  });
});

describe('nonResponders', () => {
  it.each([
    { name: 'everyone when nobody answered', invited: ['a', 'b'], answered: [], expected: ['a', 'b'] },
    {
      name: 'leaves out anyone who answered, a decline included',
      invited: ['a', 'b', 'c'],
      answered: [rsvp('b', 'declined')],
      expected: ['a', 'c'],
    },
    { name: 'lists a person invited twice once', invited: ['a', 'a'], answered: [], expected: ['a'] },
    { name: 'nobody when all answered', invited: ['a'], answered: [rsvp('a', 'maybe')], expected: [] },
  ])('$name', ({ invited, answered, expected }) => {
    expect(nonResponders(invited, answered)).toEqual(expected);
  });
});
