/**
 * The reflection deadline reminder (#16), to someone who keeps one school's reflection: the date, how
 * far the school is (counts only, never an answer) and a button that opens the reflection in the tab.
 */
import { formatDeadlineDate } from '../domain/reflection-deadline.js';
import { t, type Locale } from '../i18n/index.js';
import { CARD_SCHEMA, text } from './elements.js';
import type { AdaptiveCard } from './types.js';

export interface ReflectionReminderInput {
  readonly schoolName: string;
  readonly schoolYear: string;
  /** "2027-03-15" */
  readonly date: string;
  /** Items answered of all items; null when the school's count is not known. */
  readonly progress: { readonly answered: number; readonly total: number } | null;
  /** The tab's reflection page of this school. */
  readonly url: string;
  readonly locale: Locale;
}

export const reflectionReminderCard = (input: ReflectionReminderInput): AdaptiveCard => {
  const { locale } = input;
  const date = formatDeadlineDate(input.date, locale);
  const title = t('reflectionDeadline:card.title', locale, { year: input.schoolYear });
  return {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: '1.5',
    lang: locale,
    fallbackText: title,
    body: [
      text(title, { size: 'medium', weight: 'bolder', style: 'heading' }),
      text(t('reflectionDeadline:card.school', locale, { school: input.schoolName, date })),
      ...(input.progress
        ? [text(t('reflectionDeadline:card.progress', locale, { answered: input.progress.answered, count: input.progress.total }), { weight: 'bolder' })]
        : []),
      text(t('reflectionDeadline:card.why', locale), { isSubtle: true, size: 'small' }),
    ],
    actions: [{ type: 'Action.OpenUrl', title: t('reflectionDeadline:card.open', locale), url: input.url }],
  };
};
