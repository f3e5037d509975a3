import { DateTime } from 'luxon';
import { holidayOn, type HolidayCalendar } from './holidays.js';
import type { Region } from './people.js';

const ZONE = 'Europe/Amsterdam';

/** When reminders may reach people: weekdays between these local hours, outside school holidays. */
export interface SendWindow {
  /** First hour (0–23) a message may go out, Amsterdam time. */
  readonly startHour: number;
  /** Hour (1–24) from which no message goes out any more. */
  readonly endHour: number;
  /** The partnership's region for school holidays; null = a holiday in any region counts. */
  readonly region: Region | null;
}

export const DEFAULT_SEND_WINDOW: SendWindow = { startHour: 8, endHour: 18, region: null };

const isWeekend = (dt: DateTime): boolean => dt.weekday >= 6;

const isQuietDay = (dt: DateTime, window: SendWindow, calendars: readonly HolidayCalendar[]): boolean =>
  isWeekend(dt) || holidayOn(dt.toJSDate(), window.region, calendars) !== null;

/**
 * The first moment at or after `at` when a reminder may be sent: not at night, not on a weekend day,
 * not in the school holidays. Looks ahead at most a year (a summer holiday is six weeks).
 */
export const nextSendableMoment = (at: Date, window: SendWindow, calendars?: readonly HolidayCalendar[]): Date => {
  const cals = calendars ?? [];
  let dt = DateTime.fromJSDate(at, { zone: ZONE });
  if (dt.hour >= window.endHour) dt = dt.plus({ days: 1 }).set({ hour: window.startHour, minute: 0, second: 0, millisecond: 0 });
  if (dt.hour < window.startHour) dt = dt.set({ hour: window.startHour, minute: 0, second: 0, millisecond: 0 });
  for (let i = 0; i < 366 && isQuietDay(dt, window, cals); i += 1) {
    dt = dt.plus({ days: 1 }).set({ hour: window.startHour, minute: 0, second: 0, millisecond: 0 });
  }
  return dt.toJSDate();
};

export type SessionWarning = { readonly kind: 'weekend' } | { readonly kind: 'holiday'; readonly name: string; readonly region: Region };

/** Why a session's date may be a poor choice: a weekend day or a school holiday in its region. */
export const sessionDateWarning = (
  startsAt: string,
  region: Region | null,
  calendars: readonly HolidayCalendar[],
): SessionWarning | null => {
  const dt = DateTime.fromISO(startsAt, { zone: ZONE });
  if (isWeekend(dt)) return { kind: 'weekend' };
  const holiday = holidayOn(dt.toJSDate(), region, calendars);
  return holiday ? { kind: 'holiday', name: holiday.name, region: holiday.region } : null;
};

export interface MeetingDateWarning {
  readonly sessionId: string;
  /** 1-based position of the session in the meeting (for "Sessie n"). */
  readonly n: number;
  readonly warning: SessionWarning;
}

/**
 * Every session of a meeting on a weekend day or in the school holidays of its own region (any
 * region for a session without one): warned on the preview, never refused.
 */
export const meetingDateWarnings = (
  sessions: readonly { readonly id: string; readonly startsAt: string; readonly region: Region | null }[],
  calendars: readonly HolidayCalendar[],
): MeetingDateWarning[] =>
  sessions.flatMap((s, i) => {
    const warning = sessionDateWarning(s.startsAt, s.region, calendars);
    return warning ? [{ sessionId: s.id, n: i + 1, warning }] : [];
  });
