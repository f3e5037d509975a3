import type { Id } from './ids.js';
import type { TemplateSector } from './niveau-sectors.js';
import { defaultNiveauTemplate } from './niveau-template.js';
import { LEVEL_NUMBERS, type NiveauLevel, type NiveauOverzicht } from './niveaus.js';
import { fail, ok, type Result } from './result.js';

/** A school's first overzicht: the template, not saved yet (revision 0, no version). */
export const newNiveauOverzicht = (
  schoolId: Id,
  personId: Id,
  nowIso: string,
  locale: 'nl' | 'en' = 'nl',
  sector: TemplateSector = 'PO',
): NiveauOverzicht => ({
  schoolId,
  levels: defaultNiveauTemplate(locale, sector),
  updatedAt: nowIso,
  updatedBy: personId,
  revision: 0,
  version: '',
});

export const NIVEAU_LIMITS = {
  title: 120,
  point: 500,
  points: 20,
  responsible: 200,
  parentCycle: 1000,
  programme: 200,
  programmes: 20,
  pupilCount: 10_000,
} as const;

type Field = 'levels' | 'title' | 'whatHappens' | 'responsible' | 'parentCycle' | 'programmes' | 'pupilCount';

const tooLong = (items: readonly string[], max: number): boolean => items.some((s) => s.length > max);

/** The first field of a level that breaks a rule, or null. */
const invalidField = (l: NiveauLevel): Field | null => {
  if (l.title.trim() === '' || l.title.length > NIVEAU_LIMITS.title) return 'title';
  if (l.whatHappens.length > NIVEAU_LIMITS.points || tooLong(l.whatHappens, NIVEAU_LIMITS.point)) return 'whatHappens';
  if (l.responsible.length > NIVEAU_LIMITS.responsible) return 'responsible';
  if (l.parentCycle.length > NIVEAU_LIMITS.parentCycle) return 'parentCycle';
  if (l.programmes.length > NIVEAU_LIMITS.programmes || tooLong(l.programmes, NIVEAU_LIMITS.programme))
    return 'programmes';
  const n = l.pupilCount;
  if (n !== null && (!Number.isInteger(n) || n < 0 || n > NIVEAU_LIMITS.pupilCount)) return 'pupilCount';
  return null;
};

/**
 * Checks a school's levels before saving: exactly the five levels 1..5, each with a title, texts
 * within their limits and at most a pupil count (never names). Returns them ordered 1..5, titles
 * trimmed and empty points dropped. Failure: NIVEAU.INVALID with `level` (0 = the set) and `field`.
 */
export const validateNiveauLevels = (levels: readonly NiveauLevel[]): Result<NiveauLevel[]> => {
  const numbers = levels.map((l) => l.level).sort();
  if (numbers.length !== LEVEL_NUMBERS.length || numbers.some((n, i) => n !== LEVEL_NUMBERS[i])) {
    return fail('NIVEAU.INVALID', { level: 0, field: 'levels' });
  }
  const cleaned = [...levels]
    .sort((a, b) => a.level - b.level)
    .map((l) => ({
      ...l,
      title: l.title.trim(),
      whatHappens: l.whatHappens.map((s) => s.trim()).filter((s) => s !== ''),
      programmes: l.programmes.map((s) => s.trim()).filter((s) => s !== ''),
    }));
  for (const level of cleaned) {
    const field = invalidField(level);
    if (field) return fail('NIVEAU.INVALID', { level: level.level, field });
  }
  return ok(cleaned);
};
