/**
 * One click on "Aanmelden" (Action.Execute, verb rsvp.attend) with the store on SharePoint lists of
 * the Graph fake, through the real server: what it costs in Graph requests on a warm server, that
 * the card shows the answer, that two server instances sharing the lists book exactly the capacity
 * under 429s and ETag races, and that a changed profile or school counts at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '@samen/shared';
import { aMeeting, aPerson, aSchool, aSession, NOW, pad, value } from '../../bot/src/store/contract/fixtures.js';
import type { SharePointStores } from '../../bot/src/store/sharepoint/index.js';
import { startGraphFake, type GraphFake } from '../graph-fake/graph-fake.js';
import { startHarness, type Harness, type InvokeBody } from '../support/bot-harness.js';
import { readable } from '../support/card-text.js';
import { fakeStores, provisionedSite } from './fake-stores.js';

const cardText = (body: InvokeBody): string =>
  readable([{ conversationId: '', type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: body.value }] }]);

const userOf = (n: number) => ({ aadObjectId: `aad-${pad(n)}`, name: `Medewerker ${n}`, conversationId: `personal-${n}` });

let fake: GraphFake;
let siteId: string;
let stores: SharePointStores;
const harnesses: Harness[] = [];
const server = async () => {
  const harness = await startHarness({ STORE: 'sharepoint', SHAREPOINT_SITE_ID: siteId, GRAPH_BASE_URL: fake.baseUrl, LOAD_SAMPLE_DATA: 'false' }, NOW);
  harnesses.push(harness);
  return harness;
};

beforeAll(async () => {
  fake = await startGraphFake({ seed: 11, retryAfterSeconds: 0, defaultTop: 50, maxTop: 50 });
  siteId = await provisionedSite(fake);
  stores = await fakeStores(fake, { siteId, skipCheck: true });
  for (const n of [1, 2, 3]) value(await stores.schools.upsert(aSchool(n)));
  value(await stores.schools.upsert(aSchool(4, { sector: 'VO' })));
  for (let n = 1; n <= 80; n++) value(await stores.people.upsert(aPerson(n, { schoolIds: ['school-0001'], roles: ['ib'] })));
  value(await stores.people.upsert(aPerson(90, { schoolIds: ['school-0004'], roles: ['ib'] })));
  value(await stores.people.upsert(aPerson(91, { schoolIds: ['school-0004'], roles: ['ib'] })));
  value(await stores.meetings.upsert(aMeeting(1, { sessions: [aSession(1, { capacity: 30 })] })));
  value(await stores.meetings.upsert(aMeeting(2, { sessions: [aSession(1, { capacity: 20 })] })));
  value(await stores.meetings.upsert(aMeeting(3, { sessions: [aSession(1, { capacity: 20 })] })));
}, 60_000);

afterAll(async () => {
  for (const h of harnesses) await h.close();
  await fake.close();
});

describe('one warm RSVP click on SharePoint', () => {
  it('costs 3 Graph requests (was 9) and answers with the card that shows the seat', async () => {
    const harness = await server();
    const attend = (n: number) => harness.execute('rsvp.attend', { meetingId: 'meeting-0001', sessionId: 'session-1' }, userOf(n));
    await attend(1); // warms the server: someone else's click on the same meeting
    await harness.say('help', userOf(2)); // the server has seen the clicker before
    fake.resetCounts();
    const { status, body } = await attend(2);
    // meeting (always read: it decides capacity) · $batch [take lock, RSVPs depending on it] ·
    // $batch [create RSVP, release lock depending on it]; the person and school are remembered.
    expect({ requests: fake.counts.requests, operations: fake.counts.byOperation }).toEqual({
      requests: 3,
      operations: { 'GET items': 2, 'POST $batch': 2, 'PATCH item': 2, 'POST item': 1 },
    });
    expect(fake.counts.resourceUnits).toBe(10);
    expect(status).toBe(200);
    expect(cardText(body)).toMatch(/Je bent aangemeld voor/);
    expect((await stores.rsvps.forMeeting('meeting-0001')).map((r) => [r.personId, r.status])).toEqual([
      ['person-0001', 'booked'],
      ['person-0002', 'booked'],
    ]);
  });
});

describe('clicks on two server instances sharing the lists, under 429s and ETag races', () => {
  it('books exactly the capacity, waitlists the rest, answers every click with a consistent card', async () => {
    const [a, b] = [await server(), await server()];
    fake.throttleRate = 0.2;
    fake.settings.raceRate = 0.1;
    const clicks = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 === 0 ? a : b).execute('rsvp.attend', { meetingId: 'meeting-0002', sessionId: 'session-1' }, userOf(i + 11)),
      ),
    );
    // A second wave on the same meeting: the instances now take the lock with what they remember.
    const again = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? b : a).execute('rsvp.attend', { meetingId: 'meeting-0002', sessionId: 'session-1' }, userOf(i + 51))),
    );
    fake.throttleRate = 0;
    fake.settings.raceRate = 0;
    const all = [...clicks, ...again];
    expect(all.map((c) => c.status)).toEqual(all.map(() => 200));
    const texts = all.map((c) => cardText(c.body));
    expect(texts.filter((t) => /Je bent aangemeld voor/.test(t))).toHaveLength(20);
    expect(texts.filter((t) => /Je staat op de wachtlijst/.test(t))).toHaveLength(30);
    const rsvps = await stores.rsvps.forMeeting('meeting-0002');
    expect(new Set(rsvps.map((r) => r.personId)).size).toBe(50);
    expect(rsvps.filter((r) => r.status === 'booked')).toHaveLength(20);
    expect(rsvps.filter((r) => r.status === 'waitlisted')).toHaveLength(30);
    expect(fake.counts.throttled).toBeGreaterThan(0);
  }, 120_000);
});

describe('what the server remembers of people and schools', () => {
  it('lets someone register right after they changed their school in the profile', async () => {
    const harness = await server();
    const person90 = userOf(90);
    const attend = () => harness.execute('rsvp.attend', { meetingId: 'meeting-0003', sessionId: 'session-1' }, person90);
    expect(cardText((await attend()).body)).toMatch(/niet voor jou bedoeld/);
    await harness.execute('profile.save', { schoolIds: 'school-0001', roles: 'ib' }, person90);
    expect(cardText((await attend()).body)).toMatch(/Je bent aangemeld voor/);
  });

  it('sees a school that changed sector through the same server at once', async () => {
    const harness = await server();
    const person91 = userOf(91);
    const attend = () => harness.execute('rsvp.attend', { meetingId: 'meeting-0003', sessionId: 'session-1' }, person91);
    expect(cardText((await attend()).body)).toMatch(/niet voor jou bedoeld/);
    const { stores: own } = harness.running.deps;
    const school = (await own.schools.get('school-0004'))!;
    value(await own.schools.upsert({ ...school, sector: 'PO', expectedVersion: school.version }));
    expect(cardText((await attend()).body)).toMatch(/Je bent aangemeld voor/);
  });

  it('sees a change made by another instance once the short memory has run out', async () => {
    let now = 0;
    const directoryCache = { ttlMs: 60_000, max: 100, now: () => now };
    const [here, there] = [await fakeStores(fake, { siteId, skipCheck: true, directoryCache }), await fakeStores(fake, { siteId, skipCheck: true, directoryCache })];
    const before = (await here.people.getByAadObjectId('aad-0005')) as Person;
    value(await there.people.upsert({ ...before, name: 'Nieuwe naam', expectedVersion: before.version }));
    fake.resetCounts();
    expect((await here.people.getByAadObjectId('aad-0005'))?.name).toBe(before.name);
    expect(fake.counts.requests).toBe(0);
    now += 60_000;
    expect((await here.people.getByAadObjectId('aad-0005'))?.name).toBe('Nieuwe naam');
    expect((await here.people.get('person-0005'))?.name).toBe('Nieuwe naam');
  });
});
