/** The coördinator's privacy page: everyone the app knows (staff, external registrants by address) and the erasure log. */
import { ok, registrantEmailKey, type Person, type PrivacyPeopleDto, type PrivacyPersonDto, type Result } from '@samen/shared';
import type { Deps } from '../../deps.js';
import { authorize } from '../policy.js';
import { listAll } from '../school-access.js';

const byName = (a: PrivacyPersonDto, b: PrivacyPersonDto) => a.name.localeCompare(b.name, 'nl') || a.email.localeCompare(b.email);

export const privacyPeople = async (deps: Deps, actor: Person): Promise<Result<PrivacyPeopleDto>> => {
  const allowed = authorize(deps, actor, 'privacy.manage');
  if (!allowed.ok) return allowed;
  const [people, meetings, erasures] = await Promise.all([
    listAll((p) => deps.stores.people.list(p)),
    listAll((p) => deps.stores.meetings.list(p)),
    deps.stores.erasures.list(),
  ]);
  // External registrants are kept per meeting: one person per address, over every meeting.
  const registrants = new Map<string, PrivacyPersonDto>();
  for (const list of await Promise.all(meetings.map((m) => deps.stores.registrants.forMeeting(m.id)))) {
    for (const r of list) {
      const key = registrantEmailKey(r.email);
      const known = registrants.get(key);
      registrants.set(key, { subject: { kind: 'registrant', email: key }, name: known?.name ?? r.name, email: r.email, registrations: (known?.registrations ?? 0) + 1 });
    }
  }
  return ok({
    staff: people.map((p) => ({ subject: { kind: 'staff' as const, personId: p.id }, name: p.name, email: p.email, registrations: 0 })).sort(byName),
    registrants: [...registrants.values()].sort(byName),
    erasures,
  });
};
