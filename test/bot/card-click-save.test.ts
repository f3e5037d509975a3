/**
 * A first card click stores where to reach the person (the conversation reference) and their answer.
 * The two are asked together, so on SQLite they share one group commit instead of waiting for one
 * commit after the other; the click is answered once both are stored, and a failed save still fails it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { aMeeting, aSchool, aSession } from '../../bot/src/store/contract/fixtures.js';

const MEETING = 'meeting-click-save';
const user = (n: number) => ({ aadObjectId: `aad-click-${n}`, name: `Deelnemer ${n}`, conversationId: `personal-click-${n}` });

describe('a first card click: the conversation reference and the answer', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ LOAD_SAMPLE_DATA: 'false' }, new Date('2026-11-25T10:00:00+01:00'));
    const { stores } = harness.running.deps;
    await stores.schools.upsert(aSchool(1, { id: 'school-1' }));
    // anyone may come: no audience, no sectors on the session
    await stores.meetings.upsert(
      aMeeting(1, { id: MEETING, sessions: [aSession(1, { id: 's1', sectors: [], capacity: 5 })], audience: { roles: [], sectors: [], schoolIds: [] } }),
    );
    for (const n of [1, 2]) {
      const u = user(n);
      await stores.people.upsert({ id: `person-click-${n}`, aadObjectId: u.aadObjectId, name: u.name, email: '', schoolIds: ['school-1'], roles: ['leerkracht'], locale: 'nl', expectedVersion: '' });
    }
  });
  afterAll(async () => harness?.close());

  it('asks for the answer before the reference is stored, and answers with the card once both are', async () => {
    const { stores } = harness.running.deps;
    const steps: string[] = [];
    const save = stores.conversations.save.bind(stores.conversations);
    const transactFor = stores.rsvps.transactFor.bind(stores.rsvps);
    stores.conversations.save = async (ref) => {
      steps.push('reference asked');
      await save(ref);
      steps.push('reference stored');
    };
    stores.rsvps.transactFor = (...args) => {
      steps.push('answer asked');
      return transactFor(...args);
    };
    try {
      const { status, body } = await harness.execute('rsvp.attend', { meetingId: MEETING, sessionId: 's1' }, user(1));
      expect(status).toBe(200);
      expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    } finally {
      stores.conversations.save = save;
      stores.rsvps.transactFor = transactFor;
    }
    expect(steps).toEqual(['reference asked', 'answer asked', 'reference stored']);
    expect((await stores.conversations.get('personal-click-1'))?.personId).toBe('person-click-1');
    expect((await stores.rsvps.forMeeting(MEETING)).map((r) => [r.personId, r.status])).toEqual([['person-click-1', 'booked']]);
  });

  it('fails the click when the reference cannot be stored, and stores it on the next click', async () => {
    const { stores } = harness.running.deps;
    const save = stores.conversations.save.bind(stores.conversations);
    stores.conversations.save = () => Promise.reject(new Error('opslag weigert'));
    try {
      const { status } = await harness.execute('rsvp.attend', { meetingId: MEETING, sessionId: 's1' }, user(2));
      expect(status).toBe(500);
    } finally {
      stores.conversations.save = save;
    }
    expect(await stores.conversations.get('personal-click-2')).toBeNull();
    const again = await harness.execute('rsvp.attend', { meetingId: MEETING, sessionId: 's1' }, user(2));
    expect(again.status).toBe(200);
    expect((await stores.conversations.get('personal-click-2'))?.personId).toBe('person-click-2');
  });
});
