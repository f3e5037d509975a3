/** The top of the card: where the viewer stands, or — for the organiser — the numbers per session. */
import { formatDate, formatSession } from '../domain/format.js';
import type { Meeting } from '../domain/meeting.js';
import { outcomeMoment } from '../domain/selection.js';
import { takesApplications } from '../domain/rsvp.js';
import type { PersonMeetingView, SessionCount } from '../domain/rsvp-views.js';
import { t, type KeysUnder, type Locale } from '../i18n/index.js';
import { text } from './elements.js';
import { sessionName } from './invitation-sections.js';
import type { Container, TextBlock } from './types.js';

const sessionText = (meeting: Meeting, sessionId: string, locale: Locale): string => {
  const s = meeting.sessions.find((x) => x.id === sessionId);
  return s ? formatSession(s.startsAt, s.endsAt, locale) : '';
};

const holdingLines = (meeting: Meeting, view: PersonMeetingView, locale: Locale): TextBlock[] =>
  view.sessions.flatMap((s) => {
    const date = sessionText(meeting, s.sessionId, locale);
    if (s.status === 'booked') return [text(t('cards:state.booked', locale, { date }), { color: 'good', weight: 'bolder' })];
    if (s.status === 'waitlisted')
      return [text(t('cards:state.waitlisted', locale, { date, position: s.waitlistPosition ?? '?' }), { color: 'warning', weight: 'bolder' })];
    if (s.status === 'applied') {
      const session = meeting.sessions.find((x) => x.id === s.sessionId);
      const answerBy = session ? formatDate(outcomeMoment(meeting, session), locale) : '';
      return [text(t('selection:state.applied', locale, { date, answerBy }), { color: 'accent', weight: 'bolder' })];
    }
    if (s.status === 'not-selected') return [text(t('selection:state.notSelected', locale, { date }), { weight: 'bolder' })];
    return [];
  });

/** 'aanvraag' mode, before applying: places are limited and when you hear (first session still ahead). */
const applicationHint = (meeting: Meeting, now: Date, locale: Locale): TextBlock[] => {
  const next = meeting.sessions.find((s) => new Date(s.startsAt) > now);
  if (!takesApplications(meeting) || !next) return [];
  return [text(t('selection:state.howItWorks', locale, { answerBy: formatDate(outcomeMoment(meeting, next), locale) }), { spacing: 'small' })];
};

/** "Je bent aangemeld voor …", "Je staat op de wachtlijst (plek 2) …", "Je hebt je afgemeld", "Aanmelden is gesloten". */
export const viewerStateLines = (meeting: Meeting, view: PersonMeetingView, now: Date, locale: Locale): TextBlock[] => {
  if (meeting.status === 'geannuleerd') return [text(t('cards:state.cancelled', locale), { color: 'attention', weight: 'bolder' })];
  if (meeting.sessions.every((s) => new Date(s.startsAt) <= now)) return [text(t('cards:state.past', locale), { isSubtle: true })];
  const holding = holdingLines(meeting, view, locale);
  if (holding.length > 0) return holding;
  const { status, anyOpen } = view.summary;
  const answer = status === 'maybe' ? 'maybe' : status === 'declined' ? 'declined' : 'none';
  return [
    text(t(`cards:state.${answer}`, locale), { weight: 'bolder' }),
    ...(anyOpen ? applicationHint(meeting, now, locale) : [text(t('cards:state.closed', locale), { color: 'attention' })]),
  ];
};

export const viewerStateSection = (meeting: Meeting, view: PersonMeetingView, now: Date, locale: Locale): Container => ({
  type: 'Container',
  style: 'emphasis',
  items: viewerStateLines(meeting, view, now, locale),
});

const countFacts = (count: SessionCount, locale: Locale) => {
  const l = (key: KeysUnder<'cards', 'organiser'>) => t(`cards:organiser.${key}`, locale);
  return [
    { title: l('booked'), value: String(count.booked) },
    { title: l('waitlisted'), value: String(count.waitlisted) },
    { title: l('maybe'), value: String(count.maybe) },
    { title: l('declined'), value: String(count.declined) },
    // 'aanvraag' mode: applications waiting for the selection, and who was not placed
    ...(count.applied > 0 ? [{ title: t('selection:state.appliedFact', locale), value: String(count.applied) }] : []),
    ...(count.notSelected > 0 ? [{ title: t('selection:state.notSelectedFact', locale), value: String(count.notSelected) }] : []),
    { title: l('capacity'), value: count.capacity === null ? l('noLimit') : String(count.capacity) },
  ];
};

/** The organiser's / coördinator's view: meeting status and totals per session. */
export const organiserSection = (meeting: Meeting, counts: readonly SessionCount[], locale: Locale): Container => ({
  type: 'Container',
  style: 'emphasis',
  items: [
    text(t('cards:organiser.heading', locale), { weight: 'bolder' }),
    text(`${t('cards:organiser.status', locale)}: ${t(`cards:meetingStatus.${meeting.status}`, locale)}`, { isSubtle: true, spacing: 'small' }),
    ...counts.flatMap((count) => {
      const session = meeting.sessions.find((s) => s.id === count.sessionId);
      if (!session) return [];
      const label = meeting.sessions.length > 1 ? `${sessionName(meeting, session, locale)}: ` : '';
      return [
        text(`${label}${formatSession(session.startsAt, session.endsAt, locale)}`, { spacing: 'medium', weight: 'bolder' }),
        { type: 'FactSet' as const, facts: countFacts(count, locale) },
      ];
    }),
  ],
});
