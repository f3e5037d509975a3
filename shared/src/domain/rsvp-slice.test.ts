import { describe, expect, it } from 'vitest';
import { decideRsvp, decideRsvpOn, rsvpsAfter, type RsvpRequest } from './rsvp.js';
import { sliceOf, sliceWith, waitlistHeadLength, type RsvpSlice } from './rsvp-slice.js';
import type { Rsvp, RsvpResponse } from './rsvp-types.js';
import { NOW, meeting, rsvp, session } from './test-fixtures.js';

/** What a store reads for one click: the full slice with each waitlist cut to what an answer could need. */
const cut = (full: RsvpSlice, capacities: Record<string, number | null>): RsvpSlice => ({
  ...full,
  waitlistHeads: Object.fromEntries(
    Object.entries(full.waitlistHeads).map(([sessionId, head]) => {
      const c = full.counts[sessionId] ?? {};
      const holdsSeat = full.own.some((r) => r.sessionId === sessionId && r.status === 'booked');
      return [sessionId, head.slice(0, waitlistHeadLength(capacities[sessionId] ?? null, c.booked ?? 0, c.waitlisted ?? 0, holdsSeat))];
    }),
  ),
});

/** A small deterministic pseudo-random sequence (no Math.random in tests that must fail the same way twice). */
const randomFrom = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

describe('decideRsvpOn: the rule on a slice', () => {
  it('decides every answer of a long random run as decideRsvp does on all RSVPs, with the waitlists cut short', () => {
    const m = meeting({ sessionChoice: 'one', sessions: [session('s1', { capacity: 3 }), session('s2', { capacity: 1 })] });
    const capacities = { s1: 3, s2: 1 };
    const random = randomFrom(42);
    const responses: RsvpResponse[] = ['attend', 'attend', 'attend', 'decline', 'maybe'];
    let rsvps: Rsvp[] = [];
    let promotions = 0;
    for (let step = 0; step < 400; step++) {
      const personId = `p${Math.floor(random() * 25)}`;
      const response = responses[Math.floor(random() * responses.length)]!;
      const sessionId = response === 'attend' || random() < 0.5 ? (random() < 0.7 ? 's1' : 's2') : null;
      const request: RsvpRequest = { meetingId: m.id, sessionId, personId, response, source: 'card' };
      // Each step a minute later, so the waitlist order is the order of the answers.
      const now = new Date(NOW.getTime() + step * 60_000);
      const ids = () => `r-${step}-${personId}`;
      const onAll = decideRsvp(m, rsvps, request, now, ids);
      const slice = cut(sliceOf(rsvps, m.id, personId), capacities);
      const onSlice = decideRsvpOn(m, slice, request, now, ids);
      expect(onSlice).toEqual(onAll);
      if (!onAll.ok) continue;
      promotions += onAll.value.promoted.length;
      const written = onAll.value.writes.map((w, n) => ({ ...w, version: `v${step}-${n}` }));
      const after = rsvpsAfter(rsvps, written);
      const expected = sliceOf(after, m.id, personId);
      const followed = sliceWith(slice, written);
      expect(followed.own).toEqual(expected.own);
      expect(followed.counts).toEqual(expected.counts);
      for (const [sessionId, head] of Object.entries(followed.waitlistHeads)) {
        expect(head).toEqual(expected.waitlistHeads[sessionId]?.slice(0, head.length) ?? []);
      }
      rsvps = after;
    }
    // The run went through full sessions, waitlists and promotions, not only free seats.
    expect(promotions).toBeGreaterThan(5);
    expect(rsvps.filter((r) => r.status === 'waitlisted').length).toBeGreaterThan(2);
  });

  it('counts, heads and places of a slice cut from all RSVPs', () => {
    const all = [
      rsvp('a', 'booked'),
      rsvp('b', 'waitlisted', 's1', '2026-11-21T10:00:00+01:00'),
      rsvp('me', 'waitlisted', 's1', '2026-11-21T08:30:00Z'),
      rsvp('c', 'waitlisted', 's1', '2026-11-21T09:00:00Z'),
      rsvp('me', 'declined', 's2'),
      { ...rsvp('x', 'booked'), meetingId: 'm2' },
    ];
    const slice = sliceOf(all, 'm1', 'me');
    expect(slice.own.map((r) => r.id)).toEqual(['r-me-s1', 'r-me-s2']);
    expect(slice.counts).toEqual({ s1: { booked: 1, waitlisted: 3 }, s2: { declined: 1 } });
    // 08:30Z, then 09:00Z and 10:00+01:00 (the same instant: id order, r-b before r-c).
    expect(slice.waitlistHeads.s1?.map((r) => r.personId)).toEqual(['me', 'b', 'c']);
    expect(slice.waitlistPositions).toEqual({ s1: 1 });
  });
});
