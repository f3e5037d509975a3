import { describe, expect, it } from 'vitest';
import { decideTemplateLevel, levelsFromTemplate, shippedNiveauTemplate, templateChanges, validateTemplateLevels, type NiveauTemplate } from './niveau-templates.js';

const shipped = shippedNiveauTemplate('VO');
const revised: NiveauTemplate = {
  ...shipped,
  revision: 1,
  version: 'v1',
  updatedAt: '2026-12-01T10:00:00+01:00',
  updatedBy: 'person-1',
  levels: shipped.levels.map((l) =>
    l.level === 3 ? { ...l, responsible: 'Zorgcoördinator', programmes: [...l.programmes.slice(1), 'Examentraining, 4 weken'] } : l,
  ),
};
const basis = (r: number) => (r === 0 ? shipped : r === 1 ? revised : null);

describe('niveau template revisions', () => {
  it('shows a school only the levels whose template text changed, field by field', () => {
    const school = levelsFromTemplate(shipped).map((l) => (l.level === 3 ? { ...l, pupilCount: 6, title: 'Onze eigen titel' } : l));
    const changes = templateChanges(school, revised, basis);
    expect(changes.map((c) => c.level)).toEqual([3]);
    expect(changes[0]).toMatchObject({
      fromRevision: 0,
      toRevision: 1,
      texts: [{ field: 'responsible', before: 'Zorg-/ondersteuningscoördinator, met de mentor', after: 'Zorgcoördinator' }],
      lists: [{ field: 'programmes', added: ['Examentraining, 4 weken'], removed: [shipped.levels[2]!.programmes[0]] }],
    });
  });

  it('adopting takes the template text and keeps the school’s own count; keeping keeps its text; both end the notice', () => {
    const school = levelsFromTemplate(shipped).map((l) => (l.level === 3 ? { ...l, pupilCount: 6, title: 'Onze eigen titel' } : l));
    const adopted = decideTemplateLevel(school, 3, revised, 'adopt').find((l) => l.level === 3)!;
    expect(adopted).toMatchObject({ title: shipped.levels[2]!.title, responsible: 'Zorgcoördinator', pupilCount: 6, templateRevision: 1 });
    const kept = decideTemplateLevel(school, 3, revised, 'keep');
    expect(kept.find((l) => l.level === 3)).toMatchObject({ title: 'Onze eigen titel', responsible: shipped.levels[2]!.responsible });
    expect(templateChanges(kept, revised, basis)).toEqual([]);
  });

  it('refuses a template without a title on a level', () => {
    const result = validateTemplateLevels(shipped.levels.map((l) => (l.level === 4 ? { ...l, title: '  ' } : l)));
    expect(result).toMatchObject({ ok: false, error: { code: 'NIVEAU.INVALID', params: { level: 4, field: 'title' } } });
  });
});
