/** "Programma": the draft from the knelpunten, editable, with the day it goes to everyone booked. */
import type { Id } from '../domain/ids.js';
import { t, type Locale } from '../i18n/index.js';
import { MAX_PROGRAMME_LENGTH } from '../schemas/card-actions-programme.js';
import { card, execute, heading, submitFallbackSet, text, withBanner, type ActionSpec } from './elements.js';
import type { AdaptiveCard } from './types.js';

export interface ProgrammeCardInput {
  readonly meetingId: Id;
  readonly title: string;
  readonly draft: string;
  /** yyyy-MM-dd: the suggested day and the days allowed. */
  readonly day: string;
  readonly days: { readonly first: string; readonly last: string };
  /** The meeting asks no questions: the draft is only a frame. */
  readonly noQuestions: boolean;
  /** A programme scheduled earlier still waits to go out: the card warns, and offers to cancel it. */
  readonly alreadyScheduled?: { readonly moment: string; readonly recipients: number } | null;
  readonly locale: Locale;
}

export const programmeCard = (input: ProgrammeCardInput): AdaptiveCard => {
  const { locale } = input;
  const schedule: ActionSpec = {
    verb: 'programme.schedule',
    title: t('programme:card.schedule', locale),
    data: { meetingId: input.meetingId },
    style: 'positive',
  };
  const waiting = input.alreadyScheduled ?? null;
  const cancel: ActionSpec = {
    verb: 'programme.cancel',
    title: t('programme:card.cancel', locale),
    data: { meetingId: input.meetingId },
    inputs: 'none',
    style: 'destructive',
  };
  const specs = waiting ? [schedule, cancel] : [schedule];
  const fallback = submitFallbackSet(specs, locale);
  const draft = card({
    locale,
    body: [
      heading(t('programme:card.heading', locale, { title: input.title })),
      text(t(input.noQuestions ? 'programme:card.noQuestions' : 'programme:card.intro', locale), { isSubtle: true }),
      {
        type: 'Input.Text',
        id: 'programmeText',
        label: t('programme:card.text', locale),
        isMultiline: true,
        maxLength: MAX_PROGRAMME_LENGTH,
        isRequired: true,
        errorMessage: t('programme:card.textRequired', locale),
        value: input.draft.slice(0, MAX_PROGRAMME_LENGTH),
      },
      {
        type: 'Input.Date',
        id: 'programmeDate',
        label: t('programme:card.date', locale),
        isRequired: true,
        errorMessage: t('programme:card.dateRequired', locale),
        value: input.day,
        min: input.days.first,
        max: input.days.last,
      },
    ],
    actions: [...specs.map(execute), ...(fallback ? [fallback] : [])],
  });
  if (!waiting) return draft;
  const warning = t('programme:card.alreadyScheduled', locale, { count: waiting.recipients, moment: waiting.moment });
  return withBanner(draft, [text(warning, { weight: 'bolder' })], 'warning');
};
