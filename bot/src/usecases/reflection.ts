/**
 * A school's yearly reflection on the handreiking. Only the school's own people read and write it;
 * the partnership sees its status, and the answers only once the school shares them.
 */
import {
  fail,
  finishReflection,
  newReflection,
  ok,
  previousSchoolYear,
  reopenReflection,
  shareReflection as shareReflectionRule,
  updateAnswer,
  reflectionStatusView,
  type Id,
  type Person,
  type Reflection,
  type ReflectionAnswerPatch,
  type ReflectionViewDto,
  type Result,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import { may, schoolAccess } from './school-access.js';
import { frameworkFor } from './framework.js';
import { recordReflectionProgress } from './reflection-deadline.js';

const SAVE_ATTEMPTS = 3;

export const viewReflection = async (deps: Deps, person: Person, schoolId: Id, year: string): Promise<Result<ReflectionViewDto>> => {
  const access = await schoolAccess(deps, person, schoolId, 'reflection.status');
  if (!access.ok) return access;
  const { subject } = access.value;
  if (!may(subject, 'reflection.content')) {
    // The partnership's read: status and shared copy only, never the school's own lists.
    const seen = await deps.stores.reflections.forPartnership(schoolId, year);
    if (!seen?.shared || !may(subject, 'reflection.contentShared')) {
      return ok({ kind: 'status', status: reflectionStatusView(seen?.status, schoolId, year) });
    }
    const framework = await frameworkFor(deps, year);
    return ok({ kind: 'full', schoolId, schoolYear: year, framework, reflection: seen.shared, previous: null, canEdit: false });
  }
  const reflection = await deps.stores.reflections.get(schoolId, year);
  const framework = await frameworkFor(deps, year);
  const canEdit = may(subject, 'reflection.edit');
  const previous = canEdit ? await deps.stores.reflections.get(schoolId, previousSchoolYear(year)) : null;
  return ok({ kind: 'full', schoolId, schoolYear: year, framework, reflection, previous, canEdit });
};

/** Starts this year's reflection, empty: last year's answers are shown beside it (viewReflection), not copied. */
export const startReflection = async (deps: Deps, person: Person, schoolId: Id, year: string): Promise<Result<Reflection>> => {
  const access = await schoolAccess(deps, person, schoolId, 'reflection.edit');
  if (!access.ok) return access;
  const existing = await deps.stores.reflections.get(schoolId, year);
  if (existing) return ok(existing);
  const framework = await frameworkFor(deps, year);
  const fresh = newReflection(schoolId, framework, person.id, deps.clock().toISOString());
  const saved = await deps.stores.reflections.save({ ...fresh, expectedVersion: '' });
  if (saved.ok) {
    deps.logger.info({ schoolId, schoolYear: year, personId: person.id }, 'reflection started');
    await recordReflectionProgress(deps, framework, saved.value);
  }
  if (!saved.ok && saved.error.code === 'STORE.CONFLICT') {
    const raced = await deps.stores.reflections.get(schoolId, year);
    if (raced) return ok(raced);
  }
  return saved;
};

type Change = (current: Reflection, nowIso: string) => Result<Reflection>;

/** Reads, changes and saves; a concurrent save by a colleague is merged by retrying on the new version. */
const mutate = async (deps: Deps, person: Person, schoolId: Id, year: string, change: Change): Promise<Result<Reflection>> => {
  const access = await schoolAccess(deps, person, schoolId, 'reflection.edit');
  if (!access.ok) return access;
  for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
    const current = await deps.stores.reflections.get(schoolId, year);
    if (!current) return fail('REFLECTION.NOT_FOUND');
    const next = change(current, deps.clock().toISOString());
    if (!next.ok) return next;
    const saved = await deps.stores.reflections.save({ ...next.value, expectedVersion: current.version });
    if (saved.ok || saved.error.code !== 'STORE.CONFLICT') return saved;
  }
  return fail('STORE.CONFLICT');
};

export const updateReflectionAnswer = async (
  deps: Deps,
  person: Person,
  schoolId: Id,
  year: string,
  patch: ReflectionAnswerPatch,
): Promise<Result<Reflection>> => {
  const framework = await frameworkFor(deps, year);
  const saved = await mutate(deps, person, schoolId, year, (current, now) =>
    updateAnswer(current, framework, patch.itemId, patch.answer, person.id, now),
  );
  if (saved.ok) await recordReflectionProgress(deps, framework, saved.value);
  return saved;
};

export const setReflectionStatus = (deps: Deps, person: Person, schoolId: Id, year: string, status: Reflection['status']) =>
  mutate(deps, person, schoolId, year, (current, now) =>
    status === 'afgerond' ? finishReflection(current, person.id, now) : reopenReflection(current, person.id, now),
  );

export const shareReflection = (deps: Deps, person: Person, schoolId: Id, year: string, shared: boolean) =>
  mutate(deps, person, schoolId, year, (current, now) => ok(shareReflectionRule(current, shared, person.id, now)));
