/** A school as a person may see it: access through the one policy (policy.ts), the schools they can open. */
import { fail, ok, type Id, type Person, type Result, type School, type SchoolDto } from '@samen/shared';
import type { Deps } from '../deps.js';
import { allPages } from '../store/all-pages.js';
import { may, REFUSAL, subjectOf, type Action, type Subject } from './policy.js';

export { authorize, may, NIVEAU_EDITOR_ROLES, POLICY, subjectOf, type Action, type Subject } from './policy.js';

export interface SchoolAccess {
  readonly school: School;
  readonly subject: Subject;
}

/** The school, when it exists and the person may do `action` with it. */
export const schoolAccess = async (deps: Deps, person: Person, schoolId: Id, action: Action): Promise<Result<SchoolAccess>> => {
  const school = await deps.stores.schools.get(schoolId);
  if (!school) return fail('SCHOOL.NOT_FOUND');
  const subject = subjectOf(deps, person, school.id);
  return may(subject, action) ? ok({ school, subject }) : fail(REFUSAL[action]);
};

/** Every item of a paged store listing. */
export const listAll = allPages;

/** The schools a person can open in the tab: their own, or every school for a coördinator. */
export const visibleSchools = async (deps: Deps, person: Person): Promise<SchoolDto[]> => {
  const schools = subjectOf(deps, person, null).coordinator
    ? await listAll((p) => deps.stores.schools.list(p))
    : (await Promise.all(person.schoolIds.map((id) => deps.stores.schools.get(id)))).filter((s): s is School => s !== null);
  return schools
    .map((school) => {
      const subject = subjectOf(deps, person, school.id);
      const { id, name, sector, region, place } = school;
      return { id, name, sector, region, place, isMember: subject.member, canEditNiveaus: may(subject, 'niveau.edit') };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
};
