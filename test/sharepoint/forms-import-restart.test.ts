/**
 * The Forms import remembers what it imported across restarts: a person who registered through
 * Forms and later cancelled on the card stays cancelled after the server restarts and the import
 * runs again. Run on both adapters: SQLite reopened from its file, SharePoint opened again on the
 * same site of the Graph fake.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/src/config.js';
import type { Deps } from '../../bot/src/deps.js';
import { formsImporter } from '../../bot/src/usecases/forms/import.js';
import { FormsMappingSchema } from '../../bot/src/usecases/forms/rows.js';
import { formsImporterOf } from '../../bot/src/compose.js';
import { scheduledFormsImport } from '../../bot/src/usecases/forms/schedule.js';
import { alwaysHeld } from '../../bot/src/store/lease.js';
import { createLogger } from '../../bot/src/logger.js';
import { aMeeting, aPerson, aSchool, aSession, NOW, value } from '../../bot/src/store/contract/fixtures.js';
import type { Stores } from '../../bot/src/store/ports.js';
import { openSqliteStores } from '../../bot/src/store/sqlite/index.js';
import { respond } from '../../bot/src/usecases/rsvp.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { TEST_INFRA } from '../../bot/src/deps.test-helper.js';
import { fakeClient, fakeStores, provisionedSite } from './fake-stores.js';
import { flowCreates } from './form-responses.js';
import { graphFormResponses } from '../../bot/src/graph/forms-list.js';

const fake = await startGraphFake({ seed: 5 });
const root = mkdtempSync(join(tmpdir(), 'forms-restart-'));
afterAll(async () => {
  await fake.close();
  rmSync(root, { recursive: true, force: true });
});
const client = fakeClient(fake);
const config = loadConfig({ LOG_LEVEL: 'silent' });

const FORM = 'aanmelding-restart';
const mapping = FormsMappingSchema.parse({ meetingId: 'meeting-0001', formId: FORM });

/** Opens the same store again, as a restarted server would. */
type Reopen = () => Promise<Stores>;

const adapters: [string, () => Promise<Reopen>][] = [
  ['sqlite (file)', async () => {
    const dataDir = join(root, `db-${Math.random().toString(36).slice(2)}`);
    return () => openSqliteStores({ dataDir });
  }],
  ['sharepoint (Graph fake)', async () => {
    const siteId = await provisionedSite(fake);
    return () => fakeStores(fake, { siteId, skipCheck: true });
  }],
];

const depsOf = (stores: Stores): Deps => {
  let n = 0;
  return { config, stores, clock: () => NOW, newId: () => `id-${Date.now()}-${++n}`, logger: createLogger(config), ...TEST_INFRA };
};

describe.each(adapters)('the Forms import after a restart (%s)', (_name, prepare) => {
  it('does not register again a person who registered through Forms and then cancelled on the card', async () => {
    const reopen = await prepare();
    const source = { client, siteId: await provisionedSite(fake) };
    await flowCreates(fake, source.siteId, FORM, [{ ResponseId: 1, Email: 'anna@school.example' }, { ResponseId: 2, Email: 'bram@school.example' }]);
    const first = depsOf(await reopen());
    value(await first.stores.schools.upsert(aSchool(1)));
    value(await first.stores.meetings.upsert(aMeeting(1, { sessions: [aSession(1)], audience: { roles: [], sectors: [], schoolIds: [] } })));
    const anna = value(await first.stores.people.upsert(aPerson(1, { email: 'anna@school.example', schoolIds: ['school-0001'] })));
    value(await first.stores.people.upsert(aPerson(2, { email: 'bram@school.example', schoolIds: ['school-0001'] })));

    const [report] = await formsImporter(graphFormResponses(source), [mapping]).run(first);
    expect(report).toMatchObject({ booked: 2, alreadyImported: 0 });
    value(await respond(first, anna, { meetingId: 'meeting-0001', sessionId: 'session-1', response: 'decline', source: 'card' }));
    await first.stores.close();

    const second = depsOf(await reopen());
    const [again] = await formsImporter(graphFormResponses(source), [mapping]).run(second);
    expect(again).toMatchObject({ booked: 0, unchanged: 0, alreadyImported: 2 });
    const statuses = Object.fromEntries((await second.stores.rsvps.forMeeting('meeting-0001')).map((r) => [r.personId, r.status]));
    expect(statuses).toEqual({ 'person-0001': 'declined', 'person-0002': 'booked' });
    await second.stores.close();
  });
});

describe('the scheduled Forms import, wired from config', () => {
  it('imports the linked form into the store on its own and keeps the run for the dashboard', async () => {
    const siteId = await provisionedSite(fake);
    // The flow writes to the list on the partnership's site, which the app reads with its own token.
    await flowCreates(fake, siteId, FORM, [{ ResponseId: 1, Email: 'anna@school.example' }, { ResponseId: 2, Email: 'onbekend@elders.example' }]);
    const linked = loadConfig({
      LOG_LEVEL: 'silent',
      STORE: 'sharepoint',
      SHAREPOINT_SITE_ID: siteId,
      GRAPH_BASE_URL: fake.baseUrl,
      FORMS_IMPORT: JSON.stringify([mapping]),
      FORMS_IMPORT_INTERVAL_MINUTES: '30',
    });
    const stores = await fakeStores(fake, { siteId, skipCheck: true });
    const deps = { ...depsOf(stores), config: linked, formsImporter: formsImporterOf(linked) };
    value(await stores.meetings.upsert(aMeeting(1, { sessions: [aSession(1)], audience: { roles: [], sectors: [], schoolIds: [] } })));
    value(await stores.people.upsert(aPerson(1, { email: 'anna@school.example', schoolIds: [] })));
    let intervalMs = 0;
    const stops = scheduledFormsImport(deps, alwaysHeld, (ms) => {
      intervalMs = ms;
      return () => undefined;
    });
    expect(intervalMs).toBe(30 * 60_000);
    await expect.poll(async () => (await stores.formsImports.runs()).map((r) => [r.formId, r.counts.booked, r.unmatched])).toEqual([
      ['meeting-0001', 1, [{ row: 2, problem: 'unknown-person' }]],
    ]);
    expect((await stores.rsvps.forMeeting('meeting-0001')).map((r) => [r.personId, r.status, r.source])).toEqual([['person-0001', 'booked', 'forms']]);
    stops.forEach((stop) => stop());
  });
});
