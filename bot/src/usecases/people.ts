import { ok, type Person, type Result } from '@samen/shared';
import type { Deps } from '../deps.js';

export interface TeamsIdentity {
  readonly aadObjectId: string;
  readonly name: string;
  readonly email: string;
  readonly locale: 'nl' | 'en';
}

/** Finds the person behind a Teams user, creating a record (without school or role yet) on first contact. */
export const resolvePerson = async (deps: Deps, who: TeamsIdentity): Promise<Result<Person>> => {
  const known = await deps.stores.people.getByAadObjectId(who.aadObjectId);
  if (known) return ok(known);
  return deps.stores.people.upsert({
    id: `person-${deps.newId()}`,
    aadObjectId: who.aadObjectId,
    name: who.name,
    email: who.email,
    schoolIds: [],
    roles: [],
    locale: who.locale,
    expectedVersion: '',
  });
};

export const hasProfile = (person: Person): boolean => person.schoolIds.length > 0 || person.roles.length > 0;
