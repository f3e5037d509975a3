import type { Id } from './ids.js';
import type { Audience } from './meeting.js';
import type { Person, School } from './people.js';

const intersects = <T>(wanted: readonly T[], have: readonly T[]): boolean =>
  wanted.length === 0 || have.some((x) => wanted.includes(x));

/**
 * Whether a person belongs to a meeting's audience. Every empty list means "no restriction on this
 * axis"; the axes combine with AND: a role in `roles`, a school in `schoolIds`, and a school whose
 * sector is in `sectors` (schools unknown to `schoolsById` count for no sector).
 */
export const isInvited = (person: Person, audience: Audience, schoolsById: ReadonlyMap<Id, School>): boolean => {
  const sectors = person.schoolIds.flatMap((id) => {
    const school = schoolsById.get(id);
    return school ? [school.sector] : [];
  });
  return (
    intersects(audience.roles, person.roles) &&
    intersects(audience.schoolIds, person.schoolIds) &&
    intersects(audience.sectors, sectors)
  );
};

/** Everyone in `people` who is invited, in the given order. */
export const selectAudience = (people: readonly Person[], audience: Audience, schools: readonly School[]): Person[] => {
  const byId = new Map(schools.map((s) => [s.id, s]));
  return people.filter((p) => isInvited(p, audience, byId));
};
