/**
 * The e-mail an outbox item becomes for someone outside the organisation (an `ext-` registrant),
 * rendered at send time from the meeting and their current registration: one short Dutch mail per
 * kind, with the session's date, time and place, and for a seat an .ics file. One case per kind:
 * a kind that has nothing to tell an outsider renders null (the item is closed as nothing-to-send).
 */
import {
  DEFAULT_CONFIRM_DAYS_BEFORE,
  formatDate,
  formatSession,
  icsFileName,
  meetingIcs,
  t,
  waitlistPosition,
  type ExternalRegistrant,
  type Meeting,
  type MessageKey,
  type Rsvp,
  type Session,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import type { OutboxItem } from '../store/ports.js';
import type { Mail } from './mailer.js';

const locale = 'nl' as const;
const DAY_MS = 24 * 60 * 60 * 1000;

export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface MailParts {
  readonly subject: string;
  /** Paragraphs before the session's details. */
  readonly lead: readonly string[];
  readonly session: Session | null;
  /** Attach the session as an .ics (someone with a seat). */
  readonly calendar: boolean;
}

const detailsOf = (session: Session, withCalendar: boolean): string[] => [
  ...(session.name ? [t('mail:details.session', locale, { name: session.name })] : []),
  t('mail:details.when', locale, { when: formatSession(session.startsAt, session.endsAt, locale) }),
  ...(session.location ? [t('mail:details.where', locale, { place: session.location })] : []),
  ...(session.onlineUrl ? [t('mail:details.online', locale, { url: session.onlineUrl })] : []),
  ...(withCalendar ? [t('mail:calendar', locale)] : []),
];

const compose = (meeting: Meeting, registrant: ExternalRegistrant, parts: MailParts, now: Date): Mail => {
  const paragraphs = [
    t('mail:greeting', locale, { name: registrant.name }),
    ...parts.lead,
    ...(parts.session ? [detailsOf(parts.session, parts.calendar).join('\n')] : []),
    ...(meeting.contact ? [t('mail:contact', locale, { name: meeting.contact.name, email: meeting.contact.email })] : []),
    t('mail:footer', locale),
  ];
  const html = paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n');
  const ics = parts.calendar && parts.session ? { name: icsFileName(meeting, parts.session), content: meetingIcs(meeting, parts.session, { now }) } : undefined;
  return { to: registrant.email, subject: parts.subject, text: `${paragraphs.join('\n\n')}\n`, html, ...(ics ? { ics } : {}) };
};

const say = (key: MessageKey, meeting: Meeting, extra: Record<string, string | number> = {}): string => t(key, locale, { title: meeting.title, ...extra });

/** Their registration as it stands now: booked, on the waitlist or applied (aanvraag). */
const registrationParts = (meeting: Meeting, rsvps: readonly Rsvp[], registrant: ExternalRegistrant, session: Session): MailParts | null => {
  const status = rsvps.find((r) => r.personId === registrant.id && r.sessionId === session.id)?.status;
  switch (status) {
    case 'booked':
      return { subject: say('mail:registration.booked.subject', meeting), lead: [say('mail:registration.booked.body', meeting)], session, calendar: true };
    case 'waitlisted': {
      const position = waitlistPosition(rsvps, session.id, registrant.id) ?? 1;
      return { subject: say('mail:registration.waitlisted.subject', meeting), lead: [say('mail:registration.waitlisted.body', meeting, { position })], session, calendar: false };
    }
    case 'applied': {
      const days = meeting.confirmDaysBefore ?? DEFAULT_CONFIRM_DAYS_BEFORE;
      const date = formatDate(new Date(Date.parse(session.startsAt) - days * DAY_MS).toISOString(), locale);
      return { subject: say('mail:registration.applied.subject', meeting), lead: [say('mail:registration.applied.body', meeting, { date })], session, calendar: false };
    }
    default:
      return null;
  }
};

/** 'aanvraag' mode, after the selection: the outcome in the words of the outcome card (selection namespace). */
const outcomeParts = (meeting: Meeting, rsvps: readonly Rsvp[], registrant: ExternalRegistrant, session: Session): MailParts | null => {
  const status = rsvps.find((r) => r.personId === registrant.id && r.sessionId === session.id)?.status;
  const date = formatDate(session.startsAt, locale);
  switch (status) {
    case 'booked':
      return { subject: say('selection:outcome.confirmed.title', meeting), lead: [say('selection:outcome.confirmed.body', meeting, { date }), say('selection:outcome.confirmed.cantCome', meeting)], session, calendar: true };
    case 'waitlisted': {
      const position = waitlistPosition(rsvps, session.id, registrant.id) ?? 1;
      return { subject: say('selection:outcome.waitlisted.title', meeting), lead: [say('selection:outcome.waitlisted.body', meeting, { date, position })], session, calendar: false };
    }
    case 'not-selected':
      return { subject: say('selection:outcome.notSelected.title', meeting), lead: [say('selection:outcome.notSelected.body', meeting, { date })], session: null, calendar: false };
    default:
      return null;
  }
};

/** The session they hold or wait for (the item's own session first). */
const theirSession = (meeting: Meeting, rsvps: readonly Rsvp[], registrantId: string, sessionId: string | null): Session | null => {
  const wanted = sessionId ?? rsvps.find((r) => r.personId === registrantId && r.status !== 'declined')?.sessionId ?? null;
  return meeting.sessions.find((s) => s.id === wanted) ?? null;
};

const booked = (rsvps: readonly Rsvp[], registrantId: string, sessionId: string): boolean =>
  rsvps.some((r) => r.personId === registrantId && r.sessionId === sessionId && r.status === 'booked');

export const renderMail = async (deps: Deps, item: OutboxItem): Promise<Mail | null> => {
  // Invitations, broadcasts, the organiser's selection notice and reflection reminders go to staff in Teams only.
  if (item.kind === 'announcement' || item.kind === 'survey' || item.kind === 'invitation' || item.kind === 'selection' || item.kind === 'reflection-reminder') return null;
  const [registrant, meeting, rsvps] = await Promise.all([
    deps.stores.registrants.get(item.personId),
    deps.stores.meetings.get(item.meetingId),
    deps.stores.rsvps.forMeeting(item.meetingId),
  ]);
  if (!registrant || !meeting || registrant.meetingId !== meeting.id) return null;
  const now = deps.clock();
  let parts: MailParts | null;
  switch (item.kind) {
    case 'registration': {
      const session = theirSession(meeting, rsvps, registrant.id, item.payload.sessionId);
      parts = session ? registrationParts(meeting, rsvps, registrant, session) : null;
      break;
    }
    case 'promotion': {
      const session = theirSession(meeting, rsvps, registrant.id, item.payload.sessionId);
      parts = session && booked(rsvps, registrant.id, session.id) ? { subject: say('mail:promotion.subject', meeting), lead: [say('mail:promotion.body', meeting)], session, calendar: true } : null;
      break;
    }
    case 'update': {
      const session = theirSession(meeting, rsvps, registrant.id, null);
      const message = item.payload.message.trim();
      const note = message ? [`${t('mail:update.message', locale)}\n${message}`] : [];
      parts =
        meeting.status === 'geannuleerd'
          ? { subject: say('mail:cancelled.subject', meeting), lead: [say('mail:cancelled.body', meeting), ...note], session: null, calendar: false }
          : { subject: say('mail:update.subject', meeting), lead: [say('mail:update.body', meeting), ...note], session, calendar: session !== null && booked(rsvps, registrant.id, session.id) };
      break;
    }
    case 'outcome': {
      // As things stand on the day (like the card): a reserve promoted since hears "je kunt deelnemen".
      const session = theirSession(meeting, rsvps, registrant.id, item.payload.sessionId);
      parts = session ? outcomeParts(meeting, rsvps, registrant, session) : null;
      break;
    }
    case 'reminder': {
      const { audience, sessionId } = item.payload;
      const session = audience === 'attendees' && sessionId ? theirSession(meeting, rsvps, registrant.id, sessionId) : null;
      parts =
        session && booked(rsvps, registrant.id, session.id)
          ? { subject: say('mail:reminder.subject', meeting, { date: formatDate(session.startsAt, locale) }), lead: [say('mail:reminder.body', meeting)], session, calendar: true }
          : null;
      break;
    }
  }
  return parts ? compose(meeting, registrant, parts, now) : null;
};
