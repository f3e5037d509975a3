/** The coördinator's overview of one meeting: counts per session, per school and per role, and the waitlist. */
import { formatDateTime } from '../domain/format.js';
import type { Id } from '../domain/ids.js';
import type { Role } from '../domain/people.js';
import type { AnswerSummary } from '../domain/rsvp-answers.js';
import { t, type Locale } from '../i18n/index.js';
import type { DashboardMeetingDto, DashboardSessionDto } from '../schemas/api.js';
import { card, execute, heading, subtle, text } from './elements.js';
import { sessionPlace, sessionTitle } from './session-label.js';
import type { AdaptiveCard, CardElement, FactSet, ShowCardAction } from './types.js';

export interface OverviewCardInput {
  readonly meeting: DashboardMeetingDto;
  /** Answers to the meeting's questions, grouped (from summariseAnswers). */
  readonly answers?: readonly AnswerSummary[];
  readonly schoolNames: ReadonlyMap<Id, string>;
  readonly locale: Locale;
  /** When given, a session that has started gets the button "Aanwezigheid opnemen". */
  readonly now?: Date;
}

const facts = (entries: readonly [string, number][]): FactSet => ({
  type: 'FactSet',
  facts: [...entries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([title, n]) => ({ title, value: String(n) })),
});

const sessionBlock = (s: DashboardSessionDto, n: number, input: OverviewCardInput): CardElement => {
  const { schoolNames, locale } = input;
  const { booked, waitlisted, maybe, declined } = s.counts;
  const capacity = s.capacity === null ? t('cards:organiser.noLimit', locale) : String(s.capacity);
  const bySchool = Object.entries(s.bySchool).map(([id, count]): [string, number] => [schoolNames.get(id) ?? id, count]);
  const byRole = Object.entries(s.byRole).map(([role, count]): [string, number] => [t(`common:roles.${role as Role}`, locale), count]);
  const items: CardElement[] = [
    text(`${sessionTitle(s, n, locale)} — ${formatDateTime(s.startsAt, locale)}${s.location !== undefined ? ` · ${sessionPlace({ location: s.location, onlineUrl: s.onlineUrl ?? null }, locale)}` : ''}`, { weight: 'bolder' }),
    text(t('cards:overview.counts', locale, { count: booked, capacity, waitlisted, maybe, declined }), { spacing: 'small' }),
    ...(s.attendance ? [text(t('programme:attendance.count', locale, s.attendance), { spacing: 'small', color: 'good' })] : []),
  ];
  if (input.now && Date.parse(s.startsAt) <= input.now.getTime()) {
    const open = { verb: 'attendance.show' as const, title: t('programme:attendance.open', locale), data: { meetingId: input.meeting.id, sessionId: s.id } };
    items.push({ type: 'ActionSet', actions: [execute(open)] });
  }
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

/** The choice "everyone, all sessions" in the message form (a choice needs a non-empty value). */
export const ALL_SESSIONS = 'all';

/** "Bericht aan deelnemers": a message to everyone registered for one session or for all. */
const messageAction = (input: OverviewCardInput): ShowCardAction => {
  const { meeting, locale } = input;
  const choices = [
    { title: t('cards:message.allSessions', locale), value: ALL_SESSIONS },
    ...meeting.sessions.map((s, i) => ({ title: `${sessionTitle(s, i + 1, locale)} — ${formatDateTime(s.startsAt, locale)}`, value: s.id })),
  ];
  const send = { verb: 'meeting.message' as const, title: t('cards:message.send', locale), data: { meetingId: meeting.id } };
  return {
    type: 'Action.ShowCard',
    title: t('cards:message.open', locale),
    card: {
      type: 'AdaptiveCard',
      body: [
        { type: 'Input.ChoiceSet', id: 'messageSessionId', label: t('cards:message.to', locale), style: 'compact', value: ALL_SESSIONS, choices },
        { type: 'Input.Text', id: 'messageText', label: t('cards:message.text', locale), isMultiline: true, maxLength: 2000, isRequired: true, errorMessage: t('cards:message.required', locale) },
      ],
      actions: [execute(send)],
    },
  };
};

export const overviewCard = (input: OverviewCardInput): AdaptiveCard =>
  card({
    locale: input.locale,
    actions: [messageAction(input)],
    body: [
      heading(input.meeting.title),
      subtle(t(`common:meetingTypes.${input.meeting.type}`, input.locale)),
      ...input.meeting.sessions.map((s, i) => sessionBlock(s, i + 1, input)),
      ...answersBlock(input.answers ?? [], input.locale),
    ],
  });
