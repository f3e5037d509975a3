import type { Id } from './ids.js';
import type { Audience } from './meeting.js';
import type { Person, School } from './people.js';
import type { Rsvp } from './rsvp-types.js';
import { presentPersonIds, presentSchoolIds } from './attendance.js';
import type { NotAttended } from './meeting.js';

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

/**
 * Of `candidates`, who was not at the earlier meeting whose RSVPs are `earlier`: by person, everyone not
 * there; by school, everyone with a school where nobody of `everyone` was there.
 */
export const notAttendedAt = (
  candidates: readonly Person[],
  axis: Pick<NotAttended, 'by'>,
  earlier: readonly Rsvp[],
  everyone: readonly Person[],
): Person[] => {
  if (axis.by === 'person') {
    const present = presentPersonIds(earlier);
    return candidates.filter((p) => !present.has(p.id));
  }
  const covered = presentSchoolIds(earlier, everyone);
  return candidates.filter((p) => p.schoolIds.some((id) => !covered.has(id)));
};

/**
 * Everyone in `people` who is invited, in the given order. With `audience.notAttended`, `earlier` are
 * the RSVPs of that earlier meeting (the caller loads them); `isInvited` alone does not know them.
 */
export const selectAudience = (people: readonly Person[], audience: Audience, schools: readonly School[], earlier: readonly Rsvp[] = []): Person[] => {
  const byId = new Map(schools.map((s) => [s.id, s]));
  const invited = people.filter((p) => isInvited(p, audience, byId));
  return audience.notAttended ? notAttendedAt(invited, audience.notAttended, earlier, people) : invited;
};
