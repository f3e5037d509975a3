import { describe, expect, it } from 'vitest';
import { decideRsvp } from './rsvp.js';
import { NOW, after, ask, decide, meeting, rsvp, sequentialIds, session, statusOf } from './test-fixtures.js';

describe('decideRsvp: refusals', () => {
  const afterDeadline = new Date('2026-12-02T09:00:00+01:00');
  const afterSession = new Date('2026-12-10T09:30:00+01:00');
  it.each([
    {
      name: 'attend after the deadline',
      request: ask('attend'),
      m: meeting(),
      now: afterDeadline,
      code: 'RSVP.DEADLINE_PASSED',
    },
    {
      name: 'maybe after the deadline',
      request: ask('maybe'),
      m: meeting(),
      now: afterDeadline,
      code: 'RSVP.DEADLINE_PASSED',
    },
    {
      name: 'attend once the session started',
      request: ask('attend'),
      m: meeting({ registrationDeadline: null }),
      now: afterSession,
      code: 'RSVP.SESSION_PAST',
    },
    {
      name: 'decline once the session started',
      request: ask('decline'),
      m: meeting(),
      now: afterSession,
      code: 'RSVP.SESSION_PAST',
    },
    {
      name: 'attend on a cancelled meeting',
      request: ask('attend'),
      m: meeting({ status: 'geannuleerd' }),
      now: NOW,
      code: 'RSVP.MEETING_CANCELLED',
    },
    {
      name: 'decline on a cancelled meeting',
      request: ask('decline'),
      m: meeting({ status: 'geannuleerd' }),
      now: NOW,
      code: 'RSVP.MEETING_CANCELLED',
    },
    {
      name: 'attend on a meeting not sent yet',
      request: ask('attend'),
      m: meeting({ status: 'concept' }),
      now: NOW,
      code: 'RSVP.UNKNOWN_MEETING',
    },
    {
      name: 'attend for another meeting',
      request: { ...ask('attend'), meetingId: 'm2' },
      m: meeting(),
      now: NOW,
      code: 'RSVP.UNKNOWN_MEETING',
    },
    {
      name: 'attend on an unknown session',
      request: ask('attend', 'nope'),
      m: meeting(),
      now: NOW,
      code: 'RSVP.UNKNOWN_SESSION',
    },
    {
      name: 'attend without a session',
      request: ask('attend', null),
      m: meeting(),
      now: NOW,
      code: 'RSVP.UNKNOWN_SESSION',
    },
  ])('refuses $name with $code', ({ request, m, now, code }) => {
    const result = decideRsvp(m, [rsvp('me', 'maybe')], request, now, sequentialIds());
    expect(result).toEqual({ ok: false, error: { code } });
  });

  it('still accepts a decline after the deadline, and gives the seat to the waitlist', () => {
    const existing = [rsvp('me', 'booked'), rsvp('a', 'booked'), rsvp('b', 'waitlisted')];
    const d = decide(meeting(), existing, ask('decline'), afterDeadline);
    expect(statusOf(after(existing, d), 'me')).toBe('declined');
    expect(d.promoted).toEqual([{ personId: 'b', sessionId: 's1' }]);
  });
});

describe('decideRsvp: several sessions', () => {
  const evenings = (sessionChoice: 'one' | 'each') =>
    meeting({
      sessionChoice,
      sessions: [
        session('A', { capacity: 1 }),
        session('B', { capacity: 1, startsAt: '2026-12-12T19:00:00+01:00', endsAt: '2026-12-12T21:00:00+01:00' }),
      ],
    });

  it.each([
    { choice: 'one', onA: 'declined', promotedOnA: true },
    { choice: 'each', onA: 'booked', promotedOnA: false },
  ] as const)('with sessionChoice $choice choosing B leaves A $onA', ({ choice, onA, promotedOnA }) => {
    const existing = [rsvp('me', 'booked', 'A'), rsvp('w', 'waitlisted', 'A')];
    const d = decide(evenings(choice), existing, ask('attend', 'B'));
    const state = after(existing, d);
    expect([statusOf(state, 'me', 'B'), statusOf(state, 'me', 'A')]).toEqual(['booked', onA]);
    expect(d.promoted).toEqual(promotedOnA ? [{ personId: 'w', sessionId: 'A' }] : []);
  });

  it("with sessionChoice 'one' a full B still moves the person off A onto B's waitlist", () => {
    const existing = [rsvp('me', 'booked', 'A'), rsvp('b', 'booked', 'B')];
    const state = after(existing, decide(evenings('one'), existing, ask('attend', 'B')));
    expect([statusOf(state, 'me', 'A'), statusOf(state, 'me', 'B')]).toEqual(['declined', 'waitlisted']);
  });

  it("with sessionChoice 'one' a seat in a session that already took place is left alone", () => {
    const existing = [rsvp('me', 'booked', 'A')];
    const noDeadline = { ...evenings('one'), registrationDeadline: null };
    const d = decide(noDeadline, existing, ask('attend', 'B'), new Date('2026-12-11T09:00:00+01:00'));
    expect(statusOf(after(existing, d), 'me', 'A')).toBe('booked');
  });

  it('a decline without a session declines every future session and promotes on each', () => {
    const m = meeting({
      registrationDeadline: null,
      sessions: [session('past', { startsAt: '2026-11-20T09:00:00+01:00' }), ...evenings('each').sessions],
    });
    const existing = [
      rsvp('me', 'booked', 'past'),
      rsvp('me', 'booked', 'A'),
      rsvp('me', 'waitlisted', 'B'),
      rsvp('x', 'booked', 'B'),
      rsvp('w', 'waitlisted', 'A'),
    ];
    const d = decide(m, existing, ask('decline', null));
    const state = after(existing, d);
    expect(['past', 'A', 'B'].map((s) => statusOf(state, 'me', s))).toEqual(['booked', 'declined', 'declined']);
    expect(d.promoted).toEqual([{ personId: 'w', sessionId: 'A' }]);
  });
});
