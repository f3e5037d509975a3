import type { Framework, Reflection, ReflectionAnswer, ReflectionStatusView } from './handreiking-types.js';
import type { Id } from './ids.js';
import { fail, ok, type Result } from './result.js';

/** The three yearly questions, asked for every item. Texts: i18n `handreiking:questions.<key>`. */
export const REFLECTION_QUESTIONS = [
  'waarStaanWij',
  'houdenErinAnders',
  'aanpak',
] as const satisfies readonly (keyof ReflectionAnswer)[];
export type ReflectionQuestion = (typeof REFLECTION_QUESTIONS)[number];

/** Same limit as the tab API (ReflectionAnswerPatchSchema). */
export const REFLECTION_ANSWER_MAX = 20_000;

const EMPTY: ReflectionAnswer = { waarStaanWij: '', houdenErinAnders: '', aanpak: '' };

/**
 * A school's new reflection on a framework: every answer empty. Last year's answers are shown beside
 * this year's as a suggestion and copied only when the school asks (never filled in silently: what a
 * school wanted to change last year is not where it stands now). Never shared by default.
 */
export const newReflection = (schoolId: Id, framework: Framework, personId: Id, nowIso: string): Reflection => ({
  schoolId,
  schoolYear: framework.schoolYear,
  frameworkRevision: framework.revision,
  answers: Object.fromEntries(framework.items.map((item) => [item.id, { ...EMPTY }])),
  status: 'concept',
  grants: [],
  updatedAt: nowIso,
  updatedBy: personId,
  version: '',
});

const isAnswered = (a: ReflectionAnswer | undefined): boolean =>
  a !== undefined && REFLECTION_QUESTIONS.every((q) => a[q].trim() !== '');

/** Items of the framework with all three questions answered, out of all its items. */
export const reflectionProgress = (
  framework: Framework,
  reflection: Reflection | null,
): { answered: number; total: number } => ({
  answered: reflection ? framework.items.filter((i) => isAnswered(reflection.answers[i.id])).length : 0,
  total: framework.items.length,
});

/** What the partnership sees of any school: the status, never the answers (nor who else it is shared with). */
export const reflectionStatusView = (
  reflection: { readonly status: Reflection['status']; readonly sharedWithSwv: boolean; readonly updatedAt: string } | null | undefined,
  schoolId: Id,
  schoolYear: string,
): ReflectionStatusView => ({
  schoolId,
  schoolYear,
  status: reflection?.status ?? 'niet-gestart',
  sharedWithSwv: reflection?.sharedWithSwv ?? false,
  updatedAt: reflection?.updatedAt ?? null,
});

const stamped = (r: Reflection, change: Partial<Reflection>, personId: Id, nowIso: string): Reflection => ({
  ...r,
  ...change,
  updatedAt: nowIso,
  updatedBy: personId,
});

/** Marks the reflection afgerond; finishing twice changes nothing. */
export const finishReflection = (r: Reflection, personId: Id, nowIso: string): Result<Reflection> =>
  ok(r.status === 'afgerond' ? r : stamped(r, { status: 'afgerond' }, personId, nowIso));

/** Back to concept so it can be edited again. */
export const reopenReflection = (r: Reflection, personId: Id, nowIso: string): Result<Reflection> =>
  ok(r.status === 'concept' ? r : stamped(r, { status: 'concept' }, personId, nowIso));

/**
 * Changes some of the three answers of one item. Refused when the reflection is afgerond
 * (REFLECTION.FINISHED), for an item not in the framework, or for an answer that is too long.
 */
export const updateAnswer = (
  r: Reflection,
  framework: Framework,
  itemId: Id,
  patch: Partial<ReflectionAnswer>,
  personId: Id,
  nowIso: string,
): Result<Reflection> => {
  if (r.status === 'afgerond') return fail('REFLECTION.FINISHED');
  if (!framework.items.some((i) => i.id === itemId)) return fail('FRAMEWORK.ITEM_NOT_FOUND');
  const tooLong = REFLECTION_QUESTIONS.find((q) => (patch[q]?.length ?? 0) > REFLECTION_ANSWER_MAX);
  if (tooLong) return fail('REFLECTION.INVALID', { question: tooLong, max: REFLECTION_ANSWER_MAX });
  const answer: ReflectionAnswer = { ...EMPTY, ...r.answers[itemId], ...definedOnly(patch) };
  return ok(stamped(r, { answers: { ...r.answers, [itemId]: answer } }, personId, nowIso));
};

const definedOnly = (patch: Partial<ReflectionAnswer>): Partial<ReflectionAnswer> =>
  Object.fromEntries(REFLECTION_QUESTIONS.filter((q) => typeof patch[q] === 'string').map((q) => [q, patch[q]]));
