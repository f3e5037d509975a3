/**
 * A school's yearly reflection on the handreiking. Only the school's own people read and write it;
 * the partnership sees its status; the answers only whom the school shares them with (reflection-sharing.ts).
 */
import {
  fail,
  finishReflection,
  newReflection,
  ok,
  previousSchoolYear,
  reopenReflection,
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
import { REFUSAL } from './policy.js';
import { may, schoolAccess, subjectOf } from './school-access.js';
import { mutate } from './reflection-save.js';
import { sharingOf, subjectForShared } from './reflection-sharing.js';
import { frameworkFor } from './framework.js';
import { recordReflectionProgress } from './reflection-deadline.js';

export const viewReflection = async (deps: Deps, person: Person, schoolId: Id, year: string): Promise<Result<ReflectionViewDto>> => {
  const school = await deps.stores.schools.get(schoolId);
  if (!school) return fail('SCHOOL.NOT_FOUND');
  const subject = subjectOf(deps, person, schoolId);
  if (!may(subject, 'reflection.content')) {
    // Outside the school's own staff: the status and the shared copy only, never the school's own lists.
    const seen = await deps.stores.reflections.forPartnership(schoolId, year);
    const shared = seen?.shared ?? null;
    if (shared && may(subjectForShared(deps, person, schoolId, shared), 'reflection.contentShared')) {
      const framework = await frameworkFor(deps, year);
      return ok({ kind: 'full', schoolId, schoolYear: year, framework, reflection: shared, previous: null, canEdit: false, sharing: null, sharedFrom: school.name });
    }
    if (!may(subject, 'reflection.status')) return fail(REFUSAL['reflection.contentShared']);
    return ok({ kind: 'status', status: reflectionStatusView(seen?.status, schoolId, year) });
  }
  const reflection = await deps.stores.reflections.get(schoolId, year);
  const framework = await frameworkFor(deps, year);
  const canEdit = may(subject, 'reflection.edit');
  const previous = canEdit ? await deps.stores.reflections.get(schoolId, previousSchoolYear(year)) : null;
  const sharing = may(subject, 'reflection.share') ? await sharingOf(deps, reflection, schoolId) : null;
  return ok({ kind: 'full', schoolId, schoolYear: year, framework, reflection, previous, canEdit, sharing, sharedFrom: null });
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
