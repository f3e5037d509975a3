/**
 * Who may do what: the one place the tab's authorization is decided (POLICY below). The embedded
 * store keeps in code the rule SharePoint keeps with site permissions: a school's reflection
 * belongs to the school; the partnership sees its status, and its content only when shared.
 */
import { fail, ok, type Id, type Person, type Result, type Role, type School, type SchoolDto } from '@samen/shared';
import type { Deps } from '../deps.js';
import { allPages } from '../store/all-pages.js';
import { isCoordinator } from '../auth/coordinators.js';

/** Roles that keep the niveau-overzicht. The VO ondersteuningscoördinator does the ib'er's work there. */
export const NIVEAU_EDITOR_ROLES: readonly Role[] = ['ib', 'schoolleider', 'ondersteuningscoordinator'];

/** What a person is, as far as one school (or the partnership) is concerned. */
export interface Subject {
  /** Works at the school in question. */
  readonly member: boolean;
  /** Keeps the school's niveau-overzicht (ib'er, schoolleider, ondersteuningscoördinator). */
  readonly editor: boolean;
  /** Coördinator of the partnership (from config, never self-chosen). */
  readonly coordinator: boolean;
}

export type Action =
  | 'niveau.read'
  | 'niveau.edit'
  | 'reflection.status'
  | 'reflection.content'
  | 'reflection.contentShared'
  | 'reflection.edit'
  | 'framework.edit'
  | 'dashboard.read'
  | 'broadcasts.progress';

/**
 * The authorization table. `reflection.contentShared` is reading a reflection the school shared
 * with the partnership; `reflection.content` is reading one it did not.
 */
export const POLICY: Readonly<Record<Action, (s: Subject) => boolean>> = {
  'niveau.read': (s) => s.member || s.coordinator,
  'niveau.edit': (s) => s.member && s.editor,
  'reflection.status': (s) => s.member || s.coordinator,
  'reflection.content': (s) => s.member,
  'reflection.contentShared': (s) => s.member || s.coordinator,
  'reflection.edit': (s) => s.member,
  'framework.edit': (s) => s.coordinator,
  'dashboard.read': (s) => s.coordinator,
  'broadcasts.progress': (s) => s.coordinator,
};

export const subjectOf = (deps: Deps, person: Person, schoolId: Id | null): Subject => {
  const member = schoolId !== null && person.schoolIds.includes(schoolId);
  return {
    member,
    editor: member && person.roles.some((r) => NIVEAU_EDITOR_ROLES.includes(r)),
    coordinator: isCoordinator(deps, person),
  };
};

export const may = (subject: Subject, action: Action): boolean => POLICY[action](subject);

/** For the partnership-wide actions (no school involved). */
export const authorize = (deps: Deps, person: Person, action: Action): Result<true> =>
  may(subjectOf(deps, person, null), action) ? ok(true) : fail('AUTH.FORBIDDEN');

export interface SchoolAccess {
  readonly school: School;
  readonly subject: Subject;
}

/** The school, when it exists and the person may do `action` with it. */
export const schoolAccess = async (deps: Deps, person: Person, schoolId: Id, action: Action): Promise<Result<SchoolAccess>> => {
  const school = await deps.stores.schools.get(schoolId);
  if (!school) return fail('SCHOOL.NOT_FOUND');
  const subject = subjectOf(deps, person, school.id);
  return may(subject, action) ? ok({ school, subject }) : fail('AUTH.FORBIDDEN');
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
