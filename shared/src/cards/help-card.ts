/** The chat commands; coördinator commands only for coördinatoren. */
import { t, type KeysUnder, type Locale } from '../i18n/index.js';
import { card, execute, heading, submitFallbackSet, text, type ActionSpec } from './elements.js';
import type { AdaptiveCard, CardElement } from './types.js';

/** The chat commands the help card lists; the bot's command router should use the same words. */
export const HELP_COMMANDS = {
  everyone: [
    { command: 'help', key: 'help' },
    { command: 'profiel', key: 'profile' },
    { command: 'mijn bijeenkomsten', key: 'meetings' },
  ],
  coordinator: [
    { command: 'nieuwe bijeenkomst', key: 'new' },
    { command: 'overzicht', key: 'overview' },
    { command: 'herinner', key: 'remind' },
    { command: 'export', key: 'export' },
    { command: 'mededeling', key: 'announcement' },
    { command: 'enquete', key: 'survey' },
    { command: 'importeer', key: 'import' },
    { command: 'selectie', key: 'selection' },
    { command: 'aanwezigheid', key: 'attendance' },
    { command: 'programma', key: 'programme' },
    { command: 'uitzondering', key: 'exception' },
  ],
} as const;

const commandFacts = (list: readonly { command: string; key: KeysUnder<'cards', 'help.commands'> }[], locale: Locale): CardElement => ({
  type: 'FactSet',
  facts: list.map((c) => ({ title: c.command, value: t(`cards:help.commands.${c.key}`, locale) })),
});

export interface HelpCardInput {
  readonly isCoordinator: boolean;
  readonly locale: Locale;
}

export const helpCard = ({ isCoordinator, locale }: HelpCardInput): AdaptiveCard => {
  const specs: ActionSpec[] = [
    { verb: 'profile.show', title: t('cards:actions.profile', locale) },
    ...(isCoordinator ? [{ verb: 'meeting.create' as const, title: t('cards:actions.create', locale) }] : []),
  ];
  const fallback = submitFallbackSet(specs, locale);
  return card({
    locale,
    body: [
      heading(t('cards:help.title', locale)),
      text(t('cards:help.intro', locale)),
      commandFacts(HELP_COMMANDS.everyone, locale),
      ...(isCoordinator
        ? [text(t('cards:help.coordinatorHeading', locale), { weight: 'bolder', spacing: 'medium' }), commandFacts(HELP_COMMANDS.coordinator, locale)]
        : []),
    ],
    actions: [...specs.map(execute), ...(fallback ? [fallback] : [])],
  });
};
