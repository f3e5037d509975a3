import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NiveauLevel, NiveauViewDto } from '@samen/shared';
import { as, makeFixture, PEOPLE, type Fixture } from './fixture.js';

let f: Fixture;
beforeEach(async () => { f = await makeFixture(); });
afterEach(async () => { await f.close(); });

const url = (school = 'school-a') => `/api/tab/schools/${school}/niveaus`;

const load = async (who: string, school = 'school-a') => (await request(f.app).get(url(school)).set(as(who))).body as NiveauViewDto;

const withTitle = (levels: readonly NiveauLevel[], level: number, title: string) =>
  levels.map((l) => (l.level === level ? { ...l, title } : l));

const save = (who: string, levels: readonly NiveauLevel[], expectedVersion: string, school = 'school-a') =>
  request(f.app).put(url(school)).set(as(who)).send({ levels, expectedVersion });

describe('tab API: niveau-overzicht', () => {
  it('shows a school without an overzicht the template, editable by its ib’er', async () => {
    const view = await load(PEOPLE.ibA.id);
    expect(view.overzicht).toBeNull();
    expect(view.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(view.canEdit).toBe(true);
  });

  it('saves the ib’er’s change and shows it to colleagues', async () => {
    const view = await load(PEOPLE.ibA.id);
    const saved = await save(PEOPLE.ibA.id, withTitle(view.levels, 3, 'Extra hulp van de leesspecialist'), '');
    expect(saved.status).toBe(200);
    const seen = await load(PEOPLE.teacherA.id);
    expect(seen.levels.find((l) => l.level === 3)?.title).toBe('Extra hulp van de leesspecialist');
    expect(seen.canEdit).toBe(false);
  });

  it.each([
    ['a teacher of the school edits', PEOPLE.teacherA.id, 'put', 403],
    ['an ib’er of another school reads', PEOPLE.ibB.id, 'get', 403],
    ['the coördinator edits', PEOPLE.coordinator.id, 'put', 403],
    ['the coördinator reads', PEOPLE.coordinator.id, 'get', 200],
  ])('answers %s with %s', async (_name, who, method, status) => {
    const view = await load(PEOPLE.ibA.id);
    const res = method === 'get' ? await request(f.app).get(url()).set(as(who)) : await save(who, view.levels, '');
    expect(res.status).toBe(status);
  });

  it('refuses a save made on a stale version with 409', async () => {
    const view = await load(PEOPLE.ibA.id);
    const first = await save(PEOPLE.ibA.id, withTitle(view.levels, 1, 'Eerste'), '');
    const version = (first.body as NiveauViewDto).overzicht!.version;
    expect((await save(PEOPLE.ibA.id, withTitle(view.levels, 1, 'Tweede'), version)).status).toBe(200);
    const stale = await save(PEOPLE.ibA.id, withTitle(view.levels, 1, 'Derde'), version);
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STORE.CONFLICT');
    expect((await load(PEOPLE.ibA.id)).levels[0]?.title).toBe('Tweede');
  });

  it('refuses pupil names in place of a count', async () => {
    const view = await load(PEOPLE.ibA.id);
    const levels = view.levels.map((l) => (l.level === 3 ? { ...l, pupilCount: 'Jan, Piet' } : l));
    const res = await request(f.app).put(url()).set(as(PEOPLE.ibA.id)).send({ levels, expectedVersion: '' });
    expect(res.status).toBe(400);
    expect(res.body.fields).toContain('levels.2.pupilCount');
  });

  it('restores an earlier version as a new one, keeping the history', async () => {
    const view = await load(PEOPLE.ibA.id);
    const v1 = (await save(PEOPLE.ibA.id, withTitle(view.levels, 2, 'Versie een'), '')).body as NiveauViewDto;
    await save(PEOPLE.ibA.id, withTitle(view.levels, 2, 'Versie twee'), v1.overzicht!.version);
    const restored = await request(f.app).post(`${url()}/restore/${v1.overzicht!.revision}`).set(as(PEOPLE.ibA.id));
    expect(restored.status).toBe(200);
    expect((restored.body as NiveauViewDto).levels[1]?.title).toBe('Versie een');
    const history = await request(f.app).get(`${url()}/history`).set(as(PEOPLE.teacherA.id));
    expect(history.body.map((h: { levels: NiveauLevel[] }) => h.levels[1]?.title)).toEqual(['Versie een', 'Versie twee', 'Versie een']);
    expect(history.body[0].updatedByName).toBe('Naam ib-a');
  });

  it('answers a revision that never existed with 404', async () => {
    const res = await request(f.app).post(`${url()}/restore/42`).set(as(PEOPLE.ibA.id));
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NIVEAU.REVISION_NOT_FOUND');
  });
});
