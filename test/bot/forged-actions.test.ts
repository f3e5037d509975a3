import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/bot-harness.js';

const MEETING = 'meeting-consultatie-basisondersteuning';
const FATIMA = { aadObjectId: '00000000-0000-4000-8000-000000000004', name: 'Fatima El Amrani', conversationId: 'personal-4' };
const huge = 'x'.repeat(100_000);

describe('forged or malformed card data', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({}, new Date('2026-11-25T10:00:00+01:00'));
  });
  afterAll(async () => harness?.close());

  const snapshot = async () => ({
    rsvps: await harness.running.deps.stores.rsvps.forMeeting(MEETING),
    people: (await harness.running.deps.stores.people.list({ limit: 500 })).items,
    meetings: (await harness.running.deps.stores.meetings.list({ limit: 500 })).items,
  });

  it.each([
    ['an unknown meeting id', 'rsvp.attend', { meetingId: 'meeting-bestaat-niet', sessionId: 's1' }, /bestaat niet/],
    ['a session of another meeting', 'rsvp.attend', { meetingId: MEETING, sessionId: 'plg-1' }, /Kies een van de sessies/],
    ['someone else’s person id smuggled in', 'rsvp.decline', { meetingId: MEETING, sessionId: 'cons-noord', personId: 'person-6' }, /onvolledige gegevens/],
    ['a number where an id belongs', 'rsvp.attend', { meetingId: 12, sessionId: true }, /onvolledige gegevens/],
    ['a 100 KB meeting id', 'rsvp.attend', { meetingId: huge, sessionId: 'cons-noord' }, /onvolledige gegevens/],
    ['a 100 KB profile', 'profile.save', { schoolIds: huge, roles: 'ib' }, /onvolledige gegevens/],
    ['an unknown role', 'profile.save', { schoolIds: 'school-klimop', roles: 'directeur-generaal' }, /onvolledige gegevens/],
    ['an unknown school', 'profile.save', { schoolIds: 'school-atlantis', roles: 'ib' }, /school is niet bekend/],
    ['a form from someone who is not a coördinator', 'meeting.send', { meetingId: MEETING }, /organisator of een coördinator/],
  ])('answers %s with a Dutch message and changes nothing', async (_label, verb, data, message) => {
    const before = await snapshot();
    const { body } = await harness.execute(verb, data, FATIMA);
    expect(JSON.stringify(body.value)).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });
});
