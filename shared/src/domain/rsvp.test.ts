import { describe, expect, it } from 'vitest';
import { waitlistPosition } from './rsvp.js';
import { NOW, after, ask, decide, meeting, rsvp, session, statusOf } from './test-fixtures.js';

describe('decideRsvp: attending', () => {
  it.each([
    {
      name: 'books a seat when seats are free',
      capacity: 2,
      existing: [rsvp('a', 'booked')],
      status: 'booked',
      position: null,
    },
    {
      name: 'waitlists when the session is full',
      capacity: 1,
      existing: [rsvp('a', 'booked')],
      status: 'waitlisted',
      position: 1,
    },
    {
      name: 'places a newcomer behind the people already waiting',
      capacity: 1,
      existing: [rsvp('a', 'booked'), rsvp('b', 'waitlisted')],
      status: 'waitlisted',
      position: 2,
    },
    {
      name: 'books without limit when capacity is null',
      capacity: null,
      existing: ['a', 'b', 'c', 'd'].map((p) => rsvp(p, 'booked')),
      status: 'booked',
      position: null,
    },
    {
      name: 'turns a maybe into a seat',
      capacity: 2,
      existing: [rsvp('me', 'maybe')],
      status: 'booked',
      position: null,
    },
    {
      name: 'turns a decline into a waitlist place when full',
      capacity: 1,
      existing: [rsvp('a', 'booked'), rsvp('me', 'declined')],
      status: 'waitlisted',
      position: 1,
    },
  ])('$name', ({ capacity, existing, status, position }) => {
    const m = meeting({ sessions: [session('s1', { capacity })] });
    const state = after(existing, decide(m, existing, ask('attend')));
    expect(statusOf(state, 'me')).toBe(status);
    expect(waitlistPosition(state, 's1', 'me')).toBe(position);
  });

  it('lets people already waiting take a freed-up seat before a newcomer', () => {
    // Capacity was raised from 1 to 2 after b joined the waitlist.
    const existing = [rsvp('a', 'booked'), rsvp('b', 'waitlisted')];
    const d = decide(meeting(), existing, ask('attend'));
    const state = after(existing, d);
    expect([statusOf(state, 'b'), statusOf(state, 'me')]).toEqual(['booked', 'waitlisted']);
    expect(d.promoted).toEqual([{ personId: 'b', sessionId: 's1' }]);
  });

  it('writes a new record with a generated id and an empty version, stamped now', () => {
    const d = decide(meeting(), [], ask('attend'));
    expect(d.writes).toEqual([
      expect.objectContaining({
        id: 'new-1',
        version: '',
        personId: 'me',
        statusSince: NOW.toISOString(),
        source: 'card',
      }),
    ]);
  });

  it('updates an existing record under its own id and the version it was read with', () => {
    const d = decide(meeting(), [rsvp('me', 'maybe')], ask('attend'));
    expect(d.writes).toEqual([expect.objectContaining({ id: 'r-me-s1', version: 'etag-me', status: 'booked' })]);
  });
});

describe('decideRsvp: repeated answers', () => {
  it.each([
    { response: 'attend', current: 'booked' },
    { response: 'attend', current: 'waitlisted' },
    { response: 'decline', current: 'declined' },
    { response: 'maybe', current: 'maybe' },
  ] as const)('$response when already $current changes nothing and writes nothing', ({ response, current }) => {
    const existing = [rsvp('a', 'booked'), rsvp('me', current)];
    const d = decide(meeting({ sessions: [session('s1', { capacity: 1 })] }), existing, ask(response));
    expect(d).toEqual({ writes: [], promoted: [], unchanged: true });
  });
});

describe('decideRsvp: freeing a seat', () => {
  const full = meeting({ sessions: [session('s1', { capacity: 1 })] });
  it.each([
    {
      name: 'a decline promotes the person waiting longest',
      response: 'decline',
      waiting: [
        rsvp('late', 'waitlisted', 's1', '2026-11-21T10:00:00+01:00'),
        rsvp('early', 'waitlisted', 's1', '2026-11-21T09:00:00+01:00'),
      ],
      promoted: 'early',
    },
    {
      name: 'a maybe frees the seat too',
      response: 'maybe',
      waiting: [rsvp('b', 'waitlisted')],
      promoted: 'b',
    },
    {
      name: 'equal waiting times go by record id',
      response: 'decline',
      waiting: [rsvp('y', 'waitlisted'), rsvp('x', 'waitlisted')],
      promoted: 'x',
    },
    {
      name: 'waiting times with different offsets are compared as moments',
      response: 'decline',
      waiting: [
        rsvp('z', 'waitlisted', 's1', '2026-11-21T08:45:00Z'),
        rsvp('y', 'waitlisted', 's1', '2026-11-21T09:30:00+01:00'),
      ],
      promoted: 'y',
    },
  ] as const)('$name', ({ response, waiting, promoted }) => {
    const existing = [rsvp('me', 'booked'), ...waiting];
    const d = decide(full, existing, ask(response));
    const state = after(existing, d);
    expect(d.promoted).toEqual([{ personId: promoted, sessionId: 's1' }]);
    expect(statusOf(state, promoted)).toBe('booked');
    expect(state.filter((r) => r.status === 'booked')).toHaveLength(1);
  });

  it('leaving the waitlist promotes nobody', () => {
    const existing = [rsvp('a', 'booked'), rsvp('me', 'waitlisted'), rsvp('b', 'waitlisted')];
    const d = decide(full, existing, ask('decline'));
    expect(d.promoted).toEqual([]);
    expect(waitlistPosition(after(existing, d), 's1', 'b')).toBe(1);
  });
});
