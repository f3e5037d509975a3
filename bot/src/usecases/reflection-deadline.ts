/**
 * The partnership's deadline for the yearly reflection (#16): every signed-in person reads it (the
 * school sees it on its reflection page); coördinatoren set, change or clear it (`reflection.deadline`).
 * Each school's progress is kept as a count beside it, so the reminders can say how far a school is
 * without reading its answers.
 */
import {
  DEFAULT_REFLECTION_REMINDER_DAYS,
  ok,
  reflectionDeadlineErrors,
  reflectionDeadlinePassed,
  reflectionDeadlineRules,
  reflectionProgress,
  type Framework,
  type Locale,
  type Person,
  type PutReflectionDeadlineBody,
  type Reflection,
  type ReflectionDeadline,
  type ReflectionDeadlineDto,
  type ReflectionDeadlineField,
  type Result,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import { authorize, listAll, may, subjectOf } from './school-access.js';

const dtoOf = async (deps: Deps, person: Person, schoolYear: string, d: ReflectionDeadline | null): Promise<ReflectionDeadlineDto> => {
  const subject = subjectOf(deps, person, null);
  const coordinator = may(subject, 'dashboard.read');
  const date = d?.date ?? null;
  return {
    schoolYear,
    date,
    reminderDaysBefore: d?.reminderDaysBefore ?? DEFAULT_REFLECTION_REMINDER_DAYS,
    passed: date !== null && reflectionDeadlinePassed(date, deps.clock()),
    version: d?.version ?? '',
    canEdit: may(subject, 'reflection.deadline'),
    schools: coordinator ? await schoolsDone(deps, schoolYear) : null,
  };
};

/** Schools with their reflection afgerond, of all schools: two reads, never a school's own data. */
const schoolsDone = async (deps: Deps, schoolYear: string): Promise<{ done: number; total: number }> => {
  const [schools, statuses] = await Promise.all([listAll((p) => deps.stores.schools.list(p)), deps.stores.reflections.statuses(schoolYear)]);
  const ids = new Set(schools.map((s) => s.id));
  return { done: statuses.filter((s) => s.status === 'afgerond' && ids.has(s.schoolId)).length, total: schools.length };
};

export const viewReflectionDeadline = async (deps: Deps, person: Person, schoolYear: string): Promise<Result<ReflectionDeadlineDto>> =>
  ok(await dtoOf(deps, person, schoolYear, await deps.stores.reflectionDeadlines.get(schoolYear)));

export type ReflectionDeadlineSave =
  | { readonly kind: 'saved'; readonly deadline: ReflectionDeadlineDto }
  | { readonly kind: 'invalid'; readonly errors: Partial<Record<ReflectionDeadlineField, string>> };

/**
 * Sets, changes (date or reminder days) or clears (`date: null`) the deadline of a school year. A new
 * date plans its reminders anew: their outbox keys hold the date (reflection-reminders.ts).
 */
export const setReflectionDeadline = async (
  deps: Deps,
  person: Person,
  schoolYear: string,
  body: PutReflectionDeadlineBody,
  locale: Locale,
): Promise<Result<ReflectionDeadlineSave>> => {
  const allowed = authorize(deps, person, 'reflection.deadline');
  if (!allowed.ok) return allowed;
  const parsed = reflectionDeadlineRules(schoolYear).safeParse({ date: body.date, reminderDaysBefore: body.reminderDaysBefore });
  if (!parsed.success) return ok({ kind: 'invalid', errors: reflectionDeadlineErrors(parsed.error, locale) });
  const saved = await deps.stores.reflectionDeadlines.save({
    schoolYear,
    ...parsed.data,
    updatedAt: deps.clock().toISOString(),
    updatedBy: person.id,
    expectedVersion: body.expectedVersion,
  });
  if (!saved.ok) return saved;
  deps.logger.info({ schoolYear, date: saved.value.date, personId: person.id }, 'reflection deadline saved');
  return ok({ kind: 'saved', deadline: await dtoOf(deps, person, schoolYear, saved.value) });
};

/**
 * Keeps the school's count of answered items beside the deadline. A count that cannot be written
 * does not undo the answer the school just saved: it is logged, and the next save writes it.
 */
export const recordReflectionProgress = async (deps: Deps, framework: Framework, reflection: Reflection): Promise<void> => {
  const { answered, total } = reflectionProgress(framework, reflection);
  try {
    await deps.stores.reflectionDeadlines.saveProgress({
      schoolId: reflection.schoolId,
      schoolYear: reflection.schoolYear,
      answered,
      total,
      updatedAt: reflection.updatedAt,
    });
  } catch (err) {
    deps.logger.warn({ err, schoolId: reflection.schoolId, schoolYear: reflection.schoolYear }, 'reflection progress not recorded');
  }
};

