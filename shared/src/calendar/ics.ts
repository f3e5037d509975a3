/**
 * An iCalendar (RFC 5545) file for one session, written by hand: pure, browser-safe, and small.
 * Times are written in UTC, so every calendar places them right in summer (CEST) and winter (CET).
 */
import type { Id } from '../domain/ids.js';
import type { Meeting, Session } from '../domain/meeting.js';

export interface IcsOptions {
  /** The organiser's address, written as ORGANIZER (no name: we only send what the invitee already has). */
  readonly organiserEmail?: string;
  /** A link back to the meeting (e.g. the tab); the online meeting link is used when absent. */
  readonly url?: string;
  /** DTSTAMP; defaults to the meeting's creation time so the same input gives the same file. */
  readonly now?: Date;
  /** SEQUENCE: must grow when the event changes, so calendars take the new time or place. */
  readonly sequence?: number;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export const escapeText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n|\r/g, '\\n');

const octets = (s: string): number => new TextEncoder().encode(s).length;

/** Folds a content line at 75 octets (continuation lines start with a space), never inside a character. */
export const foldLine = (line: string): string => {
  const parts: string[] = [];
  let current = '';
  let limit = MAX_OCTETS;
  for (const ch of line) {
    if (octets(current) + octets(ch) > limit) {
      parts.push(current);
      current = '';
      limit = MAX_OCTETS - 1; // the leading space counts
    }
    current += ch;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
};

/** 20270615T120000Z */
export const utcStamp = (iso: string | Date): string =>
  new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** Stable per meeting and session: re-downloading updates the same calendar item. */
export const icsUid = (meetingId: Id, sessionId: Id): string =>
  `${meetingId}.${sessionId}`.replace(/[^A-Za-z0-9._-]/g, '-') + '@samen-verder';

const isWebLink = (url: string | null | undefined): url is string => !!url && /^https?:\/\/\S+$/i.test(url);

const eventLines = (meeting: Meeting, session: Session, options: IcsOptions): string[] => {
  const link = isWebLink(options.url) ? options.url : isWebLink(session.onlineUrl) ? session.onlineUrl : null;
  const location = session.location ?? (isWebLink(session.onlineUrl) ? session.onlineUrl : null);
  const description = [meeting.description.trim(), isWebLink(session.onlineUrl) ? session.onlineUrl : ''].filter(Boolean).join('\n\n');
  return [
    'BEGIN:VEVENT',
    `UID:${icsUid(meeting.id, session.id)}`,
    `DTSTAMP:${utcStamp(options.now ?? meeting.createdAt)}`,
    ...(options.sequence !== undefined ? [`SEQUENCE:${Math.max(0, Math.floor(options.sequence))}`] : []),
    `DTSTART:${utcStamp(session.startsAt)}`,
    `DTEND:${utcStamp(session.endsAt)}`,
    `SUMMARY:${escapeText(meeting.title)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    ...(link ? [`URL:${link}`] : []),
    ...(options.organiserEmail ? [`ORGANIZER:mailto:${options.organiserEmail}`] : []),
    `STATUS:${meeting.status === 'geannuleerd' ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
};

/** The .ics text for one session of a meeting (CRLF line endings, folded lines). */
export const meetingIcs = (meeting: Meeting, session: Session, options: IcsOptions = {}): string =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Samen Verder//Bijeenkomsten//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...eventLines(meeting, session, options),
    'END:VCALENDAR',
  ]
    .map(foldLine)
    .join(CRLF) + CRLF;

/** A file name people recognise: "plg-lezen-en-dyslexie-2027-06-15.ics". */
export const icsFileName = (meeting: Meeting, session: Session): string => {
  const slug = meeting.title.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${slug || 'bijeenkomst'}-${session.startsAt.slice(0, 10)}.ics`;
};
