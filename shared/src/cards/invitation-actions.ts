/**
 * Which RSVP buttons a viewer gets, as plain specs: the card renders them as Action.Execute and the
 * "Werkt de knop niet?" set renders the same specs as Action.Submit.
 */
import type { Meeting, Session } from '../domain/meeting.js';
import type { PersonMeetingView, PersonSessionView } from '../domain/rsvp-views.js';
import { t, type Locale } from '../i18n/index.js';
import type { ActionSpec } from './elements.js';

/** 'applied' holds an application ('aanvraag' mode): withdraw it, no second "Aanmelden". */
const HOLDING = new Set(['booked', 'waitlisted', 'applied']);
const ANSWERED = new Set(['booked', 'waitlisted', 'maybe', 'applied']);
/** No calendar file for an answer that holds no place. */
const NO_CALENDAR = new Set(['declined', 'applied', 'not-selected']);
const future = (session: Session, now: Date) => new Date(session.startsAt) > now;

/** The buttons for one session; its id travels in the data, so the card's inputs are not sent. */
export const sessionActionSpecs = (
  meeting: Meeting,
  session: Session,
  view: PersonSessionView,
  now: Date,
  locale: Locale,
): ActionSpec[] => {
  if (meeting.status !== 'verstuurd' || !future(session, now)) return [];
  const data = { meetingId: meeting.id, sessionId: session.id };
  const specs: ActionSpec[] = [];
  if (view.open && !HOLDING.has(view.status))
    specs.push({ verb: 'rsvp.attend', title: t('cards:actions.attend', locale), data, inputs: 'none', style: 'positive' });
  if (view.open && (view.status === 'none' || view.status === 'declined'))
    specs.push({ verb: 'rsvp.maybe', title: t('cards:actions.maybe', locale), data, inputs: 'none' });
  if (ANSWERED.has(view.status))
    specs.push({ verb: 'rsvp.decline', title: t('cards:actions.decline', locale), data, inputs: 'none', style: 'destructive' });
  if (!NO_CALENDAR.has(view.status)) specs.push({ verb: 'meeting.ics', title: t('cards:actions.ics', locale), data, inputs: 'none' });
  return specs;
};

/**
 * The buttons of a 'one' meeting with several sessions: attend/maybe take the session from the
 * card's choice ("sessionId"); decline covers every session; the calendar file follows the seat held.
 */
export const choiceActionSpecs = (meeting: Meeting, view: PersonMeetingView, now: Date, locale: Locale): ActionSpec[] => {
  if (meeting.status !== 'verstuurd' || !meeting.sessions.some((s) => future(s, now))) return [];
  const { summary } = view;
  const data = { meetingId: meeting.id };
  const specs: ActionSpec[] = [];
  const holds = HOLDING.has(summary.status);
  if (summary.anyOpen && !holds)
    specs.push({ verb: 'rsvp.attend', title: t('cards:actions.attend', locale), data, style: 'positive' });
  if (summary.anyOpen && (summary.status === 'none' || summary.status === 'declined'))
    specs.push({ verb: 'rsvp.maybe', title: t('cards:actions.maybe', locale), data });
  if (ANSWERED.has(summary.status))
    specs.push({ verb: 'rsvp.decline', title: t('cards:actions.decline', locale), data: { ...data, sessionId: null }, inputs: 'none', style: 'destructive' });
  const held = summary.bookedSessionIds[0] ?? summary.waitlistedSessionIds[0];
  if (held) specs.push({ verb: 'meeting.ics', title: t('cards:actions.ics', locale), data: { ...data, sessionId: held }, inputs: 'none' });
  return specs;
};

/** True when the card shows a session chooser instead of per-session buttons. */
export const usesSessionChoice = (meeting: Meeting): boolean => meeting.sessionChoice === 'one' && meeting.sessions.length > 1;

/** True when each session carries its own row of buttons. */
export const usesSessionRows = (meeting: Meeting): boolean => meeting.sessionChoice === 'each' && meeting.sessions.length > 1;
