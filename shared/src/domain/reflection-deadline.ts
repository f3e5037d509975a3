/**
 * The partnership's deadline for the yearly reflection (#16): one date per school year, in Amsterdam,
 * with reminders some days before it. "Graag afronden vóór 15 maart 2027": the deadline passes at the
 * start of that day. Reminders go out at 09:00 on their day (the meeting reminders' hour), to the
 * people who keep a school's reflection, at schools whose reflection is not afgerond.
 */
import { DateTime } from 'luxon';
import { dueDeadlineReminders, type DeadlineReminderStep } from './announcement-reminders.js';
import type { Id } from './ids.js';
import type { Role } from './people.js';
import { dayStart, schoolYearBounds, ZONE } from './school-year.js';

export interface ReflectionDeadline {
  readonly schoolYear: string;
  /** "2027-03-15" (a day in Amsterdam); null once the coördinator cleared it. */
  readonly date: string | null;
  /** Days before the deadline a reminder goes out, e.g. [14, 3]. */
  readonly reminderDaysBefore: readonly number[];
  readonly updatedAt: string;
  readonly updatedBy: Id;
  readonly version: string;
}

/** How far one school is: items with all three questions answered, of all items. Counts only. */
export interface ReflectionProgressRow {
  readonly schoolId: Id;
  readonly schoolYear: string;
  readonly answered: number;
  readonly total: number;
  readonly updatedAt: string;
}

export const DEFAULT_REFLECTION_REMINDER_DAYS: readonly number[] = [14, 3];
/** At most this many reminders, each at most this many days before the deadline. */
export const MAX_REFLECTION_REMINDERS = 5;
export const MAX_REFLECTION_REMINDER_DAYS = 120;

/**
 * Who is reminded at a school: the people a school expects to keep its reflection (the same roles
 * that keep the niveau-overzicht: ib'er, schoolleider, directeur, VO ondersteuningscoördinator).
 */
export const REFLECTION_REMINDER_ROLES: readonly Role[] = ['ib', 'schoolleider', 'directeur', 'ondersteuningscoordinator'];

export const isResponsibleForReflection = (person: { readonly roles: readonly Role[] }): boolean =>
  person.roles.some((r) => REFLECTION_REMINDER_ROLES.includes(r));

/** The moment the deadline passes: 00:00 Amsterdam on its date, ISO with offset. */
export const reflectionDeadlineMoment = (date: string): string => dayStart(date);

export const reflectionDeadlinePassed = (date: string, now: Date): boolean => now.getTime() >= new Date(reflectionDeadlineMoment(date)).getTime();

/** True when the date ("2027-03-15") is a real day inside the school year (1 Aug–31 Jul). */
export const dateInSchoolYear = (date: string, schoolYear: string): boolean => {
  const day = DateTime.fromISO(date, { zone: ZONE });
  if (!day.isValid) return false;
  const { start, end } = schoolYearBounds(schoolYear);
  const ms = day.toMillis();
  return ms >= new Date(start).getTime() && ms < new Date(end).getTime();
};

/**
 * Reminder steps due at `now` (moment reached, at most a day ago, deadline still ahead). The step key
 * holds the date, so a changed deadline plans its reminders anew; a cleared one plans none.
 */
export const dueReflectionReminders = (deadline: ReflectionDeadline, now: Date): DeadlineReminderStep[] => {
  const { date } = deadline;
  if (date === null) return [];
  return dueDeadlineReminders(
    'reflection',
    {
      id: `${deadline.schoolYear}:${date}`,
      status: 'verstuurd',
      deadline: reflectionDeadlineMoment(date),
      reminderDaysBeforeDeadline: deadline.reminderDaysBefore,
    },
    now,
  );
};

/** "15 maart 2027" / "15 March 2027": the deadline's day, without a weekday. */
export const formatDeadlineDate = (date: string, locale: 'nl' | 'en' = 'nl'): string =>
  DateTime.fromISO(date, { zone: ZONE }).setLocale(locale).toFormat('d LLLL yyyy');

