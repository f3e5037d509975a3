/**
 * RSVPs on SharePoint in groups (bot/src/store/sharepoint/rsvp-store.ts): callers for a meeting that
 * arrive while its lock is busy wait together, and the next holder decides for them all in arrival order
 * and writes their RSVPs in one $batch. Each caller still gets its own answer: a refusal or a stale
 * decision fails that caller only, and the order of arrival decides who gets the last seats.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { decideRsvp, fail, ok, type Meeting, type Rsvp } from '@samen/shared';
import { aMeeting, aSession, NOW } from '../../bot/src/store/contract/fixtures.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { fakeStores, provisionedSite } from './fake-stores.js';

const fake = await startGraphFake({ seed: 23, retryAfterSeconds: 0 });
afterAll(() => fake.close());

const meetingWith = (n: number, capacity: number): Meeting => ({ ...aMeeting(n, { sessions: [aSession(1, { capacity })] }), version: '1' });
const person = (i: number) => `person-${String(i).padStart(3, '0')}`;
const attend = (meeting: Meeting, i: number) => (current: readonly Rsvp[]) =>
  decideRsvp(meeting, current, { meetingId: meeting.id, sessionId: 'session-1', personId: person(i), response: 'attend', source: 'card' }, NOW, () => `rsvp-${meeting.id}-${person(i)}`);

describe('RSVPs on SharePoint, decided in groups', () => {
  it('gives the seats in arrival order and writes a group’s answers together, far fewer requests than callers', async () => {
    const stores = await fakeStores(fake, { siteId: await provisionedSite(fake), skipCheck: true });
    const meeting = meetingWith(1, 5);
    const before = fake.counts.requests;
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => stores.rsvps.transact(meeting.id, attend(meeting, i))));
    expect(results.every((r) => r.ok)).toBe(true);
    const rsvps = await stores.rsvps.forMeeting(meeting.id);
    const booked = rsvps.filter((r) => r.status === 'booked').map((r) => r.personId).sort();
    expect(booked).toEqual([0, 1, 2, 3, 4].map(person));
    expect(rsvps.filter((r) => r.status === 'waitlisted')).toHaveLength(25);
    // Each caller hears what was written for it, with the version SharePoint gave it.
    for (const [i, r] of results.entries()) {
      if (!r.ok) throw new Error('refused');
      const own = rsvps.find((x) => x.personId === person(i));
      expect(r.value.writes).toEqual([own]);
    }
    // 30 callers, one at a time, cost at least 60 round trips (take + read, writes + release); in groups a handful.
    expect(fake.counts.requests - before).toBeLessThan(20);
  });

  it('fails only the caller refused by the rule or deciding on a stale record, not the rest of its group', async () => {
    const stores = await fakeStores(fake, { siteId: await provisionedSite(fake), skipCheck: true });
    const meeting = meetingWith(2, 3);
    const first = await stores.rsvps.transact(meeting.id, attend(meeting, 0));
    if (!first.ok) throw new Error('first answer refused');
    const stale: Rsvp = { ...first.value.writes[0]!, status: 'declined', version: 'not-the-version' };
    const results = await Promise.all([
      stores.rsvps.transact(meeting.id, attend(meeting, 1)),
      stores.rsvps.transact(meeting.id, () => fail('RSVP.DEADLINE_PASSED')),
      stores.rsvps.transact(meeting.id, () => ok({ writes: [stale] })),
      stores.rsvps.transact(meeting.id, attend(meeting, 2)),
      stores.rsvps.transact(meeting.id, attend(meeting, 3)),
    ]);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'RSVP.DEADLINE_PASSED', 'STORE.CONFLICT', 'ok', 'ok']);
    const rsvps = await stores.rsvps.forMeeting(meeting.id);
    expect(rsvps.filter((r) => r.status === 'booked').map((r) => r.personId).sort()).toEqual([0, 1, 2].map(person));
    expect(rsvps.find((r) => r.personId === person(3))?.status).toBe('waitlisted');
    // The stale decision changed nothing: person 0 is still booked.
    expect(rsvps.find((r) => r.personId === person(0))?.status).toBe('booked');
  });

  it('decides a caller again on what the one before it wrote, when both change the same record', async () => {
    const stores = await fakeStores(fake, { siteId: await provisionedSite(fake), skipCheck: true });
    const meeting = meetingWith(3, 1);
    await stores.rsvps.transact(meeting.id, attend(meeting, 0));
    await stores.rsvps.transact(meeting.id, attend(meeting, 1));
    const decline = (i: number) => (current: readonly Rsvp[]) =>
      decideRsvp(meeting, current, { meetingId: meeting.id, sessionId: 'session-1', personId: person(i), response: 'decline', source: 'card' }, NOW, () => `rsvp-x-${i}`);
    // Person 0 declines (person 1 moves up from the waitlist), and in the same group person 1 declines too.
    const [a, b] = await Promise.all([stores.rsvps.transact(meeting.id, decline(0)), stores.rsvps.transact(meeting.id, decline(1))]);
    expect(a.ok && b.ok).toBe(true);
    const rsvps = await stores.rsvps.forMeeting(meeting.id);
    expect(rsvps.filter((r) => r.status === 'booked')).toEqual([]);
    expect(rsvps.map((r) => r.status).sort()).toEqual(['declined', 'declined']);
  });
});
