/**
 * The dashboard's chart of registrations over time: per meeting, the registrations that stand now on the day
 * they reached their status (Amsterdam), from the day the meeting was made to the deadline, against capacity.
 */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DashboardDto, Person } from '@samen/shared';
import { respond } from '../../bot/src/usecases/rsvp.js';
import { as, makeFixture, PEOPLE, type Fixture } from './fixture.js';

let f: Fixture;
beforeEach(async () => { f = await makeFixture(); });
afterEach(async () => { await f.close(); });

/** An answer given at `at` (the fixture's clock stays at its "now" for everything else). */
const answerAt = async (at: string, who: Person, response: 'attend' | 'decline' | 'maybe') => {
  const result = await respond({ ...f.deps, clock: () => new Date(at) }, who, { meetingId: 'meeting-plg', sessionId: 'session-1', response, source: 'tab' });
  expect(result.ok).toBe(true);
};

const dashboard = async () => (await request(f.app).get('/api/tab/dashboard').set(as(PEOPLE.coordinator.id)).expect(200)).body as DashboardDto;

describe('tab API: the dashboard’s registrations per day', () => {
  it('counts booked and waitlisted on their day, not maybe, from the meeting’s creation to its deadline', async () => {
    await answerAt('2026-11-03T10:00:00+01:00', PEOPLE.ibA as Person, 'attend');
    // 23:30 UTC is already the next day in Amsterdam.
    await answerAt('2026-11-05T23:30:00Z', PEOPLE.ibB as Person, 'attend');
    await answerAt('2026-11-07T10:00:00+01:00', PEOPLE.teacherA as Person, 'maybe');
    const d = await dashboard();
    expect(d.registrationTimelines).toEqual([
      {
        meetingId: 'meeting-plg',
        timeline: {
          start: '2026-11-01',
          end: '2026-12-01',
          asOf: '2026-11-25',
          capacity: 1,
          steps: [{ day: '2026-11-03', total: 1 }, { day: '2026-11-06', total: 2 }],
        },
      },
    ]);
    expect(d.meetings[0]?.sessions[0]?.counts).toMatchObject({ booked: 1, waitlisted: 1, maybe: 1 });
  });

  it('drops a registration that was cancelled, and counts the promoted one from its promotion', async () => {
    await answerAt('2026-11-03T10:00:00+01:00', PEOPLE.ibA as Person, 'attend');
    await answerAt('2026-11-04T10:00:00+01:00', PEOPLE.ibB as Person, 'attend');
    await answerAt('2026-11-10T10:00:00+01:00', PEOPLE.ibA as Person, 'decline');
    const d = await dashboard();
    expect(d.registrationTimelines[0]?.timeline.steps).toEqual([{ day: '2026-11-10', total: 1 }]);
  });
});
