/** Welcome and profile: which schools and roles a person has. */
import { cardText, helpCard, profileCard, t, withBanner, type Role } from '@samen/shared';
import { errorResult, type ActionTable } from './action-types.js';
import { allSchools } from './schools.js';

export const PROFILE_ACTIONS: ActionTable = {
  'profile.show': async (deps, turn) => ({
    card: profileCard({ schools: await allSchools(deps), current: turn.person, locale: turn.locale }),
  }),

  'profile.save': async (deps, turn, action) => {
    const schools = await allSchools(deps);
    const known = new Set(schools.map((s) => s.id));
    const unknown = action.schoolIds.filter((id) => !known.has(id));
    if (unknown.length > 0) return errorResult({ code: 'SCHOOL.NOT_FOUND' }, turn);
    const locale = action.locale ?? turn.person.locale;
    const saved = await deps.stores.people.upsert({
      ...turn.person,
      schoolIds: action.schoolIds,
      roles: action.roles as readonly Role[], // validated against ROLES by the card-action schema
      locale,
      expectedVersion: turn.person.version,
    });
    if (!saved.ok) return errorResult(saved.error, turn);
    const card = profileCard({ schools, current: saved.value, locale });
    return { card: withBanner(card, [cardText(t('bot:profileSaved', locale), { weight: 'bolder' })], 'good') };
  },

  'help.show': async (_deps, turn) => ({ card: helpCard({ isCoordinator: turn.isCoordinator, locale: turn.locale }) }),
};
