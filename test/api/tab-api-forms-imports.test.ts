/**
 * The Forms import reaches the coördinator's dashboard: after a run, GET /dashboard carries per
 * form when it ran, its counts and the responses it could not process as response number + reason — never
 * the e-mail address or name typed in the form.
 */
import request from 'supertest';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DashboardDto } from '@samen/shared';
import { formsImporter } from '../../bot/src/usecases/forms/import.js';
import { FormsMappingSchema } from '../../bot/src/usecases/forms/rows.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { fakeClient, provisionedSite } from '../sharepoint/fake-stores.js';
import { flowCreates } from '../sharepoint/form-responses.js';
import { as, makeFixture, PEOPLE, type Fixture } from './fixture.js';
import { graphFormResponses } from '../../bot/src/graph/forms-list.js';

const fake = await startGraphFake({ seed: 11 });
afterAll(() => fake.close());

const mapping = FormsMappingSchema.parse({ meetingId: 'meeting-plg', formId: 'aanmelding-plg' });

const RESPONSES = [
  { ResponseId: 1, Email: ' IB-A@school.example ', Name: 'Ib A', School: 'OBS De Linde' },
  { ResponseId: 2, Email: 'teacher-a@school.example', Name: 'Teacher A', School: 'OBS De Linde' },
  { ResponseId: 3, Email: 'iemand@elders.example', Name: 'Iemand Onbekend', School: 'Nergens' },
  { ResponseId: 4, Email: '', Name: 'Zonder Adres', School: '' },
  { ResponseId: 5, Email: 'leader-b@school.example', Name: 'Leader B', School: 'Basisschool Nergenshuizen' },
];

let f: Fixture;
let source: { client: ReturnType<typeof fakeClient>; siteId: string };
beforeEach(async () => {
  f = await makeFixture();
  source = { client: fakeClient(fake), siteId: await provisionedSite(fake) };
  await flowCreates(fake, source.siteId, mapping.formId, RESPONSES);
});
afterEach(async () => { await f.close(); });

const dashboardOf = async (who: string) => (await request(f.app).get('/api/tab/dashboard').set(as(who)).expect(200)).body as DashboardDto;

describe('tab API: the Forms import on the dashboard', () => {
  it('shows no Forms import while none has run', async () => {
    expect((await dashboardOf(PEOPLE.coordinator.id)).formsImports).toEqual([]);
  });

  it('shows the last run: when, the counts and the unprocessed rows by number and reason only', async () => {
    await formsImporter(graphFormResponses(source), [mapping]).run(f.deps);
    const [run, ...others] = (await dashboardOf(PEOPLE.coordinator.id)).formsImports;
    expect(others).toEqual([]);
    expect(run).toEqual({
      formId: 'meeting-plg',
      kind: 'meeting',
      targetId: 'meeting-plg',
      title: 'PLG ondersteuningsniveaus',
      ranAt: '2026-11-25T09:00:00.000Z',
      counts: { booked: 1, waitlisted: 1, recorded: 0, changed: 0, unchanged: 0, alreadyImported: 0 },
      unmatched: [
        { row: 3, problem: 'unknown-person' },
        { row: 4, problem: 'no-email' },
        { row: 5, problem: 'refused', code: 'RSVP.NOT_INVITED' },
      ],
      unknownSchools: [],
    });
    const sent = JSON.stringify(run);
    for (const typed of ['iemand@elders.example', 'Iemand Onbekend', 'Zonder Adres', 'leader-b', 'Nergens']) expect(sent).not.toContain(typed);
  });

  it('replaces the run by the next one, which counts the rows imported before', async () => {
    const importer = formsImporter(graphFormResponses(source), [mapping]);
    await importer.run(f.deps);
    await importer.run(f.deps);
    const [run] = (await dashboardOf(PEOPLE.coordinator.id)).formsImports;
    expect(run?.counts).toMatchObject({ booked: 0, waitlisted: 0, alreadyImported: 3 });
    expect(run?.unmatched.map((u) => u.row)).toEqual([3, 4]);
  });

  it('is for coördinatoren only', async () => {
    await formsImporter(graphFormResponses(source), [mapping]).run(f.deps);
    await request(f.app).get('/api/tab/dashboard').set(as(PEOPLE.ibA.id)).expect(403);
  });
});
