/**
 * Sharing a school's reflection per audience (#16 item 3): the partnership, the school's bestuur or
 * a named other school of the partnership. Only the school's niveau editors share or revoke
 * (policy `reflection.share`); a revoke takes effect on the next read, since every outside read
 * goes through the shared copy and its grants.
 */
import {
  fail,
  grantFor,
  grantReflection,
  ok,
  revokeReflection,
  type Id,
  type Person,
  type Reflection,
  type ReflectionAudience,
  type ReflectionSharingDto,
  type Result,
  type School,
  type SharedWithUsDto,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import { listAll, may, schoolAccess, subjectOf, type Subject } from './school-access.js';
import { mutate } from './reflection-save.js';

/** Who may read what the school shares: the subject with `granted` from the reflection's grants. */
export const subjectForShared = (deps: Deps, person: Person, schoolId: Id, shared: Reflection | null): Subject => {
  const reader = { schoolIds: person.schoolIds, roles: person.roles, isCoordinator: subjectOf(deps, person, null).coordinator };
  return { ...subjectOf(deps, person, schoolId), granted: shared !== null && grantFor(reader, schoolId, shared.grants) !== null };
};

const allSchools = (deps: Deps): Promise<School[]> => listAll((p) => deps.stores.schools.list(p));

/** The grants with names, and the schools that can be chosen (the partnership's others). */
export const sharingOf = async (deps: Deps, reflection: Reflection | null, schoolId: Id, schools?: readonly School[]): Promise<ReflectionSharingDto> => {
  const all = schools ?? (await allSchools(deps));
  const grants = reflection?.grants ?? [];
  const people = await deps.stores.people.byIds([...new Set(grants.map((g) => g.grantedBy))]);
  const personName = new Map(people.map((p) => [p.id, p.name]));
  const schoolName = new Map(all.map((s) => [s.id, s.name]));
  return {
    grants: grants.map((g) => ({
      ...g,
      grantedByName: personName.get(g.grantedBy) ?? null,
      schoolName: g.kind === 'school' ? (schoolName.get(g.schoolId) ?? null) : null,
    })),
    otherSchools: all
      .filter((s) => s.id !== schoolId)
      .map((s) => ({ id: s.id, name: s.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  };
};

export interface SharingResult {
  readonly reflection: Reflection;
  readonly sharing: ReflectionSharingDto;
}

const change = async (
  deps: Deps,
  person: Person,
  schoolId: Id,
  year: string,
  audience: ReflectionAudience,
  grant: boolean,
): Promise<Result<SharingResult>> => {
  const access = await schoolAccess(deps, person, schoolId, 'reflection.share');
  if (!access.ok) return access;
  const schools = await allSchools(deps);
  if (grant && audience.kind === 'school' && !schools.some((s) => s.id === audience.schoolId)) return fail('REFLECTION.SHARE_INVALID');
  const saved = await mutate(deps, person, schoolId, year, (current, now) =>
    grant ? grantReflection(current, audience, person.id, now) : ok(revokeReflection(current, audience, person.id, now)),
  );
  if (!saved.ok) return saved;
  deps.logger.info({ schoolId, schoolYear: year, personId: person.id, audience: audience.kind, grant }, 'reflection sharing changed');
  return ok({ reflection: saved.value, sharing: await sharingOf(deps, saved.value, schoolId, schools) });
};

export const grantReflectionAccess = (deps: Deps, person: Person, schoolId: Id, year: string, audience: ReflectionAudience) =>
  change(deps, person, schoolId, year, audience, true);

export const revokeReflectionAccess = (deps: Deps, person: Person, schoolId: Id, year: string, audience: ReflectionAudience) =>
  change(deps, person, schoolId, year, audience, false);

/** "Gedeeld met ons": other schools' reflections shared with this school, for its own staff; no answers. */
export const sharedWithUs = async (deps: Deps, person: Person, schoolId: Id, year: string): Promise<Result<SharedWithUsDto[]>> => {
  const access = await schoolAccess(deps, person, schoolId, 'reflection.content');
  if (!access.ok) return access;
  const shared = await deps.stores.reflections.sharedWithSchool(schoolId, year);
  const readable = shared.filter((r) => may(subjectForShared(deps, person, r.schoolId, r), 'reflection.contentShared'));
  const schools = await Promise.all(readable.map((r) => deps.stores.schools.get(r.schoolId)));
  return ok(
    readable.flatMap((r, i) => {
      const school = schools[i];
      const grant = r.grants.find((g) => g.kind === 'school' && g.schoolId === schoolId);
      return school && grant ? [{ schoolId: r.schoolId, schoolName: school.name, schoolYear: r.schoolYear, status: r.status, grantedAt: grant.grantedAt }] : [];
    }).sort((a, b) => a.schoolName.localeCompare(b.schoolName, 'nl')),
  );
};
