/** The coördinator's overview of one meeting: counts per session, per school and per role, and the waitlist. */
import { formatDateTime } from '../domain/format.js';
import type { Id } from '../domain/ids.js';
import type { Role } from '../domain/people.js';
import type { AnswerSummary } from '../domain/rsvp-answers.js';
import { t, type Locale } from '../i18n/index.js';
import type { DashboardMeetingDto, DashboardSessionDto } from '../schemas/api.js';
import { card, heading, subtle, text } from './elements.js';
import type { AdaptiveCard, CardElement, FactSet } from './types.js';

export interface OverviewCardInput {
  readonly meeting: DashboardMeetingDto;
  /** Answers to the meeting's questions, grouped (from summariseAnswers). */
  readonly answers?: readonly AnswerSummary[];
  readonly schoolNames: ReadonlyMap<Id, string>;
  readonly locale: Locale;
}

const facts = (entries: readonly [string, number][]): FactSet => ({
  type: 'FactSet',
  facts: [...entries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([title, n]) => ({ title, value: String(n) })),
});

const sessionBlock = (s: DashboardSessionDto, n: number, { schoolNames, locale }: OverviewCardInput): CardElement => {
  const { booked, waitlisted, maybe, declined } = s.counts;
  const capacity = s.capacity === null ? t('cards:organiser.noLimit', locale) : String(s.capacity);
  const bySchool = Object.entries(s.bySchool).map(([id, count]): [string, number] => [schoolNames.get(id) ?? id, count]);
  const byRole = Object.entries(s.byRole).map(([role, count]): [string, number] => [t(`common:roles.${role as Role}`, locale), count]);
  const items: CardElement[] = [
    text(`${t('cards:invitation.session', locale, { n })} — ${formatDateTime(s.startsAt, locale)}`, { weight: 'bolder' }),
    text(t('cards:overview.counts', locale, { booked, capacity, waitlisted, maybe, declined }), { spacing: 'small' }),
  ];
  if (bySchool.length > 0) items.push(subtle(t('cards:overview.bySchool', locale)), facts(bySchool));
  if (byRole.length > 0) items.push(subtle(t('cards:overview.byRole', locale)), facts(byRole));
  if (s.waitlist.length > 0) {
    items.push(subtle(t('cards:overview.waitlist', locale)), text(s.waitlist.map((w) => `${w.position}. ${w.name}`).join('\n'), { spacing: 'small' }));
  }
  return { type: 'Container', separator: true, spacing: 'medium', items };
};

const answersBlock = (answers: readonly AnswerSummary[], locale: Locale): CardElement[] =>
  answers.length === 0
    ? []
    : [
        text(t('cards:questions.answersHeading', locale), { weight: 'bolder', separator: true, spacing: 'medium' }),
        ...answers.flatMap((a): CardElement[] => [
          subtle(a.label),
          a.counts.length > 0
            ? facts(a.counts.map((c): [string, number] => [c.choice, c.count]))
            : text(a.texts.length > 0 ? a.texts.map((x) => `• ${x}`).join('\n') : '—', { spacing: 'small' }),
        ]),
      ];

export const overviewCard = (input: OverviewCardInput): AdaptiveCard =>
  card({
    locale: input.locale,
    body: [
      heading(input.meeting.title),
      subtle(t(`common:meetingTypes.${input.meeting.type}`, input.locale)),
      ...input.meeting.sessions.map((s, i) => sessionBlock(s, i + 1, input)),
      ...answersBlock(input.answers ?? [], input.locale),
    ],
  });
