/** Reminders: to people who have not answered yet, and to attendees shortly before their session. */
import { DateTime } from 'luxon';
import { formatDateTime, formatTime } from '../domain/format.js';
import type { Id } from '../domain/ids.js';
import { findSession } from '../domain/meeting.js';
import { relativeDay } from '../domain/relative-day.js';
import { ZONE } from '../domain/school-year.js';
import { t } from '../i18n/index.js';
import { text, withBanner } from './elements.js';
import { sessionNameAndPlace } from './session-label.js';
import { invitationCard, type InvitationCardInput } from './invitation-card.js';
import type { AdaptiveCard, TextBlock } from './types.js';

export type ReminderInput = InvitationCardInput &
  ({ readonly kind: 'non-responder' } | { readonly kind: 'attendee'; readonly sessionId: Id });

/** Whole calendar days from `now` to `iso`, counted in Amsterdam (so 23:00 → 09:00 next day is 1). */
export const calendarDaysUntil = (iso: string, now: Date): number => {
  const day = (dt: DateTime) => dt.setZone(ZONE).startOf('day');
  return Math.round(day(DateTime.fromISO(iso)).diff(day(DateTime.fromJSDate(now)), 'days').days);
};

const nonResponderLines = (input: ReminderInput): TextBlock[] => {
  const { meeting, locale } = input;
  return [
    text(t('cards:reminder.nonResponder', locale, { title: meeting.title }), { weight: 'bolder' }),
    ...(meeting.registrationDeadline
      ? [text(t('cards:reminder.deadline', locale, { date: formatDateTime(meeting.registrationDeadline, locale) }))]
      : []),
  ];
};

const attendeeLines = (input: ReminderInput & { kind: 'attendee' }): TextBlock[] => {
  const { meeting, locale } = input;
  const session = findSession(meeting, input.sessionId);
  if (!session) return [];
  const { kind, ...count } = relativeDay(calendarDaysUntil(session.startsAt, input.now));
  const params = { title: meeting.title, time: formatTime(session.startsAt, locale), date: formatDateTime(session.startsAt, locale), ...count };
  const n = meeting.sessions.indexOf(session) + 1;
  return [text(t(`cards:reminder.${kind}`, locale, params), { weight: 'bolder' }), text(sessionNameAndPlace(session, n, locale), { spacing: 'none' })];
};

/** The invitation as the viewer sees it now (place, link, buttons), under a reminder banner. */
export const reminderCard = (input: ReminderInput): AdaptiveCard =>
  withBanner(invitationCard(input), input.kind === 'attendee' ? attendeeLines(input) : nonResponderLines(input));
