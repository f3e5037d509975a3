/**
 * Card clicks are read and answered before express (server.ts `createHttpServer`); anything the
 * quick path does not take goes through express as before. Both must answer a request alike: the same
 * card, the same 400 for a body that is not JSON, the same refusal of bad card data. A body sent in
 * chunks (no declared length) always takes express's path, so it is the reference here.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { aMeeting, aSession } from '../../bot/src/store/contract/fixtures.js';
import { startHarness, type InvokeBody } from '../support/bot-harness.js';
import { postJson, type BodyFraming } from '../support/post-json.js';

const harness = await startHarness({ LOAD_SAMPLE_DATA: 'false' }, new Date('2026-11-25T10:00:00+01:00'));
afterAll(() => harness.close());

const { stores } = harness.running.deps;
await stores.schools.upsert({ id: 'school-1', name: 'School 1', sector: 'PO', region: 'midden', place: 'Utrecht', expectedVersion: '' });
await stores.meetings.upsert(
  aMeeting(1, { id: 'meeting-http', audience: { roles: [], sectors: [], schoolIds: [] }, sessions: [aSession(1, { capacity: 1, sectors: [] })] }),
);
const people = ['a', 'b', 'c', 'd'].map((k) => ({ aadObjectId: `aad-${k}`, name: `Persoon ${k}`, conversationId: `personal-${k}` }));
for (const [i, p] of people.entries()) {
  await stores.people.upsert({ id: `p-${i}`, aadObjectId: p.aadObjectId, name: p.name, email: `${i}@example.org`, schoolIds: ['school-1'], roles: ['leerkracht'], locale: 'nl', expectedVersion: '' });
}

const post = async (body: string, how: BodyFraming, headers: Record<string, string> = {}) => {
  const res = await postJson(`${harness.running.url}/api/messages`, body, how, headers);
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), body: text ? (JSON.parse(text) as unknown) : null };
};

const attend = (user: (typeof people)[number], data: Record<string, unknown> = { meetingId: 'meeting-http', sessionId: 'session-1' }) =>
  harness.invokeBody('rsvp.attend', data, user);

describe('/api/messages read before express and through express', () => {
  it('answers a click with the same card either way: the first gets the seat, the second the waitlist', async () => {
    const quick = await post(attend(people[0]!), 'plain');
    const slow = await post(attend(people[1]!), 'chunked');
    for (const answer of [quick, slow]) {
      expect(answer.status).toBe(200);
      expect(answer.type).toMatch(/^application\/json/);
      expect((answer.body as InvokeBody).type).toBe('application/vnd.microsoft.card.adaptive');
    }
    expect(JSON.stringify(quick.body)).toContain('Je bent aangemeld');
    expect(JSON.stringify(slow.body)).toContain('wachtlijst');
    const byPerson = Object.fromEntries((await stores.rsvps.forMeeting('meeting-http')).map((r) => [r.personId, r.status]));
    expect(byPerson).toEqual({ 'p-0': 'booked', 'p-1': 'waitlisted' });
  });

  it('answers a body that is not JSON, or JSON that is not an object, 400 with the reason in Dutch (English on request)', async () => {
    for (const body of ['{"type": "invoke", ', '42', '"invoke"']) {
      const quick = await post(body, 'plain');
      const slow = await post(body, 'chunked');
      expect(quick).toEqual({ status: 400, type: 'application/json; charset=utf-8', body: { code: 'REQUEST.INVALID_JSON', message: 'Het verzoek is geen geldige JSON.' } });
      expect(slow).toEqual(quick);
    }
    const english = await post('{', 'plain', { 'accept-language': 'en-GB' });
    expect(english.body).toEqual({ code: 'REQUEST.INVALID_JSON', message: 'The request is not valid JSON.' });
  });

  it('refuses bad card data with the same Dutch error answer and writes nothing', async () => {
    const bad = attend(people[2]!, { meetingId: 'meeting-http', sessionId: 42 });
    const quick = await post(bad, 'plain');
    const slow = await post(bad, 'chunked');
    expect(quick.status).toBe(400);
    expect((quick.body as InvokeBody).statusCode).toBe(400);
    expect((quick.body as InvokeBody).type).toBe('application/vnd.microsoft.error');
    expect((quick.body as InvokeBody).value.code).toBe('CARD.INVALID_DATA');
    expect((quick.body as InvokeBody).value.message).toMatch(/\S/);
    expect(slow).toEqual(quick);
    expect((await stores.rsvps.forMeeting('meeting-http')).map((r) => r.personId).sort()).toEqual(['p-0', 'p-1']);
  });

  it('hands a chat message, parsed once, to the bot through express', async () => {
    const before = harness.sent.length;
    const body = JSON.stringify({ ...JSON.parse(attend(people[3]!)), type: 'message', name: undefined, value: undefined, text: 'help' });
    expect((await post(body, 'plain')).status).toBe(200);
    expect(harness.sent.length).toBeGreaterThan(before);
  });
});
