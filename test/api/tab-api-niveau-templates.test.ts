/** The partnership's niveau templates over the tab API: who reads and edits, and a school taking over a newer version. */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NiveauLevel, NiveauTemplateViewDto, NiveauViewDto } from '@samen/shared';
import { as, makeFixture, PEOPLE, type Fixture } from './fixture.js';

let f: Fixture;
beforeEach(async () => { f = await makeFixture(); });
afterEach(async () => { await f.close(); });

const TEMPLATES = '/api/tab/niveau-templates';
const NIVEAUS = '/api/tab/schools/school-a/niveaus';

const template = async (who: string, sector = 'PO') => (await request(f.app).get(`${TEMPLATES}/${sector}`).set(as(who))).body as NiveauTemplateViewDto;
const saveTemplate = (who: string, levels: unknown, expectedVersion: string, sector = 'PO') =>
  request(f.app).put(`${TEMPLATES}/${sector}`).set(as(who)).send({ levels, expectedVersion });
const niveaus = async (who: string) => (await request(f.app).get(NIVEAUS).set(as(who))).body as NiveauViewDto;
const templateLevels = (view: NiveauTemplateViewDto, change: (l: NiveauTemplateViewDto['template']['levels'][number]) => object = (l) => l) =>
  view.template.levels.map((l) => ({ ...l, ...change(l) }));

describe('tab API: niveau templates', () => {
  it('lets everyone read a sector’s template: the shipped text (version 0) until the partnership saves', async () => {
    const vo = await template(PEOPLE.teacherA.id, 'VO');
    expect(vo.template.revision).toBe(0);
    expect(vo.template.levels[0]?.title).toBe('Sterke basis, basisaanbod in de klas');
    expect(vo.history).toEqual([]);
    const unknown = await request(f.app).get(`${TEMPLATES}/MBO`).set(as(PEOPLE.teacherA.id));
    expect(unknown.status).toBe(404);
  });

  it('lets only a coördinator save; each save is a new version, a stale one is refused', async () => {
    const view = await template(PEOPLE.coordinator.id);
    const levels = templateLevels(view, (l) => (l.level === 3 ? { responsible: 'Ib’er en leerkracht samen' } : {}));
    for (const who of [PEOPLE.ibA.id, PEOPLE.leaderA.id, PEOPLE.teacherA.id]) {
      expect((await saveTemplate(who, levels, '')).status).toBe(403);
    }
    const saved = await saveTemplate(PEOPLE.coordinator.id, levels, '');
    expect(saved.status).toBe(200);
    expect((saved.body as NiveauTemplateViewDto).template.revision).toBe(1);
    expect((saved.body as NiveauTemplateViewDto).history.map((h) => [h.revision, h.updatedByName])).toEqual([[1, `Naam ${PEOPLE.coordinator.id}`]]);
    expect((await saveTemplate(PEOPLE.coordinator.id, levels, '')).status).toBe(409);
    expect((await template(PEOPLE.ibA.id)).template.levels[2]?.responsible).toBe('Ib’er en leerkracht samen');
  });

  it('refuses a template that is not five titled levels, with a Dutch message', async () => {
    const view = await template(PEOPLE.coordinator.id);
    const noTitle = await saveTemplate(PEOPLE.coordinator.id, templateLevels(view, (l) => (l.level === 2 ? { title: '' } : {})), '');
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.message).toMatch(/[a-z]/);
    expect(noTitle.body.fields).toContain('levels.1.title');
    const withCount = await saveTemplate(PEOPLE.coordinator.id, templateLevels(view, () => ({ pupilCount: 3 })), '');
    expect(withCount.status).toBe(400);
    expect((await saveTemplate(PEOPLE.coordinator.id, templateLevels(view).slice(0, 4), '')).status).toBe(400);
  });
});

describe('tab API: a school and a newer template', () => {
  /** School A saved its overview from the shipped PO template; the partnership then changed level 3. */
  const setUp = async () => {
    const start = await niveaus(PEOPLE.ibA.id);
    expect(start.levels.every((l) => l.templateRevision === 0)).toBe(true);
    const own = start.levels.map((l): NiveauLevel => (l.level === 3 ? { ...l, pupilCount: 7 } : l.level === 1 ? { ...l, title: 'Onze basis' } : l));
    expect((await request(f.app).put(NIVEAUS).set(as(PEOPLE.ibA.id)).send({ levels: own, expectedVersion: '' })).status).toBe(200);
    const view = await template(PEOPLE.coordinator.id);
    const changed = templateLevels(view, (l) =>
      l.level === 3 ? { responsible: 'Ib’er, met de leerkracht', programmes: [...l.programmes, 'Rekenspel in een groepje, 2 × 15 minuten per week'] } : {},
    );
    expect((await saveTemplate(PEOPLE.coordinator.id, changed, '')).status).toBe(200);
  };

  it('shows the school per level what changed since its version, to everyone who reads the overview', async () => {
    await setUp();
    const seen = await niveaus(PEOPLE.teacherA.id);
    expect(seen.templateUpdate).toMatchObject({ sector: 'PO', revision: 1 });
    expect(seen.templateUpdate?.changes).toEqual([
      {
        level: 3,
        fromRevision: 0,
        toRevision: 1,
        texts: [{ field: 'responsible', before: 'Leerkracht, samen met de ib’er', after: 'Ib’er, met de leerkracht' }],
        lists: [{ field: 'programmes', added: ['Rekenspel in een groepje, 2 × 15 minuten per week'], removed: [] }],
      },
    ]);
    const decide = (who: string) => request(f.app).post(`${NIVEAUS}/template/3`).set(as(who)).send({ choice: 'adopt', expectedVersion: seen.overzicht?.version });
    expect((await decide(PEOPLE.teacherA.id)).status).toBe(403);
    expect((await decide(PEOPLE.coordinator.id)).status).toBe(403);
  });

  it('takes over one level (keeping the school’s count and its other levels) and then shows no notice', async () => {
    await setUp();
    const before = await niveaus(PEOPLE.ibA.id);
    const adopted = await request(f.app).post(`${NIVEAUS}/template/3`).set(as(PEOPLE.ibA.id)).send({ choice: 'adopt', expectedVersion: before.overzicht?.version });
    expect(adopted.status).toBe(200);
    const view = adopted.body as NiveauViewDto;
    expect(view.levels[2]).toMatchObject({ responsible: 'Ib’er, met de leerkracht', pupilCount: 7, templateRevision: 1 });
    expect(view.levels[0]?.title).toBe('Onze basis');
    expect(view.templateUpdate).toBeNull();
    expect(view.overzicht?.revision).toBe(2);
    const stale = await request(f.app).post(`${NIVEAUS}/template/3`).set(as(PEOPLE.ibA.id)).send({ choice: 'keep', expectedVersion: before.overzicht?.version });
    expect(stale.status).toBe(409);
  });

  it('keeps the school’s own text when it declines, and refuses a level that does not exist', async () => {
    await setUp();
    const before = await niveaus(PEOPLE.ibA.id);
    const kept = await request(f.app).post(`${NIVEAUS}/template/3`).set(as(PEOPLE.ibA.id)).send({ choice: 'keep', expectedVersion: before.overzicht?.version });
    expect((kept.body as NiveauViewDto).levels[2]?.responsible).toBe('Leerkracht, samen met de ib’er');
    expect((kept.body as NiveauViewDto).templateUpdate).toBeNull();
    const six = await request(f.app).post(`${NIVEAUS}/template/6`).set(as(PEOPLE.ibA.id)).send({ choice: 'keep', expectedVersion: '' });
    expect(six.status).toBe(400);
  });
});
