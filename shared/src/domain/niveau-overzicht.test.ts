import { describe, expect, it } from 'vitest';
import { newNiveauOverzicht, validateNiveauLevels } from './niveau-overzicht.js';
import { defaultNiveauTemplate, TEMPLATE_SECTORS, templateSectorOf, type TemplateSector } from './niveau-template.js';
import { SECTORS } from './people.js';
import type { NiveauLevel } from './niveaus.js';

describe('defaultNiveauTemplate', () => {
  it.each(['nl', 'en'] as const)('offers the five levels in order with 3 to 6 points each (%s)', (locale) => {
    const levels = defaultNiveauTemplate(locale);
    expect(levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    for (const l of levels) {
      expect(l.whatHappens.length).toBeGreaterThanOrEqual(3);
      expect(l.whatHappens.length).toBeLessThanOrEqual(6);
      expect(l.responsible).not.toBe('');
      expect(l.parentCycle).not.toBe('');
      expect(l.pupilCount).toBeNull();
    }
    expect(validateNiveauLevels(levels).ok).toBe(true);
  });

  it.each([
    { level: 1, text: 'Sterke basis, basisaanbod in de groep' },
    { level: 2, text: 'Sterke basis, extra ondersteuning in de groep (extra uitdaging of extra begeleiding)' },
    { level: 3, text: 'groepsbespreking' },
    { level: 4, text: 'OPP' },
    { level: 5, text: 'TLV' },
  ])('names what level $level is about in Dutch ($text)', ({ level, text }) => {
    expect(JSON.stringify(defaultNiveauTemplate().find((l) => l.level === level))).toContain(text);
  });

  it('hands out a copy: editing it leaves the next template untouched', () => {
    const first = defaultNiveauTemplate();
    (first[0]?.whatHappens as string[]).push('eigen regel');
    expect(defaultNiveauTemplate()[0]?.whatHappens).not.toContain('eigen regel');
  });
});

describe('newNiveauOverzicht', () => {
  it('starts a school from the template, unsaved and stamped with who and when', () => {
    const o = newNiveauOverzicht('school-1', 'p1', '2026-11-25T10:00:00+01:00');
    expect(o).toMatchObject({
      schoolId: 'school-1',
      updatedBy: 'p1',
      updatedAt: '2026-11-25T10:00:00+01:00',
      revision: 0,
      version: '',
    });
    expect(o.levels).toEqual(defaultNiveauTemplate());
  });
});

const template = defaultNiveauTemplate();
const withLevel = (level: number, change: Partial<NiveauLevel>): NiveauLevel[] =>
  template.map((l) => (l.level === level ? { ...l, ...change } : l));

describe('validateNiveauLevels', () => {
  it.each([
    { name: 'four levels', levels: template.slice(0, 4), level: 0, field: 'levels' },
    { name: 'a sixth level', levels: [...template, { ...template[0]!, level: 1 as const }], level: 0, field: 'levels' },
    { name: 'a level twice instead of another', levels: withLevel(5, { level: 4 }), level: 0, field: 'levels' },
    { name: 'an empty title', levels: withLevel(2, { title: '   ' }), level: 2, field: 'title' },
    { name: 'a title of 121 characters', levels: withLevel(3, { title: 'x'.repeat(121) }), level: 3, field: 'title' },
    {
      name: 'a point of 501 characters',
      levels: withLevel(1, { whatHappens: ['x'.repeat(501)] }),
      level: 1,
      field: 'whatHappens',
    },
    {
      name: '21 points',
      levels: withLevel(1, { whatHappens: Array(21).fill('punt') }),
      level: 1,
      field: 'whatHappens',
    },
    {
      name: 'a long responsible',
      levels: withLevel(4, { responsible: 'x'.repeat(201) }),
      level: 4,
      field: 'responsible',
    },
    { name: 'a negative pupil count', levels: withLevel(3, { pupilCount: -1 }), level: 3, field: 'pupilCount' },
    { name: 'a fractional pupil count', levels: withLevel(3, { pupilCount: 2.5 }), level: 3, field: 'pupilCount' },
    { name: 'a pupil count above 10000', levels: withLevel(3, { pupilCount: 10_001 }), level: 3, field: 'pupilCount' },
  ])('refuses $name, naming level $level and field $field', ({ levels, level, field }) => {
    expect(validateNiveauLevels(levels)).toEqual({
      ok: false,
      error: { code: 'NIVEAU.INVALID', params: { level, field } },
    });
  });

  it.each([0, 14, 10_000, null])('accepts a pupil count of %s', (pupilCount) => {
    expect(validateNiveauLevels(withLevel(3, { pupilCount })).ok).toBe(true);
  });

  it('returns the levels in order 1..5, trimmed, without empty points', () => {
    const messy = [...withLevel(2, { title: '  Extra in de groep ', whatHappens: ['a', '  ', ' b '] })].reverse();
    const result = validateNiveauLevels(messy);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(result.value[1]).toMatchObject({ title: 'Extra in de groep', whatHappens: ['a', 'b'] });
  });
});

describe('templates per sector', () => {
  const text = (sector: TemplateSector) => JSON.stringify(defaultNiveauTemplate('nl', sector));
  const level = (sector: TemplateSector, n: number) => defaultNiveauTemplate('nl', sector).find((l) => l.level === n)!;

  it.each(TEMPLATE_SECTORS.flatMap((s) => (['nl', 'en'] as const).map((locale) => ({ s, locale }))))(
    'every sector offers five valid levels with programme examples ($s, $locale)',
    ({ s, locale }) => {
      const levels = defaultNiveauTemplate(locale, s);
      expect(levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
      expect(levels.every((l) => l.programmes.length > 0)).toBe(true);
      expect(validateNiveauLevels(levels).ok).toBe(true);
    },
  );

  it('speaks VO language in the VO template and primary language in PO', () => {
    for (const word of ['docent', 'mentor', 'klas', 'leerjaar', 'zorgcoördinator', 'ondersteuningsteam']) expect(text('VO')).toContain(word);
    expect(text('VO')).not.toMatch(/leerkracht|ib’er|speciaal basisonderwijs/i);
    for (const word of ['leerkracht', 'groep', 'ib’er', 'handelingsplan', 'groeidocument', 'OT', 'handelingsverlegen', 'Wat is nodig voor dit kind in deze klas?'.toLowerCase()]) {
      expect(text('PO').toLowerCase()).toContain(word.toLowerCase());
    }
  });

  it.each(TEMPLATE_SECTORS)('keeps the groepsbespreking at level 3 and adds no parent conversation at level 2 (%s)', (s) => {
    expect(JSON.stringify(level(s, 3))).toMatch(/groeps(- of leerjaar)?bespreking/);
    expect(JSON.stringify(level(s, 2))).not.toMatch(/bespreking/);
    expect(level(s, 2).parentCycle).toMatch(/vaste gesprekken van niveau 1/);
  });

  it('maps every school sector to a template', () => {
    expect(SECTORS.map(templateSectorOf)).toEqual(['PO', 'PO', 'SO-VSO', 'VO', 'SO-VSO']);
  });
});
