/**
 * Who may do what with a school's own data. The embedded store keeps in code the rule SharePoint
 * keeps with site permissions: a school's reflection belongs to the school.
 */
import { fail, ok, type Id, type Person, type Result, type Role, type School, type SchoolDto } from '@samen/shared';
import type { Deps } from '../deps.js';
import { isCoordinator } from '../auth/roles.js';

/** Roles that keep the niveau-overzicht. The VO ondersteuningscoördinator does the ib'er's work there. */
export const NIVEAU_EDITOR_ROLES: readonly Role[] = ['ib', 'schoolleider', 'ondersteuningscoordinator'];

export interface SchoolAccess {
  readonly school: School;
  /** Works at this school: reads and writes its reflection. */
  readonly member: boolean;
  readonly coordinator: boolean;
  readonly canReadNiveaus: boolean;
  readonly canEditNiveaus: boolean;
}

export const accessOf = (deps: Deps, person: Person, school: School): SchoolAccess => {
  const member = person.schoolIds.includes(school.id);
  const coordinator = isCoordinator(deps.config, person);
  return {
    school,
    member,
    coordinator,
    canReadNiveaus: member || coordinator,
    canEditNiveaus: member && person.roles.some((r) => NIVEAU_EDITOR_ROLES.includes(r)),
  };
};

export const schoolAccess = async (deps: Deps, person: Person, schoolId: Id): Promise<Result<SchoolAccess>> => {
  const school = await deps.stores.schools.get(schoolId);
  if (!school) return fail('SCHOOL.NOT_FOUND');
  return ok(accessOf(deps, person, school));
};

/** Every item of a paged store listing. */
export const listAll = async <T>(
  list: (page: { cursor?: string; limit: number }) => Promise<{ items: readonly T[]; nextCursor?: string }>,
): Promise<T[]> => {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await list(cursor ? { cursor, limit: 500 } : { limit: 500 });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
};

/** The schools a person can open in the tab: their own, or every school for a coördinator. */
export const visibleSchools = async (deps: Deps, person: Person): Promise<SchoolDto[]> => {
  const coordinator = isCoordinator(deps.config, person);
  const schools = coordinator
    ? await listAll((p) => deps.stores.schools.list(p))
    : (await Promise.all(person.schoolIds.map((id) => deps.stores.schools.get(id)))).filter((s): s is School => s !== null);
  return schools
    .map((school) => {
      const access = accessOf(deps, person, school);
      const { id, name, sector, region, place } = school;
      return { id, name, sector, region, place, isMember: access.member, canEditNiveaus: access.canEditNiveaus };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
};
