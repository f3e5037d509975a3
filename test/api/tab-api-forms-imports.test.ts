/**
 * The Forms import reaches the coördinator's dashboard: after a run, GET /dashboard carries per
 * form when it ran, its counts and the rows it could not process as row number + reason — never
 * the e-mail address or name typed in the form.
 */
import request from 'supertest';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DashboardDto } from '@samen/shared';
import { formsImporter } from '../../bot/src/graph/forms-import.js';
import { FormsMappingSchema } from '../../bot/src/graph/forms-rows.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { fakeClient } from '../sharepoint/fake-stores.js';
import { as, makeFixture, PEOPLE, type Fixture } from './fixture.js';

const fake = await startGraphFake({ seed: 11 });
afterAll(() => fake.close());

const mapping = FormsMappingSchema.parse({
  meetingId: 'meeting-plg',
  workbook: { driveId: 'b!api', itemId: 'item-api', table: 'Aanmeldingen' },
  columns: { email: 'E-mail', name: 'Naam', school: 'School', responseId: 'ID' },
});

const ROWS = [
  [1, ' IB-A@school.example ', 'Ib A', 'OBS De Linde'],
  [2, 'teacher-a@school.example', 'Teacher A', 'OBS De Linde'],
  [3, 'iemand@elders.example', 'Iemand Onbekend', 'Nergens'],
  [4, '', 'Zonder Adres', ''],
  [5, 'leader-b@school.example', 'Leader B', 'Basisschool Nergenshuizen'],
];

let f: Fixture;
beforeEach(async () => {
  f = await makeFixture();
  fake.workbooks.setTable('b!api', 'item-api', 'Aanmeldingen', ['ID', 'E-mail', 'Naam', 'School'], ROWS.map((r) => [...r]));
});
afterEach(async () => { await f.close(); });

const dashboardOf = async (who: string) => (await request(f.app).get('/api/tab/dashboard').set(as(who)).expect(200)).body as DashboardDto;

describe('tab API: the Forms import on the dashboard', () => {
  it('shows no Forms import while none has run', async () => {
    expect((await dashboardOf(PEOPLE.coordinator.id)).formsImports).toEqual([]);
  });

  it('shows the last run: when, the counts and the unprocessed rows by number and reason only', async () => {
    await formsImporter(fakeClient(fake), [mapping]).run(f.deps);
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
        { row: 4, problem: 'unknown-person' },
        { row: 5, problem: 'no-email' },
        { row: 6, problem: 'refused', code: 'RSVP.NOT_INVITED' },
      ],
      unknownSchools: [],
    });
    const sent = JSON.stringify(run);
    for (const typed of ['iemand@elders.example', 'Iemand Onbekend', 'Zonder Adres', 'leader-b', 'Nergens']) expect(sent).not.toContain(typed);
  });

  it('replaces the run by the next one, which counts the rows imported before', async () => {
    const importer = formsImporter(fakeClient(fake), [mapping]);
    await importer.run(f.deps);
    await importer.run(f.deps);
    const [run] = (await dashboardOf(PEOPLE.coordinator.id)).formsImports;
    expect(run?.counts).toMatchObject({ booked: 0, waitlisted: 0, alreadyImported: 3 });
    expect(run?.unmatched.map((u) => u.row)).toEqual([4, 5]);
  });

  it('is for coördinatoren only', async () => {
    await formsImporter(fakeClient(fake), [mapping]).run(f.deps);
    await request(f.app).get('/api/tab/dashboard').set(as(PEOPLE.ibA.id)).expect(403);
  });
});
