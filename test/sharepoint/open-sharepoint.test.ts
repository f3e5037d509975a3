/** Choosing STORE=sharepoint: the startup check, config errors in Dutch, and failures mapped to store errors. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/src/config.js';
import { openStores, SharePointSetupError, StorageUnavailable } from '../../bot/src/store/index.js';
import { aSchool, anRsvp, value } from '../../bot/src/store/contract/fixtures.js';
import { ok } from '@samen/shared';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { fakeStores, provisionedSite } from './fake-stores.js';

const fake = await startGraphFake({ threshold: 5 });
afterAll(() => fake.close());

const env = (siteId: string) => ({ STORE: 'sharepoint', SHAREPOINT_SITE_ID: siteId, GRAPH_BASE_URL: fake.baseUrl, LOG_LEVEL: 'silent' });

describe('STORE=sharepoint', () => {
  it('opens the SharePoint store from config and keeps what it stores', async () => {
    const siteId = await provisionedSite(fake);
    const stores = await openStores(loadConfig(env(siteId)));
    const school = value(await stores.schools.upsert(aSchool(1)));
    expect(await stores.schools.get(school.id)).toEqual(school);
  });

  it('says in Dutch which lists are missing on the site', async () => {
    fake.addSite('leeg', 'Lege site');
    const opening = openStores(loadConfig(env('leeg')));
    await expect(opening).rejects.toBeInstanceOf(SharePointSetupError);
    await expect(opening).rejects.toThrow(/ontbreekt de lijst 'Aanmeldingen'[\s\S]*provision:sharepoint/);
  });

  it('says in Dutch when the site does not exist or cannot be reached', async () => {
    await expect(openStores(loadConfig(env('bestaat-niet')))).rejects.toThrow(/site bestaat-niet bestaat niet of de app heeft er geen toegang toe/);
  });

  it('asks for Graph credentials when Graph is not a local stand-in', () => {
    expect(() => loadConfig({ STORE: 'sharepoint', SHAREPOINT_SITE_ID: 'x' })).toThrow(/GRAPH_CLIENT_SECRET/);
    expect(() => loadConfig({ STORE: 'sharepoint', SHAREPOINT_SITE_ID: 'x', SHAREPOINT_SCHOOL_SITES: 'school-1' })).toThrow(/geen schoolId=siteId/);
  });
});

describe('the SharePoint adapter on a list past the list view threshold', () => {
  // Threshold 5 here: the list holds 12 RSVPs, each meeting's (the first indexed clause) only 4.
  it('still finds RSVPs by meeting and by person: it filters on indexed columns only', async () => {
    const stores = await fakeStores(fake);
    for (const meeting of ['meeting-0001', 'meeting-0002', 'meeting-0003']) {
      const writes = Array.from({ length: 4 }, (_, i) => anRsvp(i + 1, { id: `${meeting}-rsvp-${i + 1}`, meetingId: meeting }));
      value(await stores.rsvps.transact(meeting, () => ok({ writes })));
    }
    expect(await stores.rsvps.forMeeting('meeting-0002')).toHaveLength(4);
    expect(await stores.rsvps.forPerson('person-0003')).toHaveLength(3);
  });

  it('is refused by SharePoint when one meeting alone holds more RSVPs than the threshold', async () => {
    const stores = await fakeStores(fake);
    const writes = Array.from({ length: 6 }, (_, i) => anRsvp(i + 1));
    value(await stores.rsvps.transact('meeting-0001', () => ok({ writes })));
    await expect(stores.rsvps.forMeeting('meeting-0001')).rejects.toBeInstanceOf(StorageUnavailable);
  });
});

describe("Graph's failures stay inside the adapter", () => {
  it('turns throttling past the retries into StorageUnavailable on reads and STORE.UNAVAILABLE on writes', async () => {
    const stores = await fakeStores(fake, { policy: { maxRetries: 2 } });
    fake.throttleRate = 1;
    try {
      await expect(stores.schools.get('school-0001')).rejects.toBeInstanceOf(StorageUnavailable);
      expect(await stores.schools.upsert(aSchool(1))).toEqual({ ok: false, error: { code: 'STORE.UNAVAILABLE' } });
    } finally {
      fake.throttleRate = 0;
    }
  });

  it('honours Retry-After: it waits what Graph asks before trying again', async () => {
    const waits: number[] = [];
    const stores = await fakeStores(fake, { sleep: async (ms) => void waits.push(ms) });
    fake.retryAfterSeconds = 3;
    fake.throttleRate = 0.5;
    try {
      // Enough requests that some are throttled, wherever the fake's random sequence stands.
      for (let n = 1; n <= 8; n++) value(await stores.schools.upsert(aSchool(n)));
      await stores.schools.get('school-0001');
    } finally {
      fake.throttleRate = 0;
      fake.retryAfterSeconds = 2;
    }
    expect(waits.length).toBeGreaterThan(0);
    expect(new Set(waits)).toEqual(new Set([3000]));
  });
});
