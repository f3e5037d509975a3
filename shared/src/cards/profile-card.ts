/** Welcome and profile: which schools and roles a person has, prefilled; saved with profile.save. */
import type { Id } from '../domain/ids.js';
import { ROLES, type Role, type School } from '../domain/people.js';
import { t, type Locale } from '../i18n/index.js';
import { card, execute, fieldError, heading, submitFallbackSet, text } from './elements.js';
import type { AdaptiveCard, CardElement, InputChoiceSet } from './types.js';

export type ProfileField = 'schoolIds' | 'roles' | 'locale';

export interface ProfileCardInput {
  /** The schools a person can choose from (sorted by name on the card). */
  readonly schools: readonly School[];
  /** The current profile, or what was typed when saving failed. */
  readonly current?: { readonly schoolIds: readonly Id[]; readonly roles: readonly Role[]; readonly locale?: Locale };
  readonly errors?: Partial<Record<ProfileField, string>>;
  readonly locale: Locale;
}

const multi = (id: ProfileField, label: string, choices: InputChoiceSet['choices'], value: readonly string[], style: 'compact' | 'expanded'): InputChoiceSet => ({
  type: 'Input.ChoiceSet',
  id,
  label,
  isMultiSelect: true,
  style,
  wrap: true,
  choices,
  ...(value.length > 0 ? { value: value.join(',') } : {}),
});

const inputs = ({ schools, current, errors = {}, locale }: ProfileCardInput): CardElement[] => {
  const sorted = [...schools].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const known = new Set(sorted.map((s) => s.id));
  const under = (f: ProfileField) => (errors[f] ? [fieldError(errors[f])] : []);
  return [
    multi('schoolIds', t('cards:profile.schools', locale), sorted.map((s) => ({ title: `${s.name} (${s.place})`, value: s.id })), (current?.schoolIds ?? []).filter((id) => known.has(id)), 'compact'),
    ...under('schoolIds'),
    multi('roles', t('cards:profile.roles', locale), ROLES.map((r) => ({ title: t(`common:roles.${r}`, locale), value: r })), current?.roles ?? [], 'expanded'),
    ...under('roles'),
    {
      type: 'Input.ChoiceSet',
      id: 'locale',
      label: t('cards:profile.locale', locale),
      style: 'compact',
      value: current?.locale ?? locale,
      choices: (['nl', 'en'] as const).map((l) => ({ title: t(`cards:profile.locales.${l}`, locale), value: l })),
    },
    ...under('locale'),
  ];
};

const build = (input: ProfileCardInput, title: string, intro: string): AdaptiveCard => {
  const save = { verb: 'profile.save' as const, title: t('cards:actions.save', input.locale), style: 'positive' as const };
  const fallback = submitFallbackSet([save], input.locale);
  return card({
    locale: input.locale,
    body: [heading(title), text(intro), ...inputs(input)],
    actions: [execute(save), ...(fallback ? [fallback] : [])],
  });
};

/** Shown once, when the app is installed for someone: explains the app and asks for school and role. */
export const welcomeCard = (input: ProfileCardInput): AdaptiveCard =>
  build(input, t('cards:profile.welcomeTitle', input.locale), t('cards:profile.welcomeIntro', input.locale));

export const profileCard = (input: ProfileCardInput): AdaptiveCard =>
  build(input, t('cards:profile.title', input.locale), t('cards:profile.intro', input.locale));
