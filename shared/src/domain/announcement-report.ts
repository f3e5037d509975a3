/** The coördinator's view of an announcement: who acknowledged, per school and per role. */
import type { Acknowledgement, AnnouncementRecipient } from './announcement.js';
import { hasAcknowledged } from './announcement.js';
import type { Id } from './ids.js';
import type { Person, Role } from './people.js';

export interface AckCount {
  readonly recipients: number;
  readonly acknowledged: number;
}

export interface AckReport extends AckCount {
  /** Recipients who got it from a colleague rather than from the coördinator. */
  readonly forwarded: number;
  /** Per school (null = people without a school), sorted by school id. */
  readonly bySchool: readonly (AckCount & { readonly schoolId: Id | null })[];
  /** Per role, in the order of the role list. */
  readonly byRole: readonly (AckCount & { readonly role: Role })[];
  /** Person ids still to acknowledge. */
  readonly pending: readonly Id[];
}

const tally = <K>(keys: Map<K, { recipients: number; acknowledged: number }>, key: K, acked: boolean): void => {
  const entry = keys.get(key) ?? { recipients: 0, acknowledged: 0 };
  entry.recipients += 1;
  if (acked) entry.acknowledged += 1;
  keys.set(key, entry);
};

/**
 * Counts per school and role. A person working at two schools (or in two roles) counts for each;
 * recipients unknown to `people` count in the totals only.
 */
export const acknowledgementReport = (
  recipients: readonly AnnouncementRecipient[],
  acks: readonly Acknowledgement[],
  people: readonly Person[],
): AckReport => {
  const byId = new Map(people.map((p) => [p.id, p]));
  const schools = new Map<Id | null, { recipients: number; acknowledged: number }>();
  const roles = new Map<Role, { recipients: number; acknowledged: number }>();
  const pending: Id[] = [];
  let acknowledged = 0;
  for (const r of recipients) {
    const acked = hasAcknowledged(acks, r.personId);
    if (acked) acknowledged += 1;
    else pending.push(r.personId);
    const person = byId.get(r.personId);
    if (!person) continue;
    for (const s of person.schoolIds.length > 0 ? person.schoolIds : [null]) tally(schools, s, acked);
    for (const role of person.roles) tally(roles, role, acked);
  }
  return {
    recipients: recipients.length,
    acknowledged,
    forwarded: recipients.filter((r) => r.forwardedBy !== null).length,
    bySchool: [...schools.entries()]
      .sort(([a], [b]) => (a ?? '~').localeCompare(b ?? '~'))
      .map(([schoolId, c]) => ({ schoolId, ...c })),
    byRole: [...roles.entries()].map(([role, c]) => ({ role, ...c })),
    pending,
  };
};
