import type { Id } from './ids.js';
import type { Region, Role, Sector } from './people.js';

/** 'informatie': the short information meeting that opens a PLG track (online or on site). */
export const MEETING_TYPES = ['plg', 'informatie', 'ib-oo', 'consultatie', 'overig'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export interface Session {
  readonly id: Id;
  /** What people call it, e.g. "Regio Noord — Wolvega"; absent on sessions made before names existed. */
  readonly name?: string;
  /** ISO 8601 with offset, e.g. 2026-06-18T09:00:00+02:00. Shown in Europe/Amsterdam. */
  readonly startsAt: string;
  readonly endsAt: string;
  /** Address or room; absent for an online-only session. */
  readonly location: string | null;
  /** Teams/online meeting link; absent for a session on location. */
  readonly onlineUrl: string | null;
  readonly region: Region | null;
  /** Sectors this session is meant for; empty = all sectors. */
  readonly sectors: readonly Sector[];
  /** Seats; null = no limit. */
  readonly capacity: number | null;
}

/** Who gets an invitation. Every empty list means "no restriction on this axis". */
export interface Audience {
  readonly roles: readonly Role[];
  readonly sectors: readonly Sector[];
  readonly schoolIds: readonly Id[];
  /** Only who was not at an earlier meeting (a repeat session); absent = no restriction. */
  readonly notAttended?: NotAttended;
}

/** 'person': each person who was not there; 'school': everyone at a school where nobody was there. */
export const NOT_ATTENDED_BY = ['person', 'school'] as const;
export type NotAttendedBy = (typeof NOT_ATTENDED_BY)[number];

/**
 * "Was there" at `meetingId`: booked for one of its sessions, or — once the organiser took attendance
 * (any RSVP of the meeting has `attended` set) — marked present.
 */
export interface NotAttended {
  readonly meetingId: Id;
  readonly by: NotAttendedBy;
}

/**
 * 'one': a person attends one session of the meeting (regional evenings: choosing another moves you).
 * 'each': every session is booked on its own (a PLG track of several sessions).
 */
export type SessionChoice = 'one' | 'each';

export interface ReminderPlan {
  /** Days before the deadline to remind people who have not answered; empty = none. */
  readonly nonRespondersDaysBeforeDeadline: readonly number[];
  /** Days before a session to remind its attendees; empty = none. */
  readonly attendeesDaysBefore: readonly number[];
}

export type MeetingStatus = 'concept' | 'verstuurd' | 'geannuleerd';

/**
 * 'direct': a click books a seat or a waitlist place at once (first come, first served).
 * 'aanvraag': a click or a Forms row is an application; the organiser selects and confirms, and
 * everyone hears the outcome `confirmDaysBefore` days before their session.
 */
export const REGISTRATION_MODES = ['direct', 'aanvraag'] as const;
export type RegistrationMode = (typeof REGISTRATION_MODES)[number];
export const DEFAULT_CONFIRM_DAYS_BEFORE = 14;

/** Who to ask about a meeting, shown on its cards (every mail the partnership sends ends with one). */
export interface Contact {
  readonly name: string;
  readonly email: string;
  readonly phone: string | null;
}

/** A short question asked with the RSVP ("Welk knelpunt wil je inbrengen?"); choices empty = free text. */
export interface MeetingQuestion {
  readonly id: Id;
  readonly label: string;
  readonly choices: readonly string[];
  readonly required: boolean;
}

export const MAX_QUESTIONS = 2;
export const MAX_ANSWER_LENGTH = 500;

export interface Meeting {
  readonly id: Id;
  readonly title: string;
  readonly type: MeetingType;
  readonly description: string;
  readonly sessions: readonly Session[];
  readonly sessionChoice: SessionChoice;
  readonly audience: Audience;
  /** ISO with offset; after this moment attend/maybe are refused. null = until the session starts. */
  readonly registrationDeadline: string | null;
  readonly organiserId: Id;
  readonly reminderPlan: ReminderPlan;
  /** Asked with the RSVP; absent on meetings made before questions existed. */
  readonly questions?: readonly MeetingQuestion[];
  /** Absent = 'direct' (meetings made before modes existed). */
  readonly registrationMode?: RegistrationMode;
  /** 'aanvraag': days before each session its outcome is sent; absent = DEFAULT_CONFIRM_DAYS_BEFORE. */
  readonly confirmDaysBefore?: number;
  /** 'aanvraag': when the organiser confirmed the selection (ISO); absent/null = not yet. */
  readonly selectionConfirmedAt?: string | null;
  /** Absent/null = the partnership's default contact (config). */
  readonly contact?: Contact | null;
  /** People or registrants the organiser allowed on a session outside its sectors. */
  readonly sectorExceptions?: readonly Id[];
  readonly status: MeetingStatus;
  readonly createdAt: string;
  readonly version: string;
}

export const registrationModeOf = (meeting: Pick<Meeting, 'registrationMode'>): RegistrationMode => meeting.registrationMode ?? 'direct';

export const findSession = (meeting: Meeting, sessionId: Id): Session | undefined =>
  meeting.sessions.find((s) => s.id === sessionId);
